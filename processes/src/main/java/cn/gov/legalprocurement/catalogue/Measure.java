package cn.gov.legalprocurement.catalogue;

/** What a provider reports and an indicator targets, with the unit documents print after a figure. */
public enum Measure {
    SERVICE_HOURS("小时"), DUTY_DAYS("天"), CASES("件"), CONSULTATIONS("人次"), LECTURES("场"), MEDIATIONS("件"),
    DOCUMENTS_REVIEWED("件");

    private final String unit;

    Measure(String unit) {
        this.unit = unit;
    }

    /** The unit of a figure of this measure, as documents print it (件, 小时 ...). */
    public String unit() {
        return unit;
    }
}
