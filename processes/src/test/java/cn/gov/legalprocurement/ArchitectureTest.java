package cn.gov.legalprocurement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cn.gov.legalprocurement.workflow.TaskHandler;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

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

    /**
     * A feature's service speaks of the domain only: the delegates and handlers map process variables in
     * and out, and a feature's {@code *Process} class starts or messages its process. (The engine's own
     * services, the set-up that walks the real lifecycle and the training clock, which is the engine's clock,
     * are the exceptions.)
     */
    @ArchTest
    static final ArchRule servicesKnowNothingOfTheEngine =
            noClasses().that().areAnnotatedWith(Service.class)
                    .and().resideOutsideOfPackages("..workflow..", "..setup..", "..training..")
                    .should().dependOnClassesThat().resideInAnyPackage("..workflow..", "org.camunda..");

    /** A service answers in domain terms (a record, an entity, a value), never with a bag of process variables. */
    @ArchTest
    static final ArchRule servicesReturnNoMapsOfVariables =
            methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                    .and().areDeclaredInClassesThat().resideOutsideOfPackage("..workflow..").and().areNotPrivate()
                    .should(new ArchCondition<JavaMethod>("not return a Map<String, Object>") {
                        @Override
                        public void check(JavaMethod method, ConditionEvents events) {
                            Type type = method.reflect().getGenericReturnType();
                            if (type instanceof ParameterizedType p && p.getRawType() == Map.class
                                    && p.getActualTypeArguments()[0] == String.class
                                    && p.getActualTypeArguments()[1] == Object.class) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns a Map<String, Object>"));
                            }
                        }
                    });

    /** One class per BPMN element, in one style: no lambda beans for delegates or handlers. */
    @ArchTest
    static final ArchRule noDelegateOrHandlerBeanMethods =
            noMethods().that().areAnnotatedWith(Bean.class)
                    .should().haveRawReturnType(JavaDelegate.class)
                    .orShould().haveRawReturnType(TaskHandler.class)
                    .orShould().haveRawReturnType(ExecutionListener.class);

    @ArchTest
    static final ArchRule delegatesAreComponentsNamedDelegate =
            classes().that().implement(JavaDelegate.class)
                    .should().haveSimpleNameEndingWith("Delegate").andShould().beAnnotatedWith(Component.class)
                    .andShould().resideOutsideOfPackage("..workflow..");

    @ArchTest
    static final ArchRule handlersAreComponentsNamedHandler =
            classes().that().implement(TaskHandler.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
                    .should().haveSimpleNameEndingWith("Handler").andShould().beAnnotatedWith(Component.class)
                    .andShould().resideOutsideOfPackage("..workflow..");
}
