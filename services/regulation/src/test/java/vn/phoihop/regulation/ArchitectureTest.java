package vn.phoihop.regulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model is plain Java, so the boards' domains may use it; only the file reader knows YAML. */
@AnalyzeClasses(packages = "vn.phoihop.regulation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = classes().that()
        .resideInAPackage("vn.phoihop.regulation")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "vn.phoihop.regulation");

}
