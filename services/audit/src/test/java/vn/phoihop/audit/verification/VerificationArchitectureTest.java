package vn.phoihop.audit.verification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The audit is an independent judge: its verification reads the events, the regulation model and the history,
 * never either board's code, and is plain Java that any adapter (command line, web, report) can call.
 */
@AnalyzeClasses(packages = "vn.phoihop.audit.verification", importOptions = ImportOption.DoNotIncludeTests.class)
class VerificationArchitectureTest {

    @ArchTest
    static final ArchRule judgesFromTheEventsAndTheRegulationOnly = classes().that()
        .resideInAPackage("vn.phoihop.audit.verification")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.apache.avro..", "vn.phoihop.events", "vn.phoihop.regulation",
                "vn.phoihop.audit.history", "vn.phoihop.audit.verdict", "vn.phoihop.audit.verification");

}
