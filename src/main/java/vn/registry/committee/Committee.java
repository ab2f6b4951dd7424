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
import vn.registry.roster.Role;
import vn.registry.roster.Seat;
import vn.registry.roster.SeatHolder;

/**
 * A steering committee: the aggregate of its seats, working groups, tasks, former names and rules.
 * Its state changes only through the intention methods below, one per kind of decision; each
 * enforces the committee's rules (it works, one head, one standing deputy, serving seats only) and
 * returns what it changed. The seats it starts and ends are its own.
 */
@Entity
@Table(name = "committee")
public class Committee extends BaseEntity {

	@Column(nullable = false)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id", nullable = false, updatable = false)
	private AdministrativeUnit unit;

	@Column(name = "parent_id")
	private Long parentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CommitteeStatus status = CommitteeStatus.ACTIVE;

	@Column(name = "ended_on")
	private LocalDate endedOn;

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

	@OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder, id")
	private final List<Seat> seats = new ArrayList<>();

	@OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private final List<WorkingGroup> workingGroups = new ArrayList<>();

	@OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
	private final List<CommitteeSuccession> successions = new ArrayList<>();

	@OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private final List<CommitteeState> states = new ArrayList<>();

	protected Committee() {
	}

	/** A new committee, as its establishing decision names it; {@link #establish} staffs it. */
	public Committee(String name, AdministrativeUnit unit, String standingAgency, String functions,
			Integer declaredMemberCount) {
		this.name = name;
		this.unit = unit;
		this.standingAgency = standingAgency;
		this.functions = functions;
		this.declaredMemberCount = declaredMemberCount;
	}

	/** Thành lập: the first roster, tasks and, where the decision sets one up, the working group. */
	public DecisionChanges establish(Decision decision, LocalDate on, List<SeatSpec> roster, List<String> taskTexts,
			GroupSpec group) {
		Changes changes = new Changes();
		changes.added(startSeats(null, roster, decision, on));
		if (group != null) {
			WorkingGroup workingGroup = new WorkingGroup(this, group.name(), group.hostAgency(),
					group.declaredMemberCount(), decision);
			workingGroups.add(workingGroup);
			changes.added(startSeats(workingGroup, group.seats(), decision, on));
		}
		changes.tasks(List.of(), writeTasks(taskTexts));
		checkRoster();
		recordState(decision, on);
		return changes.build();
	}

	/**
	 * Kiện toàn: a new roster. Every serving seat of the committee itself ends, also the members the
	 * old sources only counted; the decision's roster starts.
	 */
	public DecisionChanges consolidate(Decision decision, LocalDate on, Integer declaredCount, List<SeatSpec> roster,
			GroupPlan group) {
		requireActive();
		Changes changes = new Changes();
		this.unlistedMemberCount = null;
		this.unlistedMemberNote = null;
		this.declaredMemberCount = declaredCount;
		List<Seat> ending = servingSeats();
		ending.forEach(seat -> seat.end(decision, on));
		changes.ended(ending);
		changes.added(startSeats(null, roster, decision, on));
		changeGroup(group, decision, on, changes);
		checkRoster();
		recordState(decision, on);
		return changes.build();
	}

	/**
	 * Thay đổi thành viên: lines marked for removal end their seat; a serving line whose role or holder
	 * changed is a replacement (the seat ends, a new one starts in its place); a line without a seat
	 * starts one. Unchanged lines, and serving seats the decision does not mention, stay as they are.
	 */
	public DecisionChanges changeMembers(Decision decision, LocalDate on, List<MemberChange> lines, GroupPlan group) {
		requireActive();
		Changes changes = new Changes();
		int nextOrder = seats.stream().mapToInt(Seat::getSortOrder).max().orElse(0) + 1;
		for (MemberChange line : lines) {
			if (line.seatId() == null) {
				Seat seat = startSeat(null, line.role(), line.holder(), nextOrder++, decision, on);
				changes.added(List.of(seat));
				continue;
			}
			Seat seat = serving(line.seatId());
			if (line.remove()) {
				seat.end(decision, on);
				changes.ended(List.of(seat));
			}
			else if (!seat.getRole().getId().equals(line.role().getId()) || !seat.holder().sameAs(line.holder())) {
				String before = Changes.holder(seat);
				seat.end(decision, on);
				changes.replaced(startSeat(null, line.role(), line.holder(), seat.getSortOrder(), decision, on), before);
			}
		}
		changeGroup(group, decision, on, changes);
		checkRoster();
		recordState(decision, on);
		return changes.build();
	}

	/** Đổi tên: the old name is kept, and still finds the committee. */
	public DecisionChanges rename(Decision decision, LocalDate on, String newName) {
		requireActive();
		String before = name;
		formerNames.add(new FormerName(this, name, decision));
		this.name = newName;
		recordState(decision, on);
		return new Changes().name(before, newName).build();
	}

