package cn.gov.legalprocurement.catalogue;

/** The three groups of performance indicators (业务规范指标, 服务效果指标, 社会评价指标). */
public enum IndicatorGroup {
    PROCESS_COMPLIANCE, SERVICE_RESULTS, SOCIAL_EVALUATION
}
