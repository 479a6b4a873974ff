package cn.gov.legalprocurement.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertRepository extends JpaRepository<Expert, Long> {

    List<Expert> findByActiveTrueOrderById();

    Optional<Expert> findByUsername(String username);
}
