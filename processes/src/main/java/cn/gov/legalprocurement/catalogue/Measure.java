package cn.gov.legalprocurement.catalogue;

/** What a provider reports and an indicator targets. */
public enum Measure {
    SERVICE_HOURS, DUTY_DAYS, CASES, CONSULTATIONS, LECTURES, MEDIATIONS, DOCUMENTS_REVIEWED
}
