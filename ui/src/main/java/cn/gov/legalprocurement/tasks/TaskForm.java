package cn.gov.legalprocurement.tasks;

import cn.gov.legalprocurement.shared.PortalException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form of one kind of user task, written like a plain Vaadin form: {@link #load} takes the task's
 * data in and builds the fields, {@link #read} returns the task's form record when every field is valid
 * (Binder and Bean Validation, messages in the user's language) or empty while the fields show what
 * is wrong. The task view completes the task with the record through the services, never the engine.
 *
 * @param <F> the form record the service's task handler takes
 */
public abstract class TaskForm<F> extends VerticalLayout {

    private final Map<String, Component> fieldsByProperty = new LinkedHashMap<>();
    protected final FormLayout fields = new FormLayout();
    /** Binds the fields to the form record's components, with the record's Bean Validation constraints. */
    protected final BeanValidationBinder<F> binder;
    private final Class<F> formType;

    protected TaskForm(Class<F> formType) {
        this.formType = formType;
        binder = new BeanValidationBinder<>(formType);
        setPadding(false);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
    }

    /** The record the form submits: the form type of its task's handler. */
    public Class<F> formType() {
        return formType;
    }

    /** Shows the task's data and builds the fields. */
    public abstract void load(TaskPage page);

    /** The form record, or empty when a field is invalid (the fields then say why). */
    public Optional<F> read() {
        return readRecord(binder);
    }

    protected String label(String property) {
        return getTranslation("field." + property);
    }

    /** A multi-line text bound to the record component {@code property}. */
    protected TextArea textArea(String property) {
        TextArea area = unboundTextArea(property);
        binder.forField(area).bind(property);
        return area;
    }

    /** A multi-line text for {@code property} that the form reads itself (not a record component of its own). */
    protected TextArea unboundTextArea(String property) {
        TextArea area = new TextArea(label(property));
        area.setWidthFull();
        area.setMinHeight("6em");
        fields.add(area, 2);
        return field(property, area);
    }

    protected TextField textField(String property) {
        TextField text = new TextField(label(property));
        binder.forField(text).bind(property);
        fields.add(text);
        return field(property, text);
    }

    protected BigDecimalField decimal(String property) {
        BigDecimalField number = new BigDecimalField(label(property));
        binder.forField(number).bind(property);
        fields.add(number);
        return field(property, number);
    }

    protected IntegerField integer(String property) {
        IntegerField number = new IntegerField(label(property));
        number.setStepButtonsVisible(true);
        binder.forField(number).bind(property);
        fields.add(number);
        return field(property, number);
    }

    /** A yes/no choice; the labels are translation keys. */
    protected RadioButtonGroup<Boolean> yesNo(String property, String yesKey, String noKey) {
        RadioButtonGroup<Boolean> choice = new RadioButtonGroup<>(label(property));
        choice.setItems(Boolean.TRUE, Boolean.FALSE);
        choice.setItemLabelGenerator(b -> getTranslation(b ? yesKey : noKey));
        binder.forField(choice).bind(property);
        fields.add(choice, 2);
        return field(property, choice);
    }

    /** A choice among enum constants labelled {@code <labelPrefix>.<NAME>}. */
    protected <E extends Enum<E>> RadioButtonGroup<E> choice(String property, List<E> values, String labelPrefix) {
        RadioButtonGroup<E> choice = new RadioButtonGroup<>(label(property));
        choice.setItems(values);
        choice.setItemLabelGenerator(v -> getTranslation(labelPrefix + "." + v.name()));
        binder.forField(choice).bind(property);
        fields.add(choice, 2);
        return field(property, choice);
    }

    /**
     * A row of fields with a button that removes it again: {@code entry} joins {@code entries} and the row
     * joins {@code rows}; the button takes both out.
     */
    protected final <E> void addRemovableRow(VerticalLayout rows, List<E> entries, E entry, String removeLabel,
                                             Component... fieldsOfTheRow) {
        HorizontalLayout row = new HorizontalLayout(fieldsOfTheRow);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            entries.remove(entry);
            rows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(removeLabel);
        row.add(remove);
        row.setAlignItems(Alignment.BASELINE);
        entries.add(entry);
        rows.add(row);
    }

    /** Remembers which component edits which property of the form record, to show the services' refusals there. */
    protected final <C extends Component> C field(String property, C component) {
        fieldsByProperty.put(property, component);
        component.setId("field-" + property);
        return component;
    }

    /** Reads a record through a Bean Validation binder; empty while a field is invalid. */
    protected final Optional<F> readRecord(BeanValidationBinder<F> binder) {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Marks the field a service refused (if the form shows it); true when a field took the message. */
    public boolean showRefusal(PortalException refusal, String message) {
        String property = refusal.field();
        if (property == null) {
            return false;
        }
        Component component = fieldsByProperty.get(property);
        if (component == null) {
            int dot = property.indexOf('.');
            int bracket = property.indexOf('[');
            int cut = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
            component = cut > 0 ? fieldsByProperty.get(property.substring(0, cut)) : null;
        }
        if (component instanceof HasValidation validation) {
            validation.setErrorMessage(message);
            validation.setInvalid(true);
            if (component instanceof HasValue<?, ?> value) {
                value.addValueChangeListener(e -> validation.setInvalid(false));
            }
            return true;
        }
        return false;
    }
}
