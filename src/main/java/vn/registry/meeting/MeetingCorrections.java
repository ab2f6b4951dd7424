package vn.registry.meeting;

import java.util.Optional;

import vn.registry.system.AuditUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a meeting into its correction form and writes the correction, unless someone corrected it meanwhile. */
@Service
class MeetingCorrections {

	private final JdbcClient jdbc;

	private final AuditUser audit;

	MeetingCorrections(JdbcClient jdbc, AuditUser audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	Optional<MeetingCorrectionForm> form(long id) {
		return jdbc.sql("""
				SELECT version, held_on, ordinal, title, chaired_by, agenda, conclusions, conclusion_number,
				       conclusion_signed_on
				FROM meeting WHERE id = :id""")
			.param("id", id).query(MeetingCorrectionForm.class).optional();
	}

	/** False when the meeting changed since the form was read (its version moved on). */
	@Transactional
	boolean correct(long id, MeetingCorrectionForm form, String user) {
		audit.name(user);
		return jdbc.sql("""
				UPDATE meeting SET held_on = :heldOn, ordinal = :ordinal, title = :title, chaired_by = :chairedBy,
				       agenda = :agenda, conclusions = :conclusions, conclusion_number = :number,
				       conclusion_signed_on = :numberOn, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("heldOn", form.getHeldOn()).param("ordinal", form.getOrdinal()).param("title", form.getTitle().strip())
			.param("chairedBy", MeetingRecorder.blankToNull(form.getChairedBy()))
			.param("agenda", MeetingRecorder.blankToNull(form.getAgenda()))
			.param("conclusions", MeetingRecorder.blankToNull(form.getConclusions()))
			.param("number", ConclusionNumber.normalise(form.getConclusionNumber()))
			.param("numberOn", form.getConclusionSignedOn()).param("id", id).param("version", form.getVersion())
			.update() == 1;
	}

}