	/** Bổ sung nhiệm vụ: the new list of tasks. */
	public DecisionChanges setTasks(Decision decision, LocalDate on, List<String> texts) {
		requireActive();
		List<String> before = tasks.stream().map(CommitteeTask::getText).toList();
		Changes changes = new Changes().tasks(before, writeTasks(texts));
		recordState(decision, on);
		return changes.build();
	}

	/** Ban hành quy chế: the working rules the decision adopts. */
	public DecisionChanges adoptRules(Decision decision, LocalDate on, WorkingRules rules) {
		requireActive();
		WorkingRules before = workingRules();
		this.workingRules = rules.rules();
		this.seals = rules.seals();
		this.partTimeWork = rules.partTimeWork();
		this.funding = rules.funding();
		this.meetingCadence = rules.meetingCadence();
		recordState(decision, on);
		return new Changes().rules(before, rules).build();
	}

	/** Giải thể: the committee stops; it and its working groups lose every seat. */
	public DecisionChanges dissolve(Decision decision, LocalDate on) {
		requireActive();
		Changes changes = endEverySeat(decision, on);
		workingGroups.stream().filter(WorkingGroup::isServing).forEach(group -> group.end(decision, on));
		this.status = CommitteeStatus.DISSOLVED;
		this.endedOn = on;
		return changes.build();
	}

	/**
	 * Thay thế: a successor committee (typically of the unit that took this one's territory over)
	 * replaces this one from {@code on}; its seats end. {@code decision} is the successor's
	 * establishment where it names this committee, or null when a clerk records it afterwards.
	 */
	public DecisionChanges replaceBy(Committee successor, Decision decision, LocalDate on) {
		requireActive();
		if (successor.getId() == null || successor.getId().equals(getId())) {
			throw new RosterRuleException("replacedCommitteeIds", "committee.error.successorSelf");
		}
		Changes changes = endEverySeat(decision, on);
		workingGroups.stream().filter(WorkingGroup::isServing).forEach(group -> group.end(decision, on));
		this.status = CommitteeStatus.REPLACED;
		this.endedOn = on;
		successions.add(new CommitteeSuccession(this, successor.getId(), decision == null ? null : decision.getId(), on));
		return changes.replacedBy(successor).build();
	}

	/**
	 * Nhập nhầm: undoes what a decision entered by mistake did to this committee: the seats and groups
	 * it started go, those it ended serve again, the name, tasks and rules it set go back to the state
	 * before it; an annulled establishment leaves the committee ANNULLED. (The caller checks that it is
	 * the committee's latest decision, so that undoing in the reverse order is right.)
	 */
	public void annul(Decision decision) {
		seats.removeIf(seat -> seat.startedBy(decision));
		seats.stream().filter(seat -> seat.endedBy(decision)).forEach(Seat::reopen);
		workingGroups.removeIf(group -> group.establishedBy(decision));
		workingGroups.stream().filter(group -> group.endedBy(decision)).forEach(WorkingGroup::reopen);
		formerNames.stream().filter(former -> former.replacedBy(decision)).findFirst().ifPresent(former -> {
			this.name = former.getName();
			formerNames.remove(former);
		});
		states.removeIf(state -> state.writtenBy(decision));
		if (!states.isEmpty()) {
			states.get(states.size() - 1).restore(this);
		}
		if (decision.getType() == vn.registry.decision.DecisionType.ESTABLISH) {
			this.status = CommitteeStatus.ANNULLED;
		}
		else if (decision.getType() == vn.registry.decision.DecisionType.DISSOLVE) {
			this.status = CommitteeStatus.ACTIVE;
			this.endedOn = null;
		}
	}

	/** Undoes a replacement that a successor's establishment, entered by mistake, made. */
	public void annulReplacement(Decision decision) {
		if (successions.removeIf(succession -> succession.namedBy(decision))) {
			seats.stream().filter(seat -> seat.endedBy(decision)).forEach(Seat::reopen);
			workingGroups.stream().filter(group -> group.endedBy(decision)).forEach(WorkingGroup::reopen);
			this.status = CommitteeStatus.ACTIVE;
			this.endedOn = null;
		}
	}

	void restore(String name, Integer declaredMemberCount, Integer unlistedMemberCount, String unlistedMemberNote,
			String standingAgency, String functions, WorkingRules rules, List<String> taskTexts) {
		this.name = name;
		this.declaredMemberCount = declaredMemberCount;
		this.unlistedMemberCount = unlistedMemberCount;
		this.unlistedMemberNote = unlistedMemberNote;
		this.standingAgency = standingAgency;
		this.functions = functions;
		this.workingRules = rules.rules();
		this.seals = rules.seals();
		this.partTimeWork = rules.partTimeWork();
		this.funding = rules.funding();
		this.meetingCadence = rules.meetingCadence();
		writeTasks(taskTexts);
	}

