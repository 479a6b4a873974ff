package cn.gov.legalprocurement.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A class of the guiding catalogue (e.g. 法治政府类) within one of the two top-level categories. */
@Entity
@Table(name = "catalogue_class")
public class CatalogueClass {

    public static final String PUBLIC_LEGAL_SERVICE = "PUBLIC_LEGAL_SERVICE";
    public static final String AUXILIARY_LEGAL_SERVICE = "AUXILIARY_LEGAL_SERVICE";

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String category;

    protected CatalogueClass() {
    }

    public CatalogueClass(String code, String name, String category) {
        this.code = code;
        this.name = name;
        this.category = category;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }
}
