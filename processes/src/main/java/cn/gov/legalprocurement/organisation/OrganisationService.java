package cn.gov.legalprocurement.organisation;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the portal's pages read of organisations and jurisdictions (names and lists; no changes). */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final JurisdictionRepository jurisdictions;

    OrganisationService(OrganisationRepository organisations, JurisdictionRepository jurisdictions) {
        this.organisations = organisations;
        this.jurisdictions = jurisdictions;
    }

    /** The organisation's name as documents and lists print it; empty when it does not exist. */
    @Transactional(readOnly = true)
    public String nameOf(Long id) {
        return id == null ? "" : organisations.nameOf(id);
    }

    /** The code of the jurisdiction the organisation belongs to. */
    @Transactional(readOnly = true)
    public String jurisdictionOf(long id) {
        return organisations.findById(id).map(Organisation::getJurisdictionCode)
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + id));
    }

    /** Whether any organisation exists yet (a fresh portal has none until it is set up). */
    @Transactional(readOnly = true)
    public boolean any() {
        return organisations.count() > 0;
    }

    @Transactional(readOnly = true)
    public List<Jurisdiction> jurisdictions() {
        return jurisdictions.findAll();
    }
}
