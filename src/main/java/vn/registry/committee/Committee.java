package vn.registry.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.registry.decision.Decision;
import vn.registry.locality.AdministrativeUnit;
import vn.registry.model.BaseEntity;
import vn.registry.roster.Seat;

/**
 * A steering committee. Its state changes only through decisions: {@link #rename}, {@link #replaceTasks},
 * {@link #adoptRules}, {@link #endSeats} (a consolidation) and {@link #dissolve}.
 */
@Entity
@Table(name = "committee")
public class Committee extends BaseEntity {

	@Column(nullable = false)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id", nullable = false, updatable = false)
	private AdministrativeUnit unit;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Committee parent;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CommitteeStatus status = CommitteeStatus.ACTIVE;

	@Column(name = "standing_agency")
	private String standingAgency;

	private String functions;

	@Column(name = "working_rules")
	private String workingRules;

	private String seals;

	@Column(name = "part_time_work")
	private String partTimeWork;

	private String funding;

	@Column(name = "meeting_cadence")
	private String meetingCadence;

	@Column(name = "declared_member_count")
	private Integer declaredMemberCount;

	@Column(name = "unlisted_member_count")
	private Integer unlistedMemberCount;

	@Column(name = "unlisted_member_note")
	private String unlistedMemberNote;

	@Version
	private long version;

	@OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private final List<CommitteeTask> tasks = new ArrayList<>();

	@OneToMany(mappedBy = "committee", cascade = CascadeType.ALL)
	@OrderBy("id")
	private final List<FormerName> formerNames = new ArrayList<>();

	@OneToMany(mappedBy = "committee", cascade = CascadeType.ALL)
	@OrderBy("sortOrder, id")
	private final List<Seat> seats = new ArrayList<>();

	@OneToMany(mappedBy = "committee", cascade = CascadeType.ALL)
	@OrderBy("id")
	private final List<WorkingGroup> workingGroups = new ArrayList<>();

	protected Committee() {
	}

	public Committee(String name, AdministrativeUnit unit, String standingAgency, String functions,
			Integer declaredMemberCount) {
		this.name = name;
		this.unit = unit;
		this.standingAgency = standingAgency;
		this.functions = functions;
		this.declaredMemberCount = declaredMemberCount;
	}

	public void rename(String newName, Decision decision) {
		requireActive();
		formerNames.add(new FormerName(this, name, decision));
		this.name = newName;
	}

	/** The new list of tasks; existing rows are rewritten in place so positions stay unique. */
	public void replaceTasks(List<String> texts) {
		requireActive();
		for (int i = 0; i < texts.size(); i++) {
			if (i < tasks.size()) {
				tasks.get(i).rewrite(texts.get(i));
			}
			else {
				tasks.add(new CommitteeTask(this, i + 1, texts.get(i)));
			}
		}
		while (tasks.size() > texts.size()) {
			tasks.remove(tasks.size() - 1);
		}
	}

	public void adoptRules(String workingRules, String seals, String partTimeWork, String funding,
			String meetingCadence) {
		requireActive();
		this.workingRules = workingRules;
		this.seals = seals;
		this.partTimeWork = partTimeWork;
		this.funding = funding;
		this.meetingCadence = meetingCadence;
	}

	/**
	 * Ends every serving seat of the committee itself: a consolidation sets a new roster, so members
	 * the old sources only counted end too.
	 */
	public List<Seat> endSeats(Decision decision, LocalDate on) {
		requireActive();
		this.unlistedMemberCount = null;
		this.unlistedMemberNote = null;
		List<Seat> ended = servingSeats();
		ended.forEach(seat -> seat.end(decision, on));
		return ended;
	}

	/** The committee stops: it and its working groups lose every seat. */
	public List<Seat> dissolve(Decision decision, LocalDate on) {
		requireActive();
		List<Seat> ended = seats.stream().filter(Seat::isServing).toList();
		ended.forEach(seat -> seat.end(decision, on));
		this.status = CommitteeStatus.DISSOLVED;
		return ended;
	}

	public Seat addSeat(Seat seat) {
		requireActive();
		seats.add(seat);
		return seat;
	}

	public WorkingGroup addWorkingGroup(WorkingGroup group) {
		workingGroups.add(group);
		return group;
	}

	/** The committee's own serving seats in roster order (role rank, then order in the decision). */
	public List<Seat> servingSeats() {
		return seats.stream()
			.filter(seat -> seat.getWorkingGroup() == null && seat.isServing())
			.sorted(Comparator.comparingInt((Seat seat) -> seat.getRole().getRank()).thenComparingInt(Seat::getSortOrder))
			.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
	}

	public boolean isActive() {
		return status == CommitteeStatus.ACTIVE;
	}

	private void requireActive() {
		if (!isActive()) {
			throw new IllegalStateException("Committee " + getId() + " is dissolved");
		}
	}

	public String getName() {
		return name;
	}

	public AdministrativeUnit getUnit() {
		return unit;
	}

	public void setParent(Committee parent) {
		this.parent = parent;
	}

	public CommitteeStatus getStatus() {
		return status;
	}

	public String getStandingAgency() {
		return standingAgency;
	}

	public String getFunctions() {
		return functions;
	}

	public String getWorkingRules() {
		return workingRules;
	}

	public String getSeals() {
		return seals;
	}

	public String getPartTimeWork() {
		return partTimeWork;
	}

	public String getFunding() {
		return funding;
	}

	public String getMeetingCadence() {
		return meetingCadence;
	}

	public Integer getDeclaredMemberCount() {
		return declaredMemberCount;
	}

	public void setDeclaredMemberCount(Integer declaredMemberCount) {
		this.declaredMemberCount = declaredMemberCount;
	}

	public long getVersion() {
		return version;
	}

	public List<CommitteeTask> getTasks() {
		return tasks;
	}

	public List<FormerName> getFormerNames() {
		return formerNames;
	}

	public List<Seat> getSeats() {
		return seats;
	}

	public List<WorkingGroup> getWorkingGroups() {
		return workingGroups;
	}

}
