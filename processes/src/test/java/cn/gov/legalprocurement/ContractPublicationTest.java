package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.PublishContractHandler;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.publication.PublicationService;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractPublication;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rule {@code contract-publication-working-days} (2, 实施条例 50): a signed contract comes into force at once and is
 * published within two working days of its signing, by the purchaser who checks its text, or else by the portal
 * in the period's last hour; it is published once, and the performance does not wait for it.
 */
class ContractPublicationTest extends ProcessTestSupport {

    @Autowired
    PublicationService publication;
    @Autowired
    JdbcTemplate jdbc;

    private Contract contractOf(ProcurementProject p) {
        return contracts.ofProject(p.getId());
    }

    private boolean announced(ProcurementProject p) {
        return publication.ofProject(p.getId()).stream().anyMatch(a -> a.getKind() == Announcement.Kind.CONTRACT);
    }

    private Instant dueAfterSigning(Contract contract) {
        LocalDate signed = PortalClock.dayOf(contract.signedAt());
        return PortalClock.startOfDay(deadlines.addWorkingDays(signed, 2).plusDays(1));
    }

    @Test
    void thePurchaserPublishesTheSignedContractWithinTwoWorkingDaysAndOnlyOnce() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        Contract contract = contractOf(p);
        assertThat(contract.getStatus()).isEqualTo(Contract.Status.IN_FORCE);
        assertThat(contract.getDocumentSha256()).isNotNull();
        assertThat(contract.getPublishedAt()).isNull();
        assertThat(announced(p)).isFalse();
        assertThat(instance(p, ProcessModel.PerformanceMonitoring.ID)).as("the performance does not wait").isNotNull();
        assertThat(task(unit.purchaser(), p, ContractPublication.TASK_PUBLISH).due()).isEqualTo(dueAfterSigning(contract));

        assertThatThrownBy(() -> complete(unit.purchaser(), p, ContractPublication.TASK_PUBLISH, new PublishContractHandler.Form(false)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.field()).isEqualTo("checked"));
        assertThat(announced(p)).as("a refusal publishes nothing").isFalse();
        publishContract(unit, p);
        assertThat(contractOf(p).getPublishedAt()).isEqualTo(now());
        Announcement notice = publication.ofProject(p.getId()).stream().filter(a -> a.getKind() == Announcement.Kind.CONTRACT)
                .findFirst().orElseThrow();
        assertThat(notice.getBody()).contains(contract.getCode(), "文件指纹（SHA-256）：" + contract.getDocumentSha256());
        assertThat(instance(p, ContractPublication.ID)).isNull();
        assertThatThrownBy(() -> contractPublication.publish(fixtures.actor(unit.purchaser()), contract.getId()))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.contract.publication-not-open"));
        assertThat(publication.ofProject(p.getId()).stream().filter(a -> a.getKind() == Announcement.Kind.CONTRACT)).hasSize(1);
    }

    @Test
    void whereThePurchaserHasNotPublishedItThePortalDoesInThePeriodsLastHour() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        Contract contract = contractOf(p);
        Instant lastHour = dueAfterSigning(contract).minus(Duration.ofHours(1));
        at(lastHour.minusSeconds(1));
        fireDueTimers();
        assertThat(announced(p)).isFalse();
        at(lastHour);
        assertThat(fireDueTimers()).isPositive();
        assertThat(announced(p)).isTrue();
        assertThat(contractOf(p).getPublishedAt()).isEqualTo(lastHour);
        assertThat(findTask(unit.purchaser(), p, ContractPublication.TASK_PUBLISH)).isEmpty();
        assertThat(jdbc.queryForObject("select actor from audit_event where action = 'contract.publish' and object_id = ?",
                String.class, String.valueOf(contract.getId()))).isEqualTo("system");
    }
}
