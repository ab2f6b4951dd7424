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

	/** What the decision changed (names, tasks, seats), as JSON: the confirmation page shows it. */
	private String changes;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Version
	private long version;

	protected Decision() {
	}

	/** {@code createdAt} is the application clock's instant: entities do not read the system clock. */
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
		this.numberSymbol = numberSymbol;
		this.signedOn = signedOn;
		this.issuer = issuer;
		this.signer = signer;
		this.summary = summary;
		this.effectiveOn = effectiveOn;
		this.sourceNote = sourceNote;
	}

	public void attachPdf(String file, String name, long size) {
		this.pdfFile = file;
		this.pdfName = name;
		this.pdfSize = size;
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
