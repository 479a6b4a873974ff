package cn.gov.legalprocurement.catalogue;

/** The unit a catalogue item is priced in, with the word the contracts and notices use for it. */
public enum ServiceUnit {
    DAY("天"), SESSION("场"), CASE("件"), HOUR("小时"), MONTH("月"), YEAR("年"), ITEM("项");

    private final String label;

    ServiceUnit(String label) {
        this.label = label;
    }

    /** The unit in the Chinese of the documents (the portal's screens take theirs from the bundles). */
    public String label() {
        return label;
    }
}
