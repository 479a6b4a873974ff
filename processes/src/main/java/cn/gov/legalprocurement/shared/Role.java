package cn.gov.legalprocurement.shared;

/** The roles of the portal; the names double as Camunda candidate groups. */
public enum Role {
    PURCHASER, PURCHASER_HEAD, FINANCE, JUSTICE, PROVIDER, EXPERT, SUPERVISOR, ADMIN
}
