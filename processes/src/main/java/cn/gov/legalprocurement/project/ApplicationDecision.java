package cn.gov.legalprocurement.project;

public enum ApplicationDecision {
    APPROVE, RETURN, REJECT
}
