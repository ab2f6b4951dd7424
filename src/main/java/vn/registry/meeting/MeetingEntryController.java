package vn.registry.meeting;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import vn.registry.system.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Clerks enter a committee's meeting at {@code /committees/{id}/meetings/new}: attendance ticked from
 * the roster in force that day, the tasks it assigned as rows. Works without JavaScript: "Lấy danh
 * sách ngày họp" and the task row buttons submit the form, which comes back with nothing lost.
 */
@Controller
class MeetingEntryController {

	static final String FORM_VIEW = "meeting/form";

	private final MeetingRoster roster;

	private final MeetingRecorder recorder;

	private final SmartValidator beanValidator;

	private final Clock clock;

	private final MeetingFiles files;

	MeetingEntryController(MeetingRoster roster, MeetingRecorder recorder, SmartValidator beanValidator, Clock clock,
			MeetingFiles files) {
		this.files = files;
		this.roster = roster;
		this.recorder = recorder;
		this.beanValidator = beanValidator;
		this.clock = clock;
	}

	@GetMapping("/committees/{id}/meetings/new")
	String start(@PathVariable long id, Model model) {
		MeetingForm form = new MeetingForm();
		form.setHeldOn(LocalDate.now(clock));
		MeetingFormRows.fillAttendance(form, roster.on(id, form.getHeldOn()));
		form.getTasks().add(new TaskRow());
		return show(id, form, model);
	}

	@PostMapping("/committees/{id}/meetings/new")
	String submit(@PathVariable long id, @ModelAttribute("form") MeetingForm form, BindingResult result,
			@RequestParam(required = false) String action, @RequestParam(required = false) MultipartFile pdf,
			Principal user, Model model, RedirectAttributes redirect) throws IOException {
		holdPdf(form, pdf, result);
		if ("roster".equals(action)) {
			if (form.getHeldOn() != null) {
				MeetingFormRows.fillAttendance(form, roster.on(id, form.getHeldOn()));
			}
			return show(id, form, model);
		}
		if (MeetingFormRows.applyTaskAction(form, action)) {
			return show(id, form, model);
		}
		Long recorded = recorder.alreadyRecorded(form).orElse(null);
		if (recorded != null) {
			return "redirect:/meetings/" + recorded;
		}
		beanValidator.validate(form, result);
		validate(form, result);
		if (result.hasErrors()) {
			return show(id, form, model);
		}
		long saved;
		try {
			saved = recorder.record(id, form, user.getName());
		}
		catch (DataIntegrityViolationException ex) {
			Long again = recorder.alreadyRecorded(form).orElse(null);
			if (again == null) {
				result.reject("decision.error.conflict");
				return show(id, form, model);
			}
			saved = again;
		}
		redirect.addFlashAttribute("message", "meeting.saved");
		return "redirect:/meetings/" + saved;
	}

	private void validate(MeetingForm form, BindingResult result) {
		LocalDate today = LocalDate.now(clock);
		if (form.getHeldOn() != null && form.getHeldOn().isAfter(today)) {
			result.rejectValue("heldOn", "meeting.error.future");
		}
		if (!ConclusionNumber.isValid(ConclusionNumber.normalise(form.getConclusionNumber()))) {
			result.rejectValue("conclusionNumber", "meeting.error.number");
		}
		for (int i = 0; i < form.getTasks().size(); i++) {
			TaskRow task = form.getTasks().get(i);
			if (!task.isBlank() && (task.getText() == null || task.getText().isBlank())) {
				result.rejectValue("tasks[" + i + "].text", "form.error.required");
			}
		}
	}

	private void holdPdf(MeetingForm form, MultipartFile pdf, BindingResult result) throws IOException {
		if (pdf != null && !pdf.isEmpty()) {
			if (MeetingFiles.isPdf(pdf)) {
				form.setPdfToken(files.hold(pdf));
				String name = pdf.getOriginalFilename() == null || pdf.getOriginalFilename().isBlank() ? "thong-bao.pdf"
						: pdf.getOriginalFilename().replaceAll("[\\\\/\\p{Cntrl}]", "_");
				form.setPdfName(name.length() > 200 ? name.substring(name.length() - 200) : name);
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

	private String show(long committeeId, MeetingForm form, Model model) {
		MeetingRoster.Committee committee = roster.committee(committeeId).orElseThrow(NotFoundException::new);
		model.addAttribute("form", form);
		model.addAttribute("committee", committee);
		model.addAttribute("members", form.getHeldOn() == null ? java.util.List.of() : roster.on(committeeId, form.getHeldOn()));
		return FORM_VIEW;
	}

}
