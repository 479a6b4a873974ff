package cn.gov.legalprocurement.project;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<ProcurementProject, Long> {

    Optional<ProcurementProject> findByCode(String code);

    List<ProcurementProject> findByPurchaserIdOrderByCreatedAtDesc(Long purchaserId);

    List<ProcurementProject> findAllByOrderByCreatedAtDesc();

    List<ProcurementProject> findByStageOrderByBidDeadlineAsc(ProjectStage stage);

    long countByPurchaserIdAndFiscalYear(Long purchaserId, int fiscalYear);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ProcurementProject p where p.id = :id")
    Optional<ProcurementProject> lockById(Long id);

    /**
     * What a purchasing unit has bought of one catalogue item in one fiscal year outside the tender
     * methods (or before a method was chosen), not counting cancelled projects: the base of the
     * splitting check (IR 28).
     */
    @Query("""
            select coalesce(sum(i.amount), 0) from ProjectItem i, ProcurementProject p
             where i.projectId = p.id and p.purchaserId = :purchaserId and p.fiscalYear = :fiscalYear
               and i.catalogueItemId in (select c.id from CatalogueItem c where c.code in :itemCodes) and p.stage <> cn.gov.legalprocurement.project.ProjectStage.CANCELLED
               and (p.method is null or p.method not in (cn.gov.legalprocurement.project.ProcurementMethod.OPEN_TENDER,
                                                         cn.gov.legalprocurement.project.ProcurementMethod.INVITED_TENDER))
            """)
    BigDecimal nonTenderSpend(Long purchaserId, int fiscalYear, Collection<String> itemCodes);

    /** What the add-on purchases to one contract come to, not counting cancelled projects (政府采购法 art. 31(3)). */
    @Query("""
            select coalesce(sum(p.estimatedAmount), 0) from ProcurementProject p
             where p.addOnToContractId = :contractId and p.stage <> cn.gov.legalprocurement.project.ProjectStage.CANCELLED
            """)
    BigDecimal addOnSpend(Long contractId);
}
