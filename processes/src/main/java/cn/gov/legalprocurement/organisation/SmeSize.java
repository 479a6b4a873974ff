package cn.gov.legalprocurement.organisation;

/** Enterprise size class (工信部联企业〔2011〕300号); SMALL and MICRO get the SME price deduction. */
public enum SmeSize {
    LARGE, MEDIUM, SMALL, MICRO;

    public boolean getsPriceDeduction() {
        return this == SMALL || this == MICRO;
    }

    public boolean isSme() {
        return this != LARGE;
    }
}
