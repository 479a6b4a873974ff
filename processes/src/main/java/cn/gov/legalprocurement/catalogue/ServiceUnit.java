package cn.gov.legalprocurement.catalogue;

/** The unit a catalogue item is priced in. */
public enum ServiceUnit {
    DAY, SESSION, CASE, HOUR, MONTH, YEAR, ITEM
}
