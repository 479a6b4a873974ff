package cn.gov.legalprocurement.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member of an evaluation committee who logs in as the user of the same name: an expert of the pool (评审专家库),
 * drawn at random, or a purchasing unit's representative (采购人代表), named by the unit and never drawn.
 */
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
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind = Kind.POOL;

    public enum Kind { POOL, PURCHASER_REPRESENTATIVE }

    protected Expert() {
    }

    /** The committee record of a purchasing unit's representative: not in the pool, so never drawn. */
    static Expert representative(String username, String name, long purchaserId) {
        Expert e = new Expert(username, name, "采购人代表", purchaserId);
        e.kind = Kind.PURCHASER_REPRESENTATIVE;
        e.active = false;
        return e;
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

    public Kind getKind() {
        return kind;
    }
}
