package cn.gov.legalprocurement.budget;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetCommitmentRepository extends JpaRepository<BudgetCommitment, Long> {

    Optional<BudgetCommitment> findByProjectIdAndStatus(Long projectId, BudgetCommitment.Status status);
}
