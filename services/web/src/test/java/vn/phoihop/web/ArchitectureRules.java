package vn.phoihop.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every service: the regulation's rules stay plain Java (the domain may use the shared regulation model, itself
 * plain Java, but not its file reader); Avro and Kafka stay in the adapters.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    @ArchTest
    public static final ArchRule domainIsPlainJava = classes().that()
        .resideInAPackage("..domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "..domain..", "vn.phoihop.regulation");

    @ArchTest
    public static final ArchRule useCasesDoNotKnowAdapters = noClasses().that()
        .resideInAPackage("..application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..adapter..");

    @ArchTest
    public static final ArchRule eventSchemasOnlyInAdapters = noClasses().that()
        .resideOutsideOfPackage("..adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.phoihop.events..", "org.apache.avro..", "org.apache.kafka..");

}
