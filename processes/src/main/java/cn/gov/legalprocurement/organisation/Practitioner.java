package cn.gov.legalprocurement.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lawyer, legal worker or mediator of a provider. */
@Entity
@Table(name = "practitioner")
public class Practitioner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;
    @Column(nullable = false)
    private String name;
    @Column(name = "licence_number", nullable = false)
    private String licenceNumber;
    @Column(name = "practice_area")
    private String practiceArea;
    @Column(name = "years_of_practice", nullable = false)
    private int yearsOfPractice;

    protected Practitioner() {
    }

    public Practitioner(Long organisationId, String name, String licenceNumber, String practiceArea, int yearsOfPractice) {
        this.organisationId = organisationId;
        this.name = name;
        this.licenceNumber = licenceNumber;
        this.practiceArea = practiceArea;
        this.yearsOfPractice = yearsOfPractice;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public String getPracticeArea() {
        return practiceArea;
    }

    public int getYearsOfPractice() {
        return yearsOfPractice;
    }
}
