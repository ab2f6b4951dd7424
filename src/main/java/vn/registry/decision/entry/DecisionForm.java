package vn.registry.decision.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import vn.registry.committee.GroupPlan;
import vn.registry.decision.DecisionType;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Everything a clerk types for one decision: the decision itself and, depending on its type, the
 * new committee, its roster and working group, a new name, tasks or working rules. Rules that
 * span fields live in {@link DecisionFormValidator}.
 */
public class DecisionForm {

	static final String DATE_PATTERN = "dd/MM/yyyy";

	@NotNull
	private DecisionType type;

	/** Identifies this filling-in of the form, so that a double submit records one decision. */
	@NotNull
	private UUID submissionId = UUID.randomUUID();

	private Long committeeId;

	private Long committeeVersion;

	@NotBlank(message = "{form.error.required}")
	@Size(max = 50, message = "{form.error.tooLong}")
	private String numberSymbol;

	@NotNull(message = "{form.error.required}")
	@PastOrPresent(message = "{decision.error.signedInFuture}")
	@DateTimeFormat(pattern = DATE_PATTERN)
	private LocalDate signedOn;

	@DateTimeFormat(pattern = DATE_PATTERN)
	private LocalDate effectiveOn;

	@NotBlank(message = "{form.error.required}")
	@Size(max = 200, message = "{form.error.tooLong}")
	private String issuer;

	/** Often not stated by the sources: may stay empty, shown as "chưa rõ". */
	@Size(max = 200, message = "{form.error.tooLong}")
	private String signer;

	@Size(max = 1000, message = "{form.error.tooLong}")
	private String summary;

	@Size(max = 1000, message = "{form.error.tooLong}")
	private String sourceNote;

	/** A PDF uploaded with an earlier submit of this form, kept while errors are corrected. */
	private String pdfToken;

	private String pdfName;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String name;

	private Long unitId;

	@Size(max = 150, message = "{form.error.tooLong}")
	private String unitQuery;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String standingAgency;

	@Size(max = 5000, message = "{form.error.tooLong}")
	private String functions;

	@Positive(message = "{form.error.positive}")
	@Max(value = 1000, message = "{form.error.tooLarge}")
	private Integer declaredMemberCount;

	private List<@Size(max = 5000, message = "{form.error.tooLong}") String> tasks = new ArrayList<>();

	@Valid
	private List<SeatRow> seats = new ArrayList<>();

	private boolean workingGroupIncluded;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String workingGroupName;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String workingGroupHost;

	@Positive(message = "{form.error.positive}")
	@Max(value = 1000, message = "{form.error.tooLarge}")
	private Integer workingGroupDeclaredCount;

	@Valid
	private List<SeatRow> workingGroupSeats = new ArrayList<>();

	@Size(max = 5000, message = "{form.error.tooLong}")
	private String workingRules;

	@Size(max = 2000, message = "{form.error.tooLong}")
	private String seals;

	@Size(max = 2000, message = "{form.error.tooLong}")
	private String partTimeWork;

	@Size(max = 2000, message = "{form.error.tooLong}")
	private String funding;

	@Size(max = 2000, message = "{form.error.tooLong}")
	private String meetingCadence;

	/** The clerk has seen the plausibility warnings of this form and saves it all the same. */
	private boolean warningsConfirmed;

	/** On a consolidation or change of members: KEEP the working group, REPLACE it (or start one), or END it. */
	private GroupPlan.Kind workingGroupChange = GroupPlan.Kind.KEEP;

	/** An establishment after the 2025 reform may replace committees (thay thế), usually of the predecessor units. */
	private List<Long> replacedCommitteeIds = new ArrayList<>();

	/** Part of a committee's name, to find one to replace that is not among those offered. */
	@Size(max = 150, message = "{form.error.tooLong}")
	private String replacesQuery;

	public DecisionForm() {
	}

	public DecisionForm(DecisionType type) {
		this.type = type;
	}

	/** The rows the clerk filled in (empty added rows are ignored). */
	public List<SeatRow> filledSeats() {
		return seats.stream().filter(row -> !row.isBlank()).toList();
	}

	public List<SeatRow> filledWorkingGroupSeats() {
		return workingGroupSeats.stream().filter(row -> !row.isBlank()).toList();
	}

	public List<String> filledTasks() {
		return tasks.stream().filter(task -> task != null && !task.isBlank()).map(String::strip).toList();
	}

	public boolean establishes() {
		return type == DecisionType.ESTABLISH;
	}

	// Accessors for data binding.

