package vn.registry.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import vn.registry.meeting.MeetingFiles;
import vn.registry.system.NotFoundException;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Clerks report progress on an assigned task at {@code /tasks/{id}/progress/new}. */
@Controller
class TaskProgressController {

	static final String FORM_VIEW = "task/progress";

	private final TaskProgress progress;

	private final Clock clock;

	private final MeetingFiles files;

	TaskProgressController(TaskProgress progress, Clock clock, MeetingFiles files) {
		this.files = files;
		this.progress = progress;
		this.clock = clock;
	}

	@GetMapping("/tasks/{id}/progress/new")
	String start(@PathVariable long id, Model model) {
		ProgressForm form = new ProgressForm();
		form.setReportedOn(LocalDate.now(clock));
		form.setStatus(TaskStatus.IN_PROGRESS);
		return show(id, form, model);
	}

	@PostMapping("/tasks/{id}/progress/new")
	String report(@PathVariable long id, @Valid @ModelAttribute("form") ProgressForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile file, Principal user, Model model, RedirectAttributes redirect)
			throws IOException {
		TaskProgress.TaskRef task = progress.find(id).orElseThrow(NotFoundException::new);
		if (file != null && !file.isEmpty()) {
			if (MeetingFiles.isPdf(file)) {
				form.setFileToken(files.hold(file));
				String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "bao-cao.pdf"
						: file.getOriginalFilename().replaceAll("[\\\\/\\p{Cntrl}]", "_");
				form.setFileName(name.length() > 200 ? name.substring(name.length() - 200) : name);
			}
			else {
				result.rejectValue("fileToken", "decision.error.pdf");
			}
		}
		if (form.getReportedOn() != null && form.getReportedOn().isAfter(LocalDate.now(clock))) {
			result.rejectValue("reportedOn", "task.error.future");
		}
		if (result.hasErrors()) {
			return show(id, form, model);
		}
		progress.report(task, form, user.getName());
		redirect.addFlashAttribute("message", "task.progress.saved");
		return "redirect:" + task.page();
	}

	@GetMapping("/progress/{id}/file.pdf")
	ResponseEntity<Resource> file(@PathVariable long id) {
		TaskProgress.Attachment attachment = progress.attachment(id).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(files.path(attachment.fileToken())));
	}

	private String show(long id, ProgressForm form, Model model) {
		model.addAttribute("task", progress.find(id).orElseThrow(NotFoundException::new));
		model.addAttribute("form", form);
		model.addAttribute("statuses", TaskStatus.values());
		return FORM_VIEW;
	}

}
