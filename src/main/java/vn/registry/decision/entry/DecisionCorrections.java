package vn.registry.decision.entry;

import vn.registry.decision.Decision;
import vn.registry.decision.DecisionNumber;
import vn.registry.decision.Decisions;
import vn.registry.system.AuditUser;
import vn.registry.system.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import static vn.registry.decision.entry.DecisionRecorder.blankToNull;

/** Corrections of a decision's particulars, recorded in the change log like every change. */
@Service
class DecisionCorrections {

	private final Decisions decisions;

	private final AuditUser auditUser;

	DecisionCorrections(Decisions decisions, AuditUser auditUser) {
		this.decisions = decisions;
		this.auditUser = auditUser;
	}

	@Transactional(readOnly = true)
	DecisionCorrectionForm start(long id) {
		Decision decision = decisions.findById(id).orElseThrow(NotFoundException::new);
		DecisionCorrectionForm form = new DecisionCorrectionForm();
		form.setVersion(decision.getVersion());
		form.setNumberSymbol(decision.getNumberSymbol());
		form.setSignedOn(decision.getSignedOn());
		form.setEffectiveOn(decision.getEffectiveOn());
		form.setIssuer(decision.getIssuer());
		form.setSigner(decision.getSigner());
		form.setSummary(decision.getSummary());
		form.setSourceNote(decision.getSourceNote());
		return form;
	}

	void validate(long id, DecisionCorrectionForm form, Errors errors) {
		String typed = DecisionNumber.clean(form.getNumberSymbol());
		if (!typed.isEmpty() && !errors.hasFieldErrors("numberSymbol")) {
			DecisionNumber number = DecisionNumber.parse(typed).orElse(null);
			if (number == null) {
				errors.rejectValue("numberSymbol", "decision.error.numberFormat");
			}
			else if (blankToNull(form.getIssuer()) != null && form.getSignedOn() != null) {
				decisions.findDuplicate(form.getIssuer().strip(), number.key(), form.getSignedOn().getYear())
					.filter(existing -> existing != id)
					.ifPresent(existing -> errors.rejectValue("numberSymbol", "decision.error.numberTaken",
							new Object[] { "/decisions/" + existing, String.valueOf(form.getSignedOn().getYear()) }, null));
			}
		}
		if (form.getSignedOn() != null && form.getEffectiveOn() != null
				&& form.getEffectiveOn().isBefore(form.getSignedOn())) {
			errors.rejectValue("effectiveOn", "decision.error.effectiveBeforeSigned");
		}
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when someone else changed the decision since the form was opened
	 */
	@Transactional
	void correct(long id, DecisionCorrectionForm form, String username) {
		Decision decision = decisions.findById(id).orElseThrow(NotFoundException::new);
		if (form.getVersion() == null || form.getVersion() != decision.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Decision.class, id);
		}
		auditUser.name(username);
		decision.describe(blankToNull(form.getNumberSymbol()), form.getSignedOn(), blankToNull(form.getIssuer()),
				blankToNull(form.getSigner()), blankToNull(form.getSummary()), form.getEffectiveOn(),
				blankToNull(form.getSourceNote()));
		decisions.flush();
	}

}
