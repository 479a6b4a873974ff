package cn.gov.legalprocurement.user;

import cn.gov.legalprocurement.shared.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PortalUserRepository extends JpaRepository<PortalUser, Long> {

    Optional<PortalUser> findByUsername(String username);

    @Query("select u from PortalUser u join u.roles r where r = :role and u.organisationId = :organisationId")
    List<PortalUser> findByRoleAndOrganisation(Role role, Long organisationId);
}
