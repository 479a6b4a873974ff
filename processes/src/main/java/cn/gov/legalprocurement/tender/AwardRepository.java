package cn.gov.legalprocurement.tender;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRepository extends JpaRepository<Award, Long> {

    List<Award> findByProjectIdOrderByIdDesc(Long projectId);

    default Optional<Award> current(Long projectId) {
        return findByProjectIdOrderByIdDesc(projectId).stream().filter(a -> a.getStatus() != Award.Status.CANCELLED)
                .findFirst();
    }
}
