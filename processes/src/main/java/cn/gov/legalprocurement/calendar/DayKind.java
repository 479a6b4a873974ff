package cn.gov.legalprocurement.calendar;

/** How the holiday table marks a date: a day off, or a weekend day that is worked (调休). */
public enum DayKind {
    HOLIDAY, WORKDAY
}
