package cn.gov.legalprocurement.closing;

import org.camunda.bpm.engine.test.mock.Mocks;

/** The closing feature's delegate, for the procurement model's engine-only test (it is package-private here). */
public final class ClosingModelBeans {

    private ClosingModelBeans() {
    }

    public static void register(ClosingService closing) {
        Mocks.register("closeProjectDelegate", new CloseProjectDelegate(closing));
    }
}
