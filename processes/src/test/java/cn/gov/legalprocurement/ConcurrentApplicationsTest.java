package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.project.ProcurementProject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One purchasing unit applies for several projects at the same moment — two of its purchasers on two nodes behind
 * the load balancer: each application is numbered after the unit's earlier ones of the year and checked against them
 * (splitting), so the applications of one unit are taken one after the other, none refused for a number another
 * took at the same instant.
 */
class ConcurrentApplicationsTest extends ProcessTestSupport {

    @Test
    void applicationsOfOneUnitAtTheSameMomentAllSucceedWithTheirOwnNumbers() throws Exception {
        Unit unit = fixtures.newUnit("9000000");
        int rounds = 5;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> codes = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ProcurementProject>> applied = new ArrayList<>();
                for (CatalogueItem item : List.of(fixtures.legalAidCase, fixtures.villageAdviser)) {
                    applied.add(pool.submit(() -> {
                        start.await();
                        return apply(unit, item, "10");
                    }));
                }
                start.countDown();
                for (Future<ProcurementProject> f : applied) {
                    codes.add(f.get(60, TimeUnit.SECONDS).getCode());
                }
            }
            assertThat(codes).hasSize(2 * rounds).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
