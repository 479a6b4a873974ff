package cn.gov.legalprocurement.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectItemRepository extends JpaRepository<ProjectItem, Long> {

    List<ProjectItem> findByProjectId(Long projectId);
}
