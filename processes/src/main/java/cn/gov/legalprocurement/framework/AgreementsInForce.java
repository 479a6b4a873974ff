package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.project.FrameworkAgreements;
import cn.gov.legalprocurement.project.ProjectItem;
import cn.gov.legalprocurement.project.ProjectItemRepository;
import cn.gov.legalprocurement.project.ProjectRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The framework feature's answer to what a call-off may be made under: the agreements in force and their items. */
@Component
class AgreementsInForce implements FrameworkAgreements {

    private final FrameworkAgreementRepository agreements;
    private final ProjectRepository projects;
    private final ProjectItemRepository projectItems;
    private final CatalogueService catalogue;

    AgreementsInForce(FrameworkAgreementRepository agreements, ProjectRepository projects, ProjectItemRepository projectItems,
                      CatalogueService catalogue) {
        this.agreements = agreements;
        this.projects = projects;
        this.projectItems = projectItems;
        this.catalogue = catalogue;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InForce> inForce(long agreementId, LocalDate on) {
        return agreements.findById(agreementId).filter(a -> a.inForceOn(on)).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<InForce> inForceIn(String jurisdictionCode, LocalDate on) {
        return agreements.findByJurisdictionCodeAndStatusOrderByIdDesc(jurisdictionCode, FrameworkAgreement.Status.IN_FORCE)
                .stream().filter(a -> a.inForceOn(on)).map(this::view).toList();
    }

    private InForce view(FrameworkAgreement a) {
        return new InForce(a.getId(), a.getCode(), projects.findById(a.getProjectId()).orElseThrow().getTitle(),
                a.getJurisdictionCode(), a.getTermStart(), a.getTermEnd(),
                projectItems.findByProjectId(a.getProjectId()).stream().map(ProjectItem::getCatalogueItemId)
                        .map(id -> catalogue.item(id).getCode()).collect(Collectors.toSet()),
                a.getCallOffRule());
    }
}
