package cn.gov.legalprocurement.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A purchasing unit, a provider or a department. Provider columns (type, licence, SME size,
 * qualification and credit status) are empty for the others.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public enum QualificationStatus { PENDING, VERIFIED, REJECTED }

    public enum CreditStatus { GOOD, WARNING, EXCLUDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;
    @Column(name = "jurisdiction_code", nullable = false)
    private String jurisdictionCode;
    @Column(name = "credit_code")
    private String creditCode;
    @Column(name = "contact_person")
    private String contactPerson;
    @Column(name = "contact_phone")
    private String contactPhone;
    private String address;
    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type")
    private ProviderType providerType;
    @Column(name = "licence_number")
    private String licenceNumber;
    @Column(name = "licence_valid_until")
    private LocalDate licenceValidUntil;
    @Enumerated(EnumType.STRING)
    @Column(name = "sme_size")
    private SmeSize smeSize;
    @Enumerated(EnumType.STRING)
    @Column(name = "qualification_status")
    private QualificationStatus qualificationStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "credit_status")
    private CreditStatus creditStatus;
    @Column(name = "excluded_until")
    private LocalDate excludedUntil;
    @Column(name = "exclusion_reason")
    private String exclusionReason;
    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String code, String name, OrganisationKind kind, String jurisdictionCode) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.jurisdictionCode = jurisdictionCode;
    }

    /** Makes this organisation a provider awaiting JUSTICE's verification of its qualifications. */
    public Organisation asProvider(ProviderType type, String licenceNumber, LocalDate licenceValidUntil, SmeSize size) {
        this.providerType = type;
        this.licenceNumber = licenceNumber;
        this.licenceValidUntil = licenceValidUntil;
        this.smeSize = size;
        this.qualificationStatus = QualificationStatus.PENDING;
        this.creditStatus = CreditStatus.GOOD;
        return this;
    }

    public Organisation withContact(String creditCode, String person, String phone) {
        this.creditCode = creditCode;
        this.contactPerson = person;
        this.contactPhone = phone;
        return this;
    }

    void verify(boolean approved) {
        this.qualificationStatus = approved ? QualificationStatus.VERIFIED : QualificationStatus.REJECTED;
    }

    void exclude(LocalDate until, String reason) {
        this.creditStatus = CreditStatus.EXCLUDED;
        this.excludedUntil = until;
        this.exclusionReason = reason;
    }

    /** May this provider take part in a procurement on the given day? Null when yes, else the reason key. */
    public String ineligibilityOn(LocalDate day) {
        if (kind != OrganisationKind.PROVIDER) {
            return "error.provider.not-provider";
        }
        if (qualificationStatus != QualificationStatus.VERIFIED) {
            return "error.provider.not-verified";
        }
        if (licenceValidUntil == null || licenceValidUntil.isBefore(day)) {
            return "error.provider.licence-expired";
        }
        if (creditStatus == CreditStatus.EXCLUDED && (excludedUntil == null || !excludedUntil.isBefore(day))) {
            return "error.provider.excluded";
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public String getCreditCode() {
        return creditCode;
    }

    /** How suppliers reach a purchasing unit: the notice prints it for inquiries and challenges. */
    public void contact(String person, String phone, String address) {
        this.contactPerson = person;
        this.contactPhone = phone;
        this.address = address;
    }

    public String getAddress() {
        return address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public ProviderType getProviderType() {
        return providerType;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LocalDate getLicenceValidUntil() {
        return licenceValidUntil;
    }

    /** A medium, small or micro enterprise (财库〔2020〕46号), the only suppliers of a project reserved for SMEs. */
    public boolean isSme() {
        return smeSize != null && smeSize != SmeSize.LARGE;
    }

    public SmeSize getSmeSize() {
        return smeSize;
    }

    public QualificationStatus getQualificationStatus() {
        return qualificationStatus;
    }

    public CreditStatus getCreditStatus() {
        return creditStatus;
    }

    public LocalDate getExcludedUntil() {
        return excludedUntil;
    }

    public String getExclusionReason() {
        return exclusionReason;
    }
}