	/** The working group as the decision leaves it: kept, replaced by a new one, or ended. */
	private void changeGroup(GroupPlan plan, Decision decision, LocalDate on, Changes changes) {
		if (plan == null || plan.kind() == GroupPlan.Kind.KEEP) {
			return;
		}
		for (WorkingGroup group : workingGroups.stream().filter(WorkingGroup::isServing).toList()) {
			List<Seat> ending = seats.stream().filter(seat -> seat.getWorkingGroup() == group && seat.isServing()).toList();
			ending.forEach(seat -> seat.end(decision, on));
			changes.ended(ending);
			group.end(decision, on);
		}
		if (plan.kind() == GroupPlan.Kind.REPLACE) {
			GroupSpec spec = plan.group();
			WorkingGroup group = new WorkingGroup(this, spec.name(), spec.hostAgency(), spec.declaredMemberCount(), decision);
			workingGroups.add(group);
			changes.added(startSeats(group, spec.seats(), decision, on));
		}
	}

	/** The state the decision leaves, in force from the day it takes effect: pages as of a date read it. */
	private void recordState(Decision decision, LocalDate on) {
		states.add(new CommitteeState(this, decision.getId(), on, name, declaredMemberCount, unlistedMemberCount,
				unlistedMemberNote, standingAgency, functions, workingRules(), taskTexts()));
	}

	/** The working group now serving, if any. */
	public java.util.Optional<WorkingGroup> servingGroup() {
		return workingGroups.stream().filter(WorkingGroup::isServing).reduce((first, second) -> second);
	}

	/** The serving seats of a working group, in roster order. */
	public List<Seat> servingSeatsOf(WorkingGroup group) {
		return seats.stream()
			.filter(seat -> seat.getWorkingGroup() == group && seat.isServing())
			.sorted(Comparator.comparingInt((Seat seat) -> seat.getRole().getRank()).thenComparingInt(Seat::getSortOrder))
			.toList();
	}

	private Changes endEverySeat(Decision decision, LocalDate on) {
		List<Seat> ending = seats.stream().filter(Seat::isServing).toList();
		ending.forEach(seat -> seat.end(decision, on));
		return new Changes().ended(ending);
	}

	private List<Seat> startSeats(WorkingGroup group, List<SeatSpec> roster, Decision decision, LocalDate on) {
		List<Seat> started = new ArrayList<>();
		int order = 1;
		for (SeatSpec spec : roster) {
			started.add(startSeat(group, spec.role(), spec.holder(), order++, decision, on));
		}
		return started;
	}

	private Seat startSeat(WorkingGroup group, Role role, SeatHolder holder, int order, Decision decision,
			LocalDate on) {
		Seat seat = new Seat(this, group, role, holder, order, decision, on);
		seats.add(seat);
		return seat;
	}

	/** The new list of tasks; existing rows are rewritten in place so positions stay unique. */
	private List<String> writeTasks(List<String> texts) {
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
		return List.copyOf(texts);
	}

	private Seat serving(long seatId) {
		return seats.stream()
			.filter(seat -> seat.getId() != null && seat.getId() == seatId && seat.isServing())
			.findFirst()
			// A seat the form lists no longer serves: another clerk's decision ended it since the form was
			// opened (read by this transaction after that one committed). The form is stale.
			.orElseThrow(() -> new RosterRuleException("type", "decision.error.stale"));
	}

	/** One serving head and at most one standing deputy on the committee; one leader per working group. */
	private void checkRoster() {
		List<Seat> serving = seats.stream().filter(Seat::isServing).toList();
		if (count(serving, null, Role.HEAD) > 1) {
			throw new RosterRuleException("seats", "roster.error.oneHead");
		}
		if (count(serving, null, Role.STANDING_DEPUTY) > 1) {
			throw new RosterRuleException("seats", "roster.error.oneStandingDeputy");
		}
		for (WorkingGroup group : workingGroups.stream().filter(WorkingGroup::isServing).toList()) {
			if (count(serving, group, Role.GROUP_LEADER) > 1) {
				throw new RosterRuleException("workingGroupSeats", "roster.error.oneGroupLeader");
			}
		}
	}

	private static long count(List<Seat> serving, WorkingGroup group, String roleCode) {
		return serving.stream()
			.filter(seat -> seat.getWorkingGroup() == group && seat.getRole().getCode().equals(roleCode))
			.count();
	}

	/** The committee's own serving seats in roster order (role rank, then order in the decision). */
	public List<Seat> servingSeats() {
		return seats.stream()
			.filter(seat -> seat.getWorkingGroup() == null && seat.isServing())
			.sorted(Comparator.comparingInt((Seat seat) -> seat.getRole().getRank()).thenComparingInt(Seat::getSortOrder))
			.toList();
	}

	public WorkingRules workingRules() {
		return new WorkingRules(workingRules, seals, partTimeWork, funding, meetingCadence);
	}

	public boolean isActive() {
		return status == CommitteeStatus.ACTIVE;
	}

	private void requireActive() {
		if (!isActive()) {
			throw new RosterRuleException("type", "committee.error.notActive");
		}
	}

	public String getName() {
		return name;
	}

	public AdministrativeUnit getUnit() {
		return unit;
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

	public Integer getDeclaredMemberCount() {
		return declaredMemberCount;
	}

	public long getVersion() {
		return version;
	}

	public List<String> taskTexts() {
		return tasks.stream().map(CommitteeTask::getText).toList();
	}

}
