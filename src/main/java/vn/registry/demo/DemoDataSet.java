package vn.registry.demo;

import java.time.LocalDate;
import java.util.List;

/** The demo rows of every table, in an order that satisfies the foreign keys when copied in. */
final class DemoDataSet {

	final CopyTable committees = new CopyTable("committee", "id", "name", "unit_id", "parent_id", "status",
			"ended_on", "standing_agency", "functions", "working_rules", "meeting_cadence", "declared_member_count");

	final CopyTable committeeSources = new CopyTable("committee_source", "committee_id", "source_id");

	final CopyTable meetings = new CopyTable("meeting", "id", "committee_id", "held_on", "title", "chaired_by",
			"summary", "source_id");

	final CopyTable decisions = new CopyTable("decision", "id", "committee_id", "type", "number_symbol", "number_key",
			"signed_on",
			"issuer", "signer", "summary", "effective_on", "source_id");

	final CopyTable formerNames = new CopyTable("committee_former_name", "id", "committee_id", "name",
			"replaced_by_decision_id");

	final CopyTable tasks = new CopyTable("committee_task", "id", "committee_id", "position", "text");

	final CopyTable workingGroups = new CopyTable("working_group", "id", "committee_id", "name", "host_agency",
			"declared_member_count", "tasks", "establishing_decision_id", "source_id");

	final CopyTable seats = new CopyTable("seat", "id", "committee_id", "working_group_id", "role_id", "full_name",
			"position", "agency", "sort_order", "appointed_by_decision_id", "ended_by_decision_id", "start_on", "end_on",
			"source_id");

	/** A replaced committee (committee_id) and the one that replaced it, named by its establishing decision. */
	final CopyTable successions = new CopyTable("committee_succession", "id", "committee_id", "successor_id",
			"decision_id", "effective_on");

	List<CopyTable> inCopyOrder() {
		return List.of(committees, committeeSources, meetings, decisions, formerNames, tasks, workingGroups, seats,
				successions);
	}

	/** A decision in force from the day it was signed, with the key its number is compared by. */
	void decision(long id, long committeeId, String type, String issuer, String numberSymbol, LocalDate signedOn,
			String signer, String summary, long sourceId) {
		decisions.add(id, committeeId, type, numberSymbol, DecisionNumbers.key(numberSymbol), signedOn, issuer, signer,
				summary, signedOn, sourceId);
	}

}
