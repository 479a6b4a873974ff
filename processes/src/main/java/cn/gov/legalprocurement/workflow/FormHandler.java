package cn.gov.legalprocurement.workflow;

/**
 * The common part of the user tasks' handlers: which task a handler completes and which form it takes.
 * A handler names both in its constructor and writes only {@link #complete}.
 */
public abstract class FormHandler<F> implements TaskHandler<F> {

    private final String taskKey;
    private final Class<F> formType;

    protected FormHandler(String taskKey, Class<F> formType) {
        this.taskKey = taskKey;
        this.formType = formType;
    }

    @Override
    public final String taskKey() {
        return taskKey;
    }

    @Override
    public final Class<F> formType() {
        return formType;
    }
}
