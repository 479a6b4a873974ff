package cn.gov.legalprocurement.publication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnouncementRepository extends JpaRepository<Announcement, Long> {

    List<Announcement> findByProjectIdOrderByPublishedAtAsc(Long projectId);

    List<Announcement> findTop100ByOrderByPublishedAtDesc();

    List<Announcement> findTop100ByKindOrderByPublishedAtDesc(Announcement.Kind kind);
}
