package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.workflow.TaskHandler;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every text a user types into a task form has a length limit (or a pattern) that Bean Validation checks
 * on its field before anything is saved: a 20,000-character text is refused with a message, never by the
 * database.
 */
@SpringBootTest(classes = ProcessTestApplication.class)
class FormLimitsTest {

    /** The longest text column the forms write to (varchar(8000) in the migrations). */
    static final int LONGEST_COLUMN = 8000;

    @Autowired
    List<TaskHandler<?>> handlers;

    private static boolean hasField(Class<?> type, String name) {
        return java.util.Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.getName().equals(name));
    }

    private static java.lang.reflect.Field fieldOf(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyTextOfEveryTaskFormHasALimitWithinItsColumn() {
        assertThat(handlers).hasSizeGreaterThan(20);
        List<String> unbounded = new ArrayList<>();
        for (TaskHandler<?> handler : handlers) {
            Class<?> form = handler.formType();
            if (!form.isRecord()) {
                continue;
            }
            for (RecordComponent c : form.getRecordComponents()) {
                if (c.getType() != String.class) {
                    continue;
                }
                Size size = c.getAccessor().getAnnotation(Size.class);
                if (size == null) {
                    try {
                        size = form.getDeclaredField(c.getName()).getAnnotation(Size.class);
                    } catch (NoSuchFieldException e) {
                        size = null;
                    }
                }
                boolean pattern = c.getAccessor().isAnnotationPresent(Pattern.class)
                        || hasField(form, c.getName()) && fieldOf(form, c.getName()).isAnnotationPresent(Pattern.class);
                if (!pattern && (size == null || size.max() > LONGEST_COLUMN)) {
                    unbounded.add(form.getName() + "." + c.getName() + " (" + handler.taskKey() + ")");
                }
            }
        }
        assertThat(unbounded).as("texts without a length limit").isEmpty();
    }

    /**
     * A task form binds its record through Vaadin's {@code Binder.writeRecord}, which takes the record's constructor
     * without choosing: a second constructor breaks the form in the browser.
     */
    @Test
    void everyTaskFormRecordHasOneConstructor() {
        List<String> ambiguous = new ArrayList<>();
        for (TaskHandler<?> handler : handlers) {
            Class<?> form = handler.formType();
            if (form.isRecord() && form.getDeclaredConstructors().length != 1) {
                ambiguous.add(form.getName() + " (" + handler.taskKey() + ")");
            }
        }
        assertThat(ambiguous).as("form records with more than one constructor").isEmpty();
    }
}
