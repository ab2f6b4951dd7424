package vn.registry.decision.entry;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import vn.registry.committee.Committee;
import vn.registry.committee.Committees;
import vn.registry.committee.RosterRuleException;
import vn.registry.decision.DecisionType;
import vn.registry.system.FormFailures;
import vn.registry.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Clerks enter decisions: an establishment with its new committee at {@code /decisions/new}, any
 * other decision from the committee it changes at {@code /committees/{id}/decisions/new}.
 * Validated on the server, post/redirect/get, nothing typed lost on an error.
 */
@Controller
class DecisionEntryController {

	static final String CHOOSE_VIEW = "decision/choose";

	static final String FORM_VIEW = "decision/form";

	private final DecisionFormValidator validator;

	private final SmartValidator beanValidator;

	private final DecisionRecorder recorder;

	private final DecisionFiles files;

	private final Committees committees;

	private final DecisionFormModel formModel;

	private final PlausibilityChecks plausibility;

	private final MessageSource messages;

	DecisionEntryController(DecisionFormValidator validator, SmartValidator beanValidator, DecisionRecorder recorder,
			DecisionFiles files, Committees committees, DecisionFormModel formModel, PlausibilityChecks plausibility,
			MessageSource messages) {
		this.plausibility = plausibility;
		this.messages = messages;
		this.validator = validator;
		this.beanValidator = beanValidator;
		this.recorder = recorder;
		this.files = files;
		this.committees = committees;
		this.formModel = formModel;
	}

	@InitBinder("form")
	void protectIds(WebDataBinder binder) {
		binder.setDisallowedFields("committeeId");
	}

	@GetMapping("/decisions/new")
	String start(@RequestParam(required = false) String type, Model model) {
		if (!"establish".equals(type)) {
			return CHOOSE_VIEW;
		}
		DecisionForm form = DecisionFormModel.blankEstablishment();
		return formModel.show(form, null, model);
	}

	@PostMapping("/decisions/new")
	String establish(@ModelAttribute("form") DecisionForm form, BindingResult result,
			@RequestParam(required = false) String action, @RequestParam(required = false) MultipartFile pdf,
			Principal user, Model model, RedirectAttributes redirect) throws IOException {
		form.setType(DecisionType.ESTABLISH);
		form.setCommitteeId(null);
		return submit(form, result, action, pdf, user, model, redirect, null);
	}

	@GetMapping("/committees/{id}/decisions/new")
	String startOnCommittee(@PathVariable long id, @RequestParam(required = false) String type, Model model) {
		Committee committee = committees.findById(id).orElseThrow(NotFoundException::new);
		DecisionType decisionType = DecisionType.fromParam(type).filter(t -> t != DecisionType.ESTABLISH).orElse(null);
		if (decisionType == null || !committee.isActive()) {
			model.addAttribute("committee", committee);
			return CHOOSE_VIEW;
		}
		return formModel.show(formModel.startingFrom(id, decisionType), committee, model);
	}

	@PostMapping("/committees/{id}/decisions/new")
	String changeCommittee(@PathVariable long id, @ModelAttribute("form") DecisionForm form, BindingResult result,
			@RequestParam(required = false) String action, @RequestParam(required = false) MultipartFile pdf,
			Principal user, Model model, RedirectAttributes redirect) throws IOException {
		Committee committee = committees.findById(id).orElseThrow(NotFoundException::new);
		if (form.getType() == null || form.getType() == DecisionType.ESTABLISH) {
			throw new NotFoundException();
		}
		form.setCommitteeId(id);
		return submit(form, result, action, pdf, user, model, redirect, committee);
	}

	private String submit(DecisionForm form, BindingResult result, String action, MultipartFile pdf, Principal user,
			Model model, RedirectAttributes redirect, Committee committee) throws IOException {
		if (form.getSubmissionId() == null) {
			// Sent without its id (not by the form): a new one, or it would match every decision without.
			form.setSubmissionId(java.util.UUID.randomUUID());
		}
		holdPdf(form, pdf, result);
		if (FormRows.apply(form, action) || "find-unit".equals(action) || "find-replaced".equals(action)) {
			return formModel.show(form, committee, model);
		}
		Long recorded = recorder.alreadyRecorded(form).orElse(null);
		if (recorded != null) {
			// The same form sent twice (a double click, a reload): the first one counts.
			return "redirect:/decisions/" + recorded + "/saved";
		}
		formModel.resolveUnit(form);
		beanValidator.validate(form, result);
		validator.validate(form, result);
		if (result.hasErrors()) {
			if (result.hasFieldErrors("unitQuery")) {
				form.setUnitId(null); // offer the units of the decision's date again
			}
			model.addAttribute("duplicateDecision", duplicateLink(result));
			return formModel.show(form, committee, model);
		}
		List<MessageSourceResolvable> warnings = plausibility.warnings(form);
		if (!warnings.isEmpty() && !form.isWarningsConfirmed()) {
			// Allowed but unusual: shown once, saved when the clerk confirms.
			model.addAttribute("warnings", warnings);
			return formModel.show(form, committee, model);
		}
		Long saved;
		try {
			saved = recorder.record(form, user.getName(), warnings.stream()
				.map(warning -> messages.getMessage(warning, Locale.forLanguageTag("vi")))
				.collect(java.util.stream.Collectors.joining("\n")));
		}
		catch (StaleCommitteeException ex) {
			result.reject("decision.error.stale");
			return formModel.show(form, committee, model);
		}
		catch (RosterRuleException ex) {
			// A rule of the committee the checks above could not see (another clerk's change, say).
			if (ex.field() == null || ex.field().equals("type")) {
				result.reject(ex.messageCode());
			}
			else {
				result.rejectValue(ex.field(), ex.messageCode());
			}
			return formModel.show(form, committee, model);
		}
		catch (RuntimeException ex) {
			// A race (another clerk's change, a row of the form gone, a rule only the database checks such
			// as seat_one_head) or an outage, translated in one place; anything else is thrown on. A double
			// submit that raced the first one goes to the decision the first one saved.
			String message = FormFailures.messageFor(ex).orElseThrow(() -> ex);
			saved = FormFailures.UNAVAILABLE.equals(message) ? null : recorder.alreadyRecorded(form).orElse(null);
			if (saved == null) {
				result.reject(FormFailures.STALE.equals(message) ? "decision.error.stale" : message);
				return formModel.show(form, committee, model);
			}
		}
		return "redirect:/decisions/" + saved + "/saved";
	}

	private void holdPdf(DecisionForm form, MultipartFile pdf, BindingResult result) throws IOException {
		if (pdf != null && !pdf.isEmpty()) {
			if (DecisionFiles.isPdf(pdf)) {
				form.setPdfToken(files.hold(pdf));
				form.setPdfName(pdfName(pdf));
			}
			else {
				result.rejectValue("pdfToken", "decision.error.pdf");
			}
		}
		else if (form.getPdfToken() != null && !files.isHeld(form.getPdfToken())) {
			form.setPdfToken(null);
			form.setPdfName(null);
		}
	}

	private static String pdfName(MultipartFile pdf) {
		String name = pdf.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "quyet-dinh.pdf";
		}
		name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static String duplicateLink(BindingResult result) {
		FieldError error = result.getFieldError("numberSymbol");
		if (error != null && error.getArguments() != null && error.getArguments().length > 0
				&& "decision.error.numberTaken".equals(error.getCode())) {
			return String.valueOf(error.getArguments()[0]);
		}
		return null;
	}

}
