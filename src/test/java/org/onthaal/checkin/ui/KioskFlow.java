package org.onthaal.checkin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/** The taps a family makes, by component id, shared by the kiosk tests. */
final class KioskFlow {

	private KioskFlow() {
	}

	static void tap(String id) {
		_click(_get(Button.class, spec -> spec.withId(id)));
	}

	static void open() {
		UI.getCurrent().navigate("kiosk");
	}

	/** Welcome → language → the given choice (new / card / leave). */
	static void startIn(String language, String choice) {
		open();
		tap("kiosk-start");
		tap("kiosk-choose-" + language);
		tap("kiosk-choice-" + choice);
	}

	static void typeNickname(String nickname) {
		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-nickname")), nickname);
	}

	static void enterCode(String pictogram, String digits) {
		tap("kiosk-picture-" + pictogram);
		for (char digit : digits.toCharArray()) {
			tap("kiosk-key-" + digit);
		}
		// the fourth digit goes on by itself
	}

	/**
	 * The PostgreSQL transaction that last wrote the one row of the table matching the
	 * condition (its xmin): two rows written in one transaction have the same.
	 */
	static String lastWrittenBy(DSLContext dsl, Table<?> table, Condition where) {
		return dsl.select(DSL.field("xmin::text", String.class)).from(table).where(where).fetchSingle().value1();
	}

}
