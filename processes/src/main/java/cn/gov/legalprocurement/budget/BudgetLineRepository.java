package cn.gov.legalprocurement.budget;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    /** Locks the line for the rest of the transaction: two commitments never read the same balance. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from BudgetLine b where b.id = :id")
    Optional<BudgetLine> lockById(Long id);

    List<BudgetLine> findByDepartmentIdOrderByFiscalYearDescCodeAsc(Long departmentId);

    List<BudgetLine> findAllByOrderByFiscalYearDescCodeAsc();
}
