package cn.gov.legalprocurement.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of the evaluation expert pool (评审专家库); logs in as the user of the same name. */
@Entity
@Table(name = "expert")
public class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String specialty;
    @Column(name = "employer_id")
    private Long employerId;
    @Column(nullable = false)
    private boolean active;

    protected Expert() {
    }

    public Expert(String username, String name, String specialty, Long employerId) {
        this.username = username;
        this.name = name;
        this.specialty = specialty;
        this.employerId = employerId;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public String getSpecialty() {
        return specialty;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public boolean isActive() {
        return active;
    }
}
