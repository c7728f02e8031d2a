package org.onthaal.space;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers keep the interest catalogue the kiosk offers: pictogram, their own wording per
 * language, whether it is offered, and the order. The catalogue is shared by every
 * meeting place of the installation, so changes are audited without a location.
 */
@Service
@RolesAllowed(StaffRoles.MANAGER)
public class InterestCatalogueService {

	static final int CODE_MAX = 40;

	private final InterestCatalogueRepository interests;

	private final AuditLog audit;

	InterestCatalogueService(InterestCatalogueRepository interests, AuditLog audit) {
		this.interests = interests;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<CatalogueInterest> interests() {
		return interests.findAll();
	}

	/**
	 * Adds an interest of the manager's own; its code is made from the English or Dutch
	 * label (e.g. "Knitting" → {@code knitting}). Returns the code.
	 */
	@Transactional
	public String create(InterestForm form) {
		form.validate(false);
		String code = uniqueCode(slug(Stream.of("en", "nl")
			.map(form.labels()::get)
			.filter(label -> label != null)
			.findFirst()
			.orElse(form.labels().values().iterator().next())));
		long id = interests.insert(code, form);
		audit("INTEREST_CREATED", id, code, form);
		return code;
	}

	@Transactional
	public void update(long id, InterestForm form) {
		CatalogueInterest current = interests.find(id)
			.orElseThrow(() -> new AccessDeniedException("No interest " + id));
		form.validate(current.builtIn());
		interests.update(id, form);
		audit("INTEREST_UPDATED", id, current.code(), form);
	}

	/** Moves an interest one place up ({@code -1}) or down ({@code +1}). */
	@Transactional
	public void move(long id, int direction) {
		List<Long> order = new ArrayList<>(interests.findAll().stream().map(CatalogueInterest::id).toList());
		int from = order.indexOf(id);
		int to = from + Integer.signum(direction);
		if (from < 0 || to < 0 || to >= order.size()) {
			return;
		}
		order.set(from, order.get(to));
		order.set(to, id);
		interests.reorder(order);
		audit.record(CurrentUser.username(), "INTEREST_REORDERED", "interest", id, null, Map.of("position", to + 1));
	}

	/**
	 * Lower-case ASCII letters, digits and underscores, as the built-in codes; a label in
	 * another script gives a plain numbered code.
	 */
	static String slug(String label) {
		String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (slug.length() > CODE_MAX - 4) {
			slug = slug.substring(0, CODE_MAX - 4).replaceAll("_+$", "");
		}
		return slug.length() < 2 ? "interest" : slug;
	}

	private String uniqueCode(String slug) {
		String code = slug;
		for (int n = 2; interests.codeTaken(code); n++) {
			code = slug + "_" + n;
		}
		return code;
	}

	private void audit(String action, long id, String code, InterestForm form) {
		audit.record(CurrentUser.username(), action, "interest", id, null,
				Map.of("code", code, "pictogram", form.pictogram(), "labels", form.labels(), "active", form.active()));
	}

}
