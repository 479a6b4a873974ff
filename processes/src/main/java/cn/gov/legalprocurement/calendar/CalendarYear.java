package cn.gov.legalprocurement.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A year an administrator confirmed as covered by the calendar, after entering its holidays and make-up
 * working days: the notice names the State Council's notice the days come from.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    @Column(name = "calendar_year")
    private int year;
    @Column(nullable = false)
    private String notice;
    @Column(name = "confirmed_by", nullable = false)
    private String confirmedBy;
    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    protected CalendarYear() {
    }

    public CalendarYear(int year, String notice, String confirmedBy, Instant confirmedAt) {
        this.year = year;
        this.notice = notice;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    public int getYear() {
        return year;
    }

    public String getNotice() {
        return notice;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
