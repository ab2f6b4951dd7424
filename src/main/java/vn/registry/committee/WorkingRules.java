package vn.registry.committee;

/** A committee's working rules (Quy chế hoạt động): the rules, seals, part-time work, funding, meetings. */
public record WorkingRules(String rules, String seals, String partTimeWork, String funding, String meetingCadence) {
}