	public DecisionType getType() { return type; }
	public void setType(DecisionType type) { this.type = type; }
	public UUID getSubmissionId() { return submissionId; }
	public void setSubmissionId(UUID submissionId) { this.submissionId = submissionId; }
	public Long getCommitteeId() { return committeeId; }
	public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
	public Long getCommitteeVersion() { return committeeVersion; }
	public void setCommitteeVersion(Long committeeVersion) { this.committeeVersion = committeeVersion; }
	public String getNumberSymbol() { return numberSymbol; }
	public void setNumberSymbol(String numberSymbol) { this.numberSymbol = numberSymbol; }
	public LocalDate getSignedOn() { return signedOn; }
	public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
	public LocalDate getEffectiveOn() { return effectiveOn; }
	public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
	public String getIssuer() { return issuer; }
	public void setIssuer(String issuer) { this.issuer = issuer; }
	public String getSigner() { return signer; }
	public void setSigner(String signer) { this.signer = signer; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getSourceNote() { return sourceNote; }
	public void setSourceNote(String sourceNote) { this.sourceNote = sourceNote; }
	public String getPdfToken() { return pdfToken; }
	public void setPdfToken(String pdfToken) { this.pdfToken = pdfToken; }
	public String getPdfName() { return pdfName; }
	public void setPdfName(String pdfName) { this.pdfName = pdfName; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public Long getUnitId() { return unitId; }
	public void setUnitId(Long unitId) { this.unitId = unitId; }
	public String getUnitQuery() { return unitQuery; }
	public void setUnitQuery(String unitQuery) { this.unitQuery = unitQuery; }
	public String getStandingAgency() { return standingAgency; }
	public void setStandingAgency(String standingAgency) { this.standingAgency = standingAgency; }
	public String getFunctions() { return functions; }
	public void setFunctions(String functions) { this.functions = functions; }
	public Integer getDeclaredMemberCount() { return declaredMemberCount; }
	public void setDeclaredMemberCount(Integer declaredMemberCount) { this.declaredMemberCount = declaredMemberCount; }
	public List<String> getTasks() { return tasks; }
	public void setTasks(List<String> tasks) { this.tasks = tasks; }
	public List<SeatRow> getSeats() { return seats; }
	public void setSeats(List<SeatRow> seats) { this.seats = seats; }
	public boolean isWorkingGroupIncluded() { return workingGroupIncluded; }
	public void setWorkingGroupIncluded(boolean workingGroupIncluded) { this.workingGroupIncluded = workingGroupIncluded; }
	public String getWorkingGroupName() { return workingGroupName; }
	public void setWorkingGroupName(String workingGroupName) { this.workingGroupName = workingGroupName; }
	public String getWorkingGroupHost() { return workingGroupHost; }
	public void setWorkingGroupHost(String workingGroupHost) { this.workingGroupHost = workingGroupHost; }
	public Integer getWorkingGroupDeclaredCount() { return workingGroupDeclaredCount; }
	public void setWorkingGroupDeclaredCount(Integer count) { this.workingGroupDeclaredCount = count; }
	public List<SeatRow> getWorkingGroupSeats() { return workingGroupSeats; }
	public void setWorkingGroupSeats(List<SeatRow> workingGroupSeats) { this.workingGroupSeats = workingGroupSeats; }
	public String getWorkingRules() { return workingRules; }
	public void setWorkingRules(String workingRules) { this.workingRules = workingRules; }
	public String getSeals() { return seals; }
	public void setSeals(String seals) { this.seals = seals; }
	public String getPartTimeWork() { return partTimeWork; }
	public void setPartTimeWork(String partTimeWork) { this.partTimeWork = partTimeWork; }
	public String getFunding() { return funding; }
	public void setFunding(String funding) { this.funding = funding; }
	public String getMeetingCadence() { return meetingCadence; }
	public boolean isWarningsConfirmed() { return warningsConfirmed; }
	public void setWarningsConfirmed(boolean confirmed) { this.warningsConfirmed = confirmed; }
	public GroupPlan.Kind getWorkingGroupChange() { return workingGroupChange; }
	public void setWorkingGroupChange(GroupPlan.Kind change) { this.workingGroupChange = change == null ? GroupPlan.Kind.KEEP : change; }
	public List<Long> getReplacedCommitteeIds() { return replacedCommitteeIds; }
	public void setReplacedCommitteeIds(List<Long> ids) { this.replacedCommitteeIds = ids == null ? new ArrayList<>() : ids; }
	public String getReplacesQuery() { return replacesQuery; }
	public void setReplacesQuery(String replacesQuery) { this.replacesQuery = replacesQuery; }
	public void setMeetingCadence(String meetingCadence) { this.meetingCadence = meetingCadence; }

}
