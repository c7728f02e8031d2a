package org.onthaal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code: features don't form cycles, screens don't write SQL, matching
 * stays pure.
 */
class ArchitectureTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.onthaal");
	}

	@Test
	void featuresHaveNoCycles() {
		slices().matching("org.onthaal.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void viewsNeverTouchJooqOrTheDatabase() {
		noClasses().that()
			.areAnnotatedWith(Route.class)
			.or()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.jooq..", "org.onthaal.db..", "java.sql..", "javax.sql..")
			.check(classes);
	}

	@Test
	void sharedBasePackageDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.onthaal.base..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.onthaal.checkin..", "org.onthaal.host..", "org.onthaal.family..",
					"org.onthaal.space..", "org.onthaal.staff..", "org.onthaal.demo..", "org.onthaal.live..",
					"org.onthaal.matching..", "org.onthaal.office..", "org.onthaal.kiosk..", "org.onthaal.insights..",
					"org.onthaal.audit..", "org.onthaal.retention..", "org.onthaal.tuning..")
			.check(classes);
	}

	@Test
	void nothingDependsOnTheBackOfficeShell() {
		// screens are framed by path (@Layout), so features never name the shell
		noClasses().that()
			.resideOutsideOfPackage("org.onthaal.office..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.onthaal.office..")
			.check(classes);
	}

	/**
	 * The kiosk's screens are the kiosk's: what the host board shares with them (the
	 * new-family form, the pickers, the words for a refused check-in) lives in
	 * checkin.form.
	 */
	@Test
	void onlyTheKioskUsesItsScreens() {
		noClasses().that()
			.resideOutsideOfPackage("org.onthaal.checkin.ui..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.onthaal.checkin.ui..")
			.check(classes);
	}

	@Test
	void nothingDependsOnDemoData() {
		noClasses().that()
			.resideOutsideOfPackage("org.onthaal.demo..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.onthaal.demo..")
			.check(classes);
	}

	/**
	 * Staff accounts and demo kiosk codes made when nobody is signed in check no caller:
	 * only the start-up work they exist for may use them, never a screen or a service.
	 */
	@Test
	void unattendedStartUpWorkIsUsedOnlyAtStartUp() {
		// sign-in, the second step and the first manager live in staff
		noClasses().that()
			.resideOutsideOfPackage("org.onthaal.staff..")
			.and()
			.resideOutsideOfPackage("org.onthaal.demo..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.onthaal.staff.StaffAccounts")
			.check(classes);
		noClasses().that()
			.resideOutsideOfPackage("org.onthaal.demo..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.onthaal.kiosk.DemoPairingCodes")
			.check(classes);
	}

	/**
	 * The introduction engine is pure Java: the JDK and at most a graph library. The
	 * package arrives with the host-board work; until then the rule has nothing to check
	 * and says so instead of failing.
	 */
	@Test
	void matchingDependsOnlyOnTheJdkAndAGraphLibrary() {
		classes().that()
			.resideInAPackage("org.onthaal.matching..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "org.jgrapht..", "org.jspecify..", "org.onthaal.matching..")
			.allowEmptyShould(true)
			.check(classes);
	}

}
