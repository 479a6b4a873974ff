package cn.gov.legalprocurement.framework;

import org.camunda.bpm.engine.test.mock.Mocks;

/** The framework feature's delegates for engine-only model tests, each over its (mocked) service. */
public final class FrameworkModelBeans {

    private FrameworkModelBeans() {
    }

    public static void register(FrameworkAgreementService agreements, CallOffService callOffs) {
        Mocks.register("publishShortlistDelegate", new PublishShortlistDelegate(agreements));
        Mocks.register("concludeFrameworkAgreementDelegate", new ConcludeFrameworkAgreementDelegate(agreements));
        Mocks.register("expireFrameworkAgreementDelegate", new ExpireFrameworkAgreementDelegate(agreements));
        Mocks.register("lapseCallOffDelegate", new LapseCallOffDelegate(callOffs));
    }
}
