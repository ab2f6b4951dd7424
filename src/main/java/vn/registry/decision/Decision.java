package vn.registry.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.registry.committee.Committee;
import vn.registry.model.BaseEntity;

/** A legal act that creates or changes a committee. */
@Entity
@Table(name = "decision")
public class Decision extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "committee_id", nullable = false, updatable = false)
	private Committee committee;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DecisionType type;

	@Column(name = "number_symbol")
	private String numberSymbol;

	/** {@link DecisionNumber#key()} of the number: duplicates are the same issuer, key and signing year. */
	@Column(name = "number_key")
	private String numberKey;

	@Column(name = "stated_number")
	private String statedNumber;

	@Column(name = "signed_on")
	private LocalDate signedOn;

	@Column(name = "signed_year_inferred", nullable = false)
	private boolean signedYearInferred;

	@Column(name = "adopted_at_meeting_id")
	private Long adoptedAtMeetingId;

	private String issuer;

	private String signer;

	private String summary;

	@Column(name = "effective_on")
	private LocalDate effectiveOn;

	@Column(name = "source_id")
	private Long sourceId;

	@Column(name = "source_note")
	private String sourceNote;

	@Column(name = "submission_id", unique = true, updatable = false)
	private UUID submissionId;

	@Column(name = "pdf_file")
	private String pdfFile;

	@Column(name = "pdf_name")
	private String pdfName;

	@Column(name = "pdf_size")
	private Long pdfSize;

	/** The plausibility warnings the clerk confirmed, one per line, as they were shown. */
	@Column(name = "confirmed_warnings")
	private String confirmedWarnings;

	/** What the decision changed (names, tasks, seats), as JSON: the confirmation page shows it. */
	private String changes;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "annulled_at")
	private Instant annulledAt;

	@Column(name = "annulled_by")
	private String annulledBy;

	@Column(name = "annul_reason")
	private String annulReason;

	@Version
	private long version;

	protected Decision() {
	}

	public Decision(Committee committee, DecisionType type, UUID submissionId, String createdBy, Instant createdAt) {
		this.committee = committee;
		this.type = type;
		this.submissionId = submissionId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Sets (or corrects) the decision's own particulars. */
	public void describe(String numberSymbol, LocalDate signedOn, String issuer, String signer, String summary,
			LocalDate effectiveOn, String sourceNote) {
		DecisionNumber number = DecisionNumber.parse(numberSymbol).orElse(null);
		this.numberSymbol = number != null ? number.text() : numberSymbol == null || numberSymbol.isBlank() ? null : numberSymbol.strip();
		this.numberKey = number == null ? null : number.key();
		this.signedOn = signedOn;
		this.issuer = issuer;
		this.signer = signer;
		this.summary = summary;
		this.effectiveOn = effectiveOn;
		this.sourceNote = sourceNote;
	}

	/** The decision cites a source: a clerk's note recorded as one. */
	public void cite(long sourceId) {
		this.sourceId = sourceId;
	}

	public Long getSourceId() {
		return sourceId;
	}

	public void attachPdf(String file, String name, long size) {
		this.pdfFile = file;
		this.pdfName = name;
		this.pdfSize = size;
	}

	/** Marks the decision as entered by mistake (nhập nhầm); what it did is undone by its committee. */
	public void annul(String reason, String username, Instant at) {
		if (annulledAt != null) {
			throw new IllegalStateException("Decision " + getId() + " is already annulled");
		}
		this.annulReason = reason;
		this.annulledBy = username;
		this.annulledAt = at;
	}

	public boolean isAnnulled() {
		return annulledAt != null;
	}

	public void confirmWarnings(String warnings) {
		this.confirmedWarnings = warnings;
	}

	public void recordChanges(String changes) {
		this.changes = changes;
	}

	/** The day the decision's changes take effect: its effective date, else the day it was signed. */
	public LocalDate takesEffectOn() {
		return effectiveOn != null ? effectiveOn : signedOn;
	}

	public Committee getCommittee() {
		return committee;
	}

	public DecisionType getType() {
		return type;
	}

	public String getNumberSymbol() {
		return numberSymbol;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public String getIssuer() {
		return issuer;
	}

	public String getSigner() {
		return signer;
	}

	public String getSummary() {
		return summary;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public String getSourceNote() {
		return sourceNote;
	}

	public UUID getSubmissionId() {
		return submissionId;
	}

	public String getPdfFile() {
		return pdfFile;
	}

	public String getPdfName() {
		return pdfName;
	}

	public Long getPdfSize() {
		return pdfSize;
	}

	public String getChanges() {
		return changes;
	}

	public long getVersion() {
		return version;
	}

}
