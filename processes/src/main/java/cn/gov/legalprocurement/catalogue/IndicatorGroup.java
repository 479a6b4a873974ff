package cn.gov.legalprocurement.catalogue;

/** The three groups of performance indicators (业务规范指标, 服务效果指标, 社会评价指标). */
public enum IndicatorGroup {
    PROCESS_COMPLIANCE("业务规范指标"), SERVICE_RESULTS("服务效果指标"), SOCIAL_EVALUATION("社会评价指标");

    private final String label;

    IndicatorGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
