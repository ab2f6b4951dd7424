package vn.registry.decision.entry;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.registry.roster.RoleScope;
import vn.registry.roster.Roles;
import vn.registry.roster.paste.AnnexDocx;
import vn.registry.roster.paste.PasteResult;
import vn.registry.roster.paste.PasteRole;
import vn.registry.roster.paste.PastedRow;
import vn.registry.roster.paste.RosterPaste;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The "Dán danh sách" button of a roster table ({@code paste:seats}, {@code paste:workingGroupSeats}):
 * reads the pasted annex (or the uploaded DOCX's annex table), appends its rows to the table and
 * leaves a review of what was read for the page to show. Like the row buttons, it works without
 * JavaScript: the form comes back with the rows in it and nothing typed lost.
 */
@Component
class RosterPasting {

	private static final Pattern ACTION = Pattern.compile("paste:(seats|workingGroupSeats)");

	private final Roles roles;

	RosterPasting(Roles roles) {
		this.roles = roles;
	}

	/** Applies a paste action; false when the action is not one. */
	boolean apply(DecisionForm form, String action, Model model) {
		Matcher matcher = action == null ? null : ACTION.matcher(action);
		if (matcher == null || !matcher.matches()) {
			return false;
		}
		boolean group = "workingGroupSeats".equals(matcher.group(1));
		List<SeatRow> rows = group ? form.getWorkingGroupSeats() : form.getSeats();
		Optional<String> text = pasted(group ? form.getWorkingGroupSeatsPaste() : form.getSeatsPaste(),
				group ? form.getWorkingGroupSeatsPasteFile() : form.getSeatsPasteFile());
		PasteResult result = text.map(parser(group ? RoleScope.WORKING_GROUP : RoleScope.COMMITTEE)::parse)
			.orElseGet(() -> new PasteResult(List.of(), List.of()));
		while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
			rows.remove(rows.size() - 1);
		}
		int first = rows.size() + 1;
		result.rows().stream().map(RosterPasting::seatRow).forEach(rows::add);
		if (group) {
			form.setWorkingGroupSeatsPaste(null);
			form.setWorkingGroupIncluded(form.isWorkingGroupIncluded() || !result.isEmpty());
		}
		else {
			form.setSeatsPaste(null);
		}
		model.addAttribute("pasteReview", new PasteReview(matcher.group(1), first, result, text.isEmpty()));
		return true;
	}

	private RosterPaste parser(RoleScope scope) {
		return new RosterPaste(roles.findByScopeOrderByRank(scope).stream()
			.map(role -> new PasteRole(role.getId(), role.getName()))
			.toList());
	}

	/** The uploaded DOCX's annex if a file was sent, else the pasted text; empty when neither can be read. */
	private static Optional<String> pasted(String text, MultipartFile docx) {
		if (docx != null && !docx.isEmpty()) {
			try (InputStream in = docx.getInputStream()) {
				return AnnexDocx.annexTable(in);
			}
			catch (IOException | RuntimeException ex) {
				// Not a Word document (POI throws unchecked exceptions for a damaged one): say so on the page.
				return Optional.empty();
			}
		}
		return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
	}

	/** A parsed row as a form row; parts not placed stay in the post, for the clerk to see and move. */
	private static SeatRow seatRow(PastedRow row) {
		String position = row.position();
		if (row.hasUnrecognised()) {
			String rest = String.join("; ", row.unrecognised());
			position = position == null ? rest : position + "; " + rest;
		}
		return new SeatRow(null, row.roleId(), row.fullName(), position, row.agency());
	}

	/** What the page shows above the table after a paste: the rows read, from form row {@code firstRow}. */
	record PasteReview(String list, int firstRow, PasteResult result, boolean unreadable) {

		public List<PastedRow> rows() {
			return result.rows();
		}

		public List<String> skipped() {
			return result.skipped();
		}

	}

}
