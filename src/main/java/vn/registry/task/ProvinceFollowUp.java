package vn.registry.task;

/** A province's figures: late tasks, and committees that have not met within the cadence they state. */
public record ProvinceFollowUp(long provinceId, String provinceName, long lateTasks, long committeesOverdue) {
}
