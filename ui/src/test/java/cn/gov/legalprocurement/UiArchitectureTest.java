package cn.gov.legalprocurement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The portal's pages read and change the domain through the features' services: no repository, and tasks
 * only through the portal's own task service. Checked on the classes this module compiles (its pages, forms
 * and demo data), not on the process layer it runs on.
 */
class UiArchitectureTest {

    static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(location -> location.contains("/ui/target/classes/"))
            .importPackages("cn.gov.legalprocurement");

    @Test
    void theUiReadsThroughServicesNotRepositories() {
        assertThat(UI.size()).as("classes of the ui module").isGreaterThan(80);
        noClasses().should().dependOnClassesThat().areAssignableTo(Repository.class).check(UI);
    }

    @Test
    void theUiCompletesTasksOnlyThroughTheWorkTaskService() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
                .check(UI);
    }
}
