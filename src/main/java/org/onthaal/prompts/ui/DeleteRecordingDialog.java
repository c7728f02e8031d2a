package org.onthaal.prompts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** "Delete this recording?": a voice someone recorded is not deleted by a slip. */
class DeleteRecordingDialog extends Dialog {

	DeleteRecordingDialog(String promptText, Runnable onDelete) {
		setId("prompts-delete-dialog");
		setHeaderTitle(getTranslation("office.prompts.delete.title"));
		add(new Paragraph(getTranslation("office.prompts.delete.text", promptText)));
		Button cancel = new Button(getTranslation("office.prompts.cancel"), event -> close());
		cancel.setId("prompts-delete-cancel");
		Button delete = new Button(getTranslation("office.prompts.delete.confirm"), event -> {
			close();
			onDelete.run();
		});
		delete.setId("prompts-delete-confirm");
		delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		getFooter().add(cancel, delete);
	}

}
