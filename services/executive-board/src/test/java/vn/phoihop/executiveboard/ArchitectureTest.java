package vn.phoihop.executiveboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The regulation's rules stay plain Java; Avro and Kafka stay in the adapters. */
@AnalyzeClasses(packages = "vn.phoihop.executiveboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = classes().that()
        .resideInAPackage("..domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "..domain..");

    @ArchTest
    static final ArchRule useCasesDoNotKnowAdapters = noClasses().that()
        .resideInAPackage("..application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..adapter..");

    @ArchTest
    static final ArchRule eventSchemasOnlyInAdapters = noClasses().that()
        .resideOutsideOfPackage("..adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.phoihop.events..", "org.apache.avro..", "org.apache.kafka..");

}
