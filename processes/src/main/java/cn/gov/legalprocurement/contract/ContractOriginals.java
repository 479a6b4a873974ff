package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.project.OriginalContracts;
import cn.gov.legalprocurement.project.ProjectItem;
import cn.gov.legalprocurement.project.ProjectItemRepository;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The contract feature's answer to what an add-on purchase adds to: its signed contracts and their items. */
@Component
class ContractOriginals implements OriginalContracts {

    /** Signed by both parties: in force, accepted or closed. */
    private static final Set<Contract.Status> SIGNED = EnumSet.of(Contract.Status.SIGNED, Contract.Status.IN_FORCE,
            Contract.Status.ACCEPTED, Contract.Status.CLOSED);

    private final ContractRepository contracts;
    private final ProjectItemRepository projectItems;
    private final CatalogueService catalogue;

    ContractOriginals(ContractRepository contracts, ProjectItemRepository projectItems, CatalogueService catalogue) {
        this.contracts = contracts;
        this.projectItems = projectItems;
        this.catalogue = catalogue;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Original> original(long contractId) {
        return contracts.findById(contractId).map(this::original);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Original> signedOf(long purchaserId) {
        return contracts.findByPurchaserIdOrderByIdDesc(purchaserId).stream().filter(c -> SIGNED.contains(c.getStatus()))
                .map(this::original).toList();
    }

    private Original original(Contract c) {
        return new Original(c.getId(), c.getCode(), c.getTitle(), c.getPurchaserId(), c.getProviderId(), c.getOriginalAmount(),
                projectItems.findByProjectId(c.getProjectId()).stream().map(ProjectItem::getCatalogueItemId)
                        .map(id -> catalogue.item(id).getCode()).collect(Collectors.toSet()),
                SIGNED.contains(c.getStatus()));
    }
}
