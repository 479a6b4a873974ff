package cn.gov.legalprocurement.framework;

import org.camunda.bpm.engine.test.mock.Mocks;

/** The framework feature's delegates for engine-only model tests, each over its (mocked) service. */
public final class FrameworkModelBeans {

    private FrameworkModelBeans() {
    }

    public static void register(FrameworkAgreementService agreements, CallOffService callOffs) {
        register(agreements, callOffs, org.mockito.Mockito.mock(CallOffQuotationService.class),
                org.mockito.Mockito.mock(cn.gov.legalprocurement.tender.OpeningService.class));
    }

    public static void register(FrameworkAgreementService agreements, CallOffService callOffs, CallOffQuotationService quotations,
                                cn.gov.legalprocurement.tender.OpeningService opening) {
        Mocks.register("startQuotationOpeningDelegate", new StartQuotationOpeningDelegate(opening));
        Mocks.register("awardLowestQuotationDelegate", new AwardLowestQuotationDelegate(quotations));
        Mocks.register("publishShortlistDelegate", new PublishShortlistDelegate(agreements));
        Mocks.register("concludeFrameworkAgreementDelegate", new ConcludeFrameworkAgreementDelegate(agreements));
        Mocks.register("expireFrameworkAgreementDelegate", new ExpireFrameworkAgreementDelegate(agreements));
        Mocks.register("lapseCallOffDelegate", new LapseCallOffDelegate(callOffs));
    }
}
