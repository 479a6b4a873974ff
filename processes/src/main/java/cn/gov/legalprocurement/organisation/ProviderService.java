package cn.gov.legalprocurement.organisation;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Provider registration, JUSTICE's verification of qualifications, and exclusion for bad credit. */
@Service
public class ProviderService {

    public record Registration(String code, String name, String jurisdictionCode, ProviderType type,
                               String creditCode, String licenceNumber, LocalDate licenceValidUntil, SmeSize smeSize,
                               String contactPerson, String contactPhone) {
    }

    private final OrganisationRepository organisations;
    private final PractitionerRepository practitioners;
    private final JurisdictionRepository jurisdictions;
    private final AuditLog audit;
    private final PortalClock clock;

    public ProviderService(OrganisationRepository organisations, PractitionerRepository practitioners,
                           JurisdictionRepository jurisdictions, AuditLog audit, PortalClock clock) {
        this.organisations = organisations;
        this.practitioners = practitioners;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers a provider; its qualifications wait for JUSTICE's verification. */
    @Transactional
    public Organisation register(String registeredBy, Registration r) {
        Texts.require("name", r.name(), 200);
        Texts.require("code", r.code(), 40);
        Texts.require("licenceNumber", r.licenceNumber(), 60);
        Texts.optional("contactPerson", r.contactPerson(), 60);
        Texts.optional("contactPhone", r.contactPhone(), 30);
        if (r.type() == null) {
            throw PortalException.invalid("type", "error.required");
        }
        if (r.smeSize() == null) {
            throw PortalException.invalid("smeSize", "error.required");
        }
        if (r.creditCode() == null || !r.creditCode().matches("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}")) {
            throw PortalException.invalid("creditCode", "error.credit-code");
        }
        if (r.licenceValidUntil() == null || r.licenceValidUntil().isBefore(clock.today())) {
            throw PortalException.invalid("licenceValidUntil", "error.provider.licence-expired");
        }
        if (!jurisdictions.existsById(r.jurisdictionCode())) {
            throw PortalException.invalid("jurisdictionCode", "error.unknown", r.jurisdictionCode());
        }
        if (organisations.findByCode(r.code()).isPresent()) {
            throw PortalException.conflict("code", "error.duplicate", r.code());
        }
        Organisation provider = organisations.save(new Organisation(r.code(), r.name(), OrganisationKind.PROVIDER, r.jurisdictionCode())
                .asProvider(r.type(), r.licenceNumber(), r.licenceValidUntil(), r.smeSize())
                .withContact(r.creditCode(), r.contactPerson(), r.contactPhone()));
        audit.record(registeredBy, "provider.register", Organisation.class, provider.getId(), null, r);
        return provider;
    }

    @Transactional
    public Practitioner addPractitioner(Actor actor, long providerId, String name, String licenceNumber, String area, int years) {
        actor.require(Role.PROVIDER).requireOrganisation(providerId);
        Texts.require("name", name, 60);
        Texts.require("licenceNumber", licenceNumber, 60);
        Texts.optional("practiceArea", area, 100);
        if (years < 0) {
            throw PortalException.invalid("yearsOfPractice", "error.not-negative");
        }
        Practitioner p = practitioners.save(new Practitioner(providerId, name, licenceNumber, area, years));
        audit.record(actor, "provider.add-practitioner", Organisation.class, providerId, null,
                Map.of("practitioner", name, "licence", licenceNumber));
        return p;
    }

    /** JUSTICE verifies (or rejects) a provider's licence and qualifications. */
    @Transactional
    public void verify(Actor actor, long providerId, boolean approved, String remark) {
        actor.require(Role.JUSTICE);
        String note = Texts.optional("remark", remark, 500);
        Organisation provider = provider(providerId);
        var before = provider.getQualificationStatus();
        provider.verify(approved);
        audit.record(actor, "provider.verify", Organisation.class, providerId, Map.of("status", before),
                Map.of("status", provider.getQualificationStatus(), "remark", note == null ? "" : note));
    }

    /** FINANCE records a debarment (e.g. after a finding of bad faith), so the provider cannot bid. */
    @Transactional
    public void exclude(Actor actor, long providerId, LocalDate until, String reason) {
        actor.require(Role.FINANCE);
        Texts.require("reason", reason, 500);
        if (until == null || !until.isAfter(clock.today())) {
            throw PortalException.invalid("until", "error.date.future");
        }
        Organisation provider = provider(providerId);
        provider.exclude(until, reason);
        audit.record(actor, "provider.exclude", Organisation.class, providerId, null, Map.of("until", until, "reason", reason));
    }

    @Transactional(readOnly = true)
    public List<Organisation> providers() {
        return organisations.findByKindOrderByName(OrganisationKind.PROVIDER);
    }

    @Transactional(readOnly = true)
    public Organisation provider(long id) {
        Organisation o = organisations.findById(id).orElseThrow(() -> PortalException.notFound("Organisation", id));
        if (o.getKind() != OrganisationKind.PROVIDER) {
            throw PortalException.notFound("Provider", id);
        }
        return o;
    }
}
