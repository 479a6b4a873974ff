package cn.gov.legalprocurement.catalogue;

public enum CatalogueStatus {
    DRAFT, UNDER_REVIEW, PUBLISHED, RETIRED, WITHDRAWN
}
