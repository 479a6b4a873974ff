package cn.gov.legalprocurement.evaluation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.workflow.EngineOnlyModelTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The evaluation feature's expression beans, for the tendering model's engine-only test: the real delegates
 * and committee (package-private here) on the given, usually mocked, service.
 */
public final class EvaluationModelBeans {

    private EvaluationModelBeans() {
    }

    public static void register(EvaluationService evaluation, NegotiationService negotiation) {
        Mocks.register("drawCommitteeDelegate", new DrawCommitteeDelegate(evaluation));
        Mocks.register("rankBidsDelegate", new RankBidsDelegate(evaluation));
        Mocks.register("reopenEvaluationDelegate", new ReopenEvaluationDelegate(evaluation));
        Mocks.register("rankFinalQuotationsDelegate", new RankFinalQuotationsDelegate(negotiation));
        Mocks.register("committee", new Committee(evaluation));
    }

    /** The chair records a round through the real handler; the (mocked) service answers with the given outcome. */
    public static void negotiateRound(Task task, NegotiationService.Outcome outcome, LocalDateTime finalQuotationDeadline,
                                      Actor actor) {
        NegotiationService negotiation = mock(NegotiationService.class);
        when(negotiation.recordRound(eq(actor), anyLong(), anyString(), any(), anyMap(), anyBoolean(), any()))
                .thenReturn(outcome);
        EngineOnlyModelTest.completeWith(task, new NegotiateRoundHandler(negotiation), new NegotiateRoundHandler.Form(
                "逐一谈判服务方案与报价", null, Map.of(), outcome.next() == NegotiationService.Next.FINAL_QUOTATIONS,
                finalQuotationDeadline));
    }

    public static NegotiationService.Outcome outcome(NegotiationService.Next next, Instant deadline, Instant decryptionEnds) {
        return new NegotiationService.Outcome(next, 3, 3, deadline, decryptionEnds);
    }
}
