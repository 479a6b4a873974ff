package cn.gov.legalprocurement.budget;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.ProcessTestSupport;
import cn.gov.legalprocurement.project.ProcurementProject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two projects racing for one budget line: the line's lock lets exactly one of them commit. */
class BudgetConcurrencyTest extends ProcessTestSupport {

    @Autowired
    BudgetService budget;

    @Test
    void twoProjectsCannotOverCommitOneLine() throws Exception {
        Unit unit = fixtures.newUnit("1000000");
        ProcurementProject a = apply(unit, fixtures.villageAdviser, "300");   // 600,000 each
        ProcurementProject b = apply(unit, fixtures.villageAdviser, "300");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (ProcurementProject p : List.of(a, b)) {
                Callable<String> commit = () -> {
                    start.await();
                    try {
                        budget.commit(p.getId());
                        return "committed";
                    } catch (BudgetService.InsufficientBudget e) {
                        return "refused: " + e.getMessage();
                    }
                };
                results.add(pool.submit(commit));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn("committed"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.startsWith("refused")).singleElement().asString().contains("400,000.00");
        } finally {
            pool.shutdownNow();
        }
        assertThat(budget.line(unit.budgetLineId()).getCommitted()).isEqualByComparingTo("600000.00");
        assertThat(budget.unpaidCommitment(a.getId()).add(budget.unpaidCommitment(b.getId()))).isEqualByComparingTo("600000.00");
    }
}
