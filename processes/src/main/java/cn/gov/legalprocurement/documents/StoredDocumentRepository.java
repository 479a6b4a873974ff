package cn.gov.legalprocurement.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {

    List<StoredDocument> findByOwnerTypeAndOwnerIdOrderByCreatedAtDesc(String ownerType, Long ownerId);

    Optional<StoredDocument> findFirstByOwnerTypeAndOwnerIdAndKindOrderByIdDesc(String ownerType, Long ownerId, String kind);
}
