package cn.gov.legalprocurement.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.HostileTexts;
import cn.gov.legalprocurement.ProcessTestApplication;
import cn.gov.legalprocurement.shared.PortalException;
import jakarta.validation.Validator;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every text of every task form, its lists' records included, refuses every overlong text and every text with a
 * control character of the corpus ({@code hostile-input/texts.tsv}) on its own field, before the form's handler
 * runs: the check {@link WorkTaskService#complete} makes. A new form or a new case is covered without a change here.
 */
@SpringBootTest(classes = ProcessTestApplication.class)
class HostileFormTextsTest {

    @Autowired
    List<TaskHandler<?>> handlers;
    @Autowired
    Validator validator;

    @Test
    void everyTextOfEveryTaskFormRefusesTheCorpusOnItsField() throws Exception {
        List<HostileTexts.Case> cases = HostileTexts.refused();
        assertThat(cases).extracting(HostileTexts.Case::kind).contains(HostileTexts.Kind.OVERLONG, HostileTexts.Kind.CONTROL);
        int texts = 0;
        List<String> accepted = new ArrayList<>();
        for (TaskHandler<?> handler : handlers) {
            Class<?> type = handler.formType();
            if (!type.isRecord()) {
                continue;
            }
            Set<String> fields = new LinkedHashSet<>();
            textPaths(type, "", fields);
            texts += fields.size();
            for (HostileTexts.Case c : cases) {
                Set<String> refused = new LinkedHashSet<>();
                for (PortalException refusal : FormCheck.refusals(validator, filled(type, c.value()))) {
                    refused.add(refusal.field());
                }
                for (String field : fields) {
                    if (!refused.contains(field)) {
                        accepted.add(type.getName() + "." + field + " took " + c);
                    }
                }
            }
        }
        assertThat(texts).as("texts of the task forms").isGreaterThan(30);
        assertThat(accepted).as("hostile texts a task form took").isEmpty();
    }

    @Test
    void aControlCharacterIsRefusedWithItsOwnMessageAndMarkupIsNot() throws Exception {
        Object form = filled(cn.gov.legalprocurement.contract.EscalateSigningHandler.Form.class, "催办\u0000");
        assertThat(FormCheck.refusals(validator, form)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("instruction");
            assertThat(e.code()).isEqualTo("error.text.control");
            assertThat(e.getMessage(java.util.Locale.CHINA)).contains("控制字符");
        });
        for (HostileTexts.Case markup : HostileTexts.of(HostileTexts.Kind.MARKUP)) {
            assertThat(FormCheck.refusals(validator, filled(cn.gov.legalprocurement.contract.EscalateSigningHandler.Form.class,
                    markup.value()))).as(markup.name()).isEmpty();
        }
    }

    /** The property paths of the form's texts, as Bean Validation names them: {@code instalments[0].description}. */
    private static void textPaths(Class<?> record, String prefix, Set<String> paths) {
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix + c.getName();
            if (c.getType() == String.class) {
                paths.add(path);
            } else if (element(c) instanceof Class<?> e && e.isRecord()) {
                textPaths(e, path + "[0].", paths);
            } else if (element(c) == String.class) {
                paths.add(path + "[0]");
            }
        }
    }

    /** A form whose every text (in its lists' records too) is the given one; other components empty. */
    private static Object filled(Class<?> record, String text) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            if (c.getType() == String.class) {
                values[i] = text;
            } else if (c.getType() == List.class && element(c) instanceof Class<?> e) {
                values[i] = e == String.class ? List.of(text) : e.isRecord() ? List.of(filled(e, text)) : List.of();
            } else if (c.getType() == boolean.class) {
                values[i] = false;
            } else if (c.getType().isPrimitive()) {
                values[i] = c.getType() == long.class ? 0L : c.getType() == double.class ? 0d : 0;
            }
        }
        var constructor = record.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object element(RecordComponent c) {
        return c.getType() == List.class && c.getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
    }
}
