package dev.rustvsgo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The application's packages depend on each other in one direction: reference data
 * ({@code reference}) at the bottom, claims and verdicts on it, the comparison and the
 * source detail on top, with the shared web support ({@code web.*}) beside them.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.rustvsgo");

	/** Every package is its own slice, sub-packages included. */
	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("dev.rustvsgo.(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void referenceDataDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("dev.rustvsgo.reference..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.rustvsgo.claim..", "dev.rustvsgo.verdict..", "dev.rustvsgo.comparison..",
					"dev.rustvsgo.source..")
			.check(CLASSES);
	}

	@Test
	void entitiesStayInTheirPackage() {
		noClasses().that()
			.haveSimpleNameEndingWith("Entity")
			.should()
			.bePublic()
			.because("the API speaks in records; entities never leave their package")
			.check(CLASSES);
	}

}
