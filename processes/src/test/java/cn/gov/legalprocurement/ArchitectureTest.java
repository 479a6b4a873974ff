package cn.gov.legalprocurement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house rules of style.md, checked on the process layer. */
@AnalyzeClasses(packages = "cn.gov.legalprocurement", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("cn.gov.legalprocurement.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheWorkflowPackageCompletesTasks =
            noClasses().that().resideOutsideOfPackage("..workflow..")
                    .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService");

    @ArchTest
    static final ArchRule sharedKnowsNoFeature =
            noClasses().that().resideInAPackage("..shared..")
                    .should().dependOnClassesThat().resideInAnyPackage("..project..", "..tender..", "..contract..",
                            "..budget..", "..payment..", "..catalogue..", "..workflow..", "..rules..");
}
