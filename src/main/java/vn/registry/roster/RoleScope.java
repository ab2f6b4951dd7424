package vn.registry.roster;

/** Whether a role is held on a committee or on its working group. */
public enum RoleScope {

	COMMITTEE, WORKING_GROUP

}
