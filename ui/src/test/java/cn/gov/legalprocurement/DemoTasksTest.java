package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.user.UserDirectory;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo data leaves every role something to do, so that a trainee can walk each step of the flow
 * at once: each task waits with its statutory time to answer still ahead.
 */
class DemoTasksTest extends RunningPortal {

    @Autowired
    UserDirectory users;
    @Autowired
    ProjectService projects;

    @Test
    void everyRoleHasATaskWaitingWithItsTimeStillAhead() {
        assertWaiting(List.of("head-danghu"), ProcessModel.ProjectApplication.TASK_APPROVE);
        assertWaiting(List.of("finance"), ProcessModel.BudgetCommitment.TASK_FINANCE_REVIEW);
        assertWaiting(numbered("expert", 9), ProcessModel.Tendering.TASK_NEGOTIATE_ROUND);
        assertWaiting(numbered("expert", 9), ProcessModel.Tendering.TASK_SCORE_BIDS);
        assertWaiting(List.of("head-office"), ProcessModel.Tendering.TASK_CONFIRM_WINNER);
        assertWaiting(List.of("purchaser-office"), ProcessModel.Tendering.TASK_PUBLISH_AWARD);
        assertWaiting(numbered("provider", 6), ProcessModel.ContractSignatures.TASK_SIGN_PROVIDER);
        assertWaiting(List.of("purchaser"), ProcessModel.ContractSignatures.TASK_SIGN_PURCHASER);
        assertWaiting(numbered("provider", 6), ProcessModel.PerformanceMonitoring.TASK_REPORT);
        assertWaiting(List.of("purchaser"), ProcessModel.AcceptanceEvaluation.TASK_EVALUATE);
        assertWaiting(List.of("head"), ProcessModel.Payment.TASK_APPROVE);
        assertWaiting(List.of("finance"), ProcessModel.Payment.TASK_RELEASE);
        assertWaiting(numbered("provider", 6), ProcessModel.Tendering.TASK_ANSWER_CALL_OFF);
        assertWaiting(List.of("purchaser"), ProcessModel.BidBondRefund.TASK_REFUND);
        // and a tender still open for the providers who have not bid yet
        assertThat(projects.openForBids()).isNotEmpty();
    }

    private void assertWaiting(List<String> usernames, String taskKey) {
        Instant now = Instant.now();
        List<WorkTask> waiting = usernames.stream().flatMap(u -> tasks.myTasks(users.actor(u)).stream())
                .filter(t -> t.taskKey().equals(taskKey)).toList();
        assertThat(waiting).as("%s waiting for %s", taskKey, usernames).isNotEmpty();
        assertThat(waiting).as("%s due after now", taskKey).anyMatch(t -> t.due() == null || t.due().isAfter(now));
    }

    private static List<String> numbered(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
    }
}
