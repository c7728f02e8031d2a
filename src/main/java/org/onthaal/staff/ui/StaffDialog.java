package org.onthaal.staff.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.onthaal.space.LocationSummary;
import org.onthaal.staff.NewStaff;
import org.onthaal.staff.Passphrases;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffChangeRejected;
import org.onthaal.staff.StaffChanges;
import org.onthaal.staff.StaffMember;
import org.onthaal.staff.AccountRules;
import org.onthaal.staff.PasswordPolicy;

/**
 * Creates a staff user, or edits one and offers the account's actions (reset password,
 * deactivate or reactivate). It only gathers and checks what was typed; the staff screen
 * does the work when the dialog reports back.
 */
class StaffDialog extends Dialog {

	private final @Nullable StaffMember member;

	private final TextField username = new TextField();

	private final TextField displayName = new TextField();

	private final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	private final MultiSelectComboBox<LocationSummary> locations = new MultiSelectComboBox<>();

	private final Select<String> language = new Select<>();

	private final PasswordField password = new PasswordField();

	private final Paragraph generated = new Paragraph();

	private final Paragraph message = new Paragraph();

	private StaffDialog(@Nullable StaffMember member, List<LocationSummary> assignable, boolean isMe) {
		this.member = member;
		setId("staff-dialog");
		setWidth("min(640px, 100vw)");
		addClassName("staff-dialog");
		setHeaderTitle(member == null ? getTranslation("staff.dialog.create")
				: getTranslation("staff.dialog.edit", member.displayName()));

		username.setId("staff-username");
		username.setLabel(getTranslation("staff.username"));
		username.setHelperText(getTranslation("staff.username.help"));
		username.setMaxLength(60);
		username.setRequiredIndicatorVisible(true);
		displayName.setId("staff-display-name");
		displayName.setLabel(getTranslation("staff.displayName"));
		displayName.setMaxLength(80);
		displayName.setRequiredIndicatorVisible(true);
		roles.setId("staff-roles");
		roles.setLabel(getTranslation("staff.roles"));
		roles.setHelperText(getTranslation("staff.roles.help"));
		roles.setItems(Role.HOST, Role.MANAGER);
		roles.setItemLabelGenerator(role -> getTranslation("staff.role." + role.name()));
		roles.setRequiredIndicatorVisible(true);
		locations.setId("staff-locations");
		locations.setLabel(getTranslation("staff.locations"));
		locations.setItems(assignable);
		locations.setItemLabelGenerator(LocationSummary::name);
		locations.setRequiredIndicatorVisible(true);
		language.setId("staff-language");
		language.setLabel(getTranslation("staff.language"));
		language.setItems(AccountRules.UI_LANGUAGES);
		language.setItemLabelGenerator(StaffLabels::languageName);
		message.setId("staff-dialog-message");
		message.addClassName("staff-error");
		message.getElement().setAttribute("role", "alert");

		FormLayout form = new FormLayout();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
		if (member == null) {
			form.add(username, displayName, roles, language);
			form.add(locations, 2);
			form.add(passwordField(), 2);
			roles.setValue(Set.of(Role.HOST));
			language.setValue(AccountRules.UI_LANGUAGES.get(0));
			if (assignable.size() == 1) {
				locations.setValue(Set.copyOf(assignable));
			}
		}
		else {
			username.setValue(member.username());
			username.setReadOnly(true);
			displayName.setValue(member.displayName());
			roles.setValue(member.roles());
			language.setValue(member.uiLanguage());
			Set<Long> theirs = member.locations().stream().map(StaffMember.Place::id).collect(Collectors.toSet());
			// never scoped to a place means every place
			locations.setValue(assignable.stream()
				.filter(location -> theirs.isEmpty() || theirs.contains(location.id()))
				.collect(Collectors.toCollection(LinkedHashSet::new)));
			form.add(username, displayName, roles, language);
			form.add(locations, 2);
		}
		add(form, message);
		if (member != null) {
			add(accountActions(member, isMe));
		}

		Button save = new Button(getTranslation("office.save"), event -> save());
		save.setId("staff-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("office.cancel"), event -> close());
		cancel.setId("staff-cancel");
		getFooter().add(cancel, save);
	}

	static StaffDialog create(List<LocationSummary> assignable) {
		return new StaffDialog(null, assignable, false);
	}

	static StaffDialog edit(StaffMember member, List<LocationSummary> assignable, boolean isMe) {
		return new StaffDialog(member, assignable, isMe);
	}

	private Div passwordField() {
		password.setId("staff-password");
		password.setLabel(getTranslation("staff.password"));
		password.setHelperText(getTranslation("staff.password.help"));
		password.setRequiredIndicatorVisible(true);
		password.setWidthFull();
		password.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				generated.setVisible(false);
			}
		});
		Button generate = new Button(getTranslation("staff.generate"), VaadinIcon.MAGIC.create(), event -> generate());
		generate.setId("staff-generate");
		generated.setId("staff-generated");
		generated.addClassName("staff-generated");
		generated.setVisible(false);
		Div row = new Div(password, generate);
		row.addClassName("staff-password-row");
		return new Div(row, generated);
	}

	private void generate() {
		String phrase = Passphrases.generate();
		password.setValue(phrase);
		password.setInvalid(false);
		String who = displayName.getValue().isBlank() ? username.getValue().strip() : displayName.getValue().strip();
		generated.removeAll();
		Span secret = new Span(phrase);
		secret.addClassName("staff-secret");
		generated.add(new Span(getTranslation("staff.generated", who) + " "), secret);
		generated.setVisible(true);
	}

	private Div accountActions(StaffMember member, boolean isMe) {
		Button reset = new Button(getTranslation("staff.resetPassword"), VaadinIcon.KEY.create(),
				event -> fireEvent(new ResetPasswordEvent(this, member)));
		reset.setId("staff-reset");
		Button active;
		if (member.active()) {
			active = new Button(getTranslation("staff.deactivate"), VaadinIcon.BAN.create(),
					event -> fireEvent(new ActiveEvent(this, member, false)));
			active.setId("staff-deactivate");
			active.addThemeVariants(ButtonVariant.LUMO_ERROR);
			if (isMe) {
				active.setEnabled(false);
				active.setTooltipText(getTranslation("staff.error.SELF_DEACTIVATION"));
			}
		}
		else {
			active = new Button(getTranslation("staff.reactivate"), VaadinIcon.CHECK.create(),
					event -> fireEvent(new ActiveEvent(this, member, true)));
			active.setId("staff-reactivate");
		}
		Div actions = new Div(reset, active);
		actions.addClassName("staff-actions");
		return actions;
	}

	/** Checks what the form can check by itself; the service checks everything again. */
	private void save() {
		clearErrors();
		boolean ok = true;
		if (member == null && !AccountRules.isValidUsername(username.getValue().strip())) {
			ok = fieldError(StaffChangeRejected.Reason.USERNAME_INVALID);
		}
		if (displayName.getValue().isBlank()) {
			ok = fieldError(StaffChangeRejected.Reason.DISPLAY_NAME_MISSING);
		}
		if (roles.getValue().isEmpty()) {
			ok = fieldError(StaffChangeRejected.Reason.NO_ROLE);
		}
		if (locations.getValue().isEmpty() && member == null) {
			ok = fieldError(StaffChangeRejected.Reason.NO_LOCATION);
		}
		if (member == null) {
			try {
				PasswordPolicy.require(password.getValue());
			}
			catch (StaffChangeRejected rejected) {
				ok = fieldError(rejected.reason());
			}
		}
		if (!ok) {
			return;
		}
		Set<Long> locationIds = locations.getValue()
			.stream()
			.map(LocationSummary::id)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (member == null) {
			fireEvent(new CreateEvent(this, new NewStaff(username.getValue().strip(), displayName.getValue().strip(),
					Set.copyOf(roles.getValue()), locationIds, language.getValue(), password.getValue())));
		}
		else {
			fireEvent(new UpdateEvent(this, member, new StaffChanges(displayName.getValue().strip(),
					Set.copyOf(roles.getValue()), locationIds, language.getValue())));
		}
	}

	/** Shows why the service refused, next to the field it concerns. */
	void showRejection(StaffChangeRejected rejected) {
		clearErrors();
		fieldError(rejected.reason());
	}

	private boolean fieldError(StaffChangeRejected.Reason reason) {
		String text = getTranslation("staff.error." + reason.name());
		switch (reason) {
			case USERNAME_INVALID, USERNAME_TAKEN -> invalid(username, text);
			case DISPLAY_NAME_MISSING, DISPLAY_NAME_INVALID -> invalid(displayName, text);
			case NO_ROLE, OWN_MANAGER_ROLE -> {
				roles.setErrorMessage(text);
				roles.setInvalid(true);
			}
			case NO_LOCATION -> {
				locations.setErrorMessage(text);
				locations.setInvalid(true);
			}
			case PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG -> {
				password.setErrorMessage(text);
				password.setInvalid(true);
			}
			default -> message.setText(text);
		}
		return false;
	}

	private static void invalid(TextField field, String text) {
		field.setErrorMessage(text);
		field.setInvalid(true);
	}

	private void clearErrors() {
		username.setInvalid(false);
		displayName.setInvalid(false);
		roles.setInvalid(false);
		locations.setInvalid(false);
		password.setInvalid(false);
		message.setText("");
	}

	Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
		return addListener(CreateEvent.class, listener);
	}

	Registration addUpdateListener(ComponentEventListener<UpdateEvent> listener) {
		return addListener(UpdateEvent.class, listener);
	}

	Registration addResetPasswordListener(ComponentEventListener<ResetPasswordEvent> listener) {
		return addListener(ResetPasswordEvent.class, listener);
	}

	Registration addActiveListener(ComponentEventListener<ActiveEvent> listener) {
		return addListener(ActiveEvent.class, listener);
	}

	static class CreateEvent extends ComponentEvent<StaffDialog> {

		private final NewStaff newStaff;

		CreateEvent(StaffDialog source, NewStaff newStaff) {
			super(source, false);
			this.newStaff = newStaff;
		}

		NewStaff newStaff() {
			return newStaff;
		}

	}

	static class UpdateEvent extends ComponentEvent<StaffDialog> {

		private final StaffMember member;

		private final StaffChanges changes;

		UpdateEvent(StaffDialog source, StaffMember member, StaffChanges changes) {
			super(source, false);
			this.member = member;
			this.changes = changes;
		}

		StaffMember member() {
			return member;
		}

		StaffChanges changes() {
			return changes;
		}

	}

	static class ResetPasswordEvent extends ComponentEvent<StaffDialog> {

		private final StaffMember member;

		ResetPasswordEvent(StaffDialog source, StaffMember member) {
			super(source, false);
			this.member = member;
		}

		StaffMember member() {
			return member;
		}

	}

	static class ActiveEvent extends ComponentEvent<StaffDialog> {

		private final StaffMember member;

		private final boolean activate;

		ActiveEvent(StaffDialog source, StaffMember member, boolean activate) {
			super(source, false);
			this.member = member;
			this.activate = activate;
		}

		StaffMember member() {
			return member;
		}

		boolean activate() {
			return activate;
		}

	}

}
