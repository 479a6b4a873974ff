package cn.gov.legalprocurement.evaluation;

import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The evaluation feature's expression beans, for the tendering model's engine-only test: the real delegates
 * and committee (package-private here) on the given, usually mocked, service.
 */
public final class EvaluationModelBeans {

    private EvaluationModelBeans() {
    }

    public static void register(EvaluationService evaluation) {
        Mocks.register("drawCommitteeDelegate", new DrawCommitteeDelegate(evaluation));
        Mocks.register("rankBidsDelegate", new RankBidsDelegate(evaluation));
        Mocks.register("reopenEvaluationDelegate", new ReopenEvaluationDelegate(evaluation));
        Mocks.register("committee", new Committee(evaluation));
    }
}
