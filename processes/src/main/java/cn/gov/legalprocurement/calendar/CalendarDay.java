package cn.gov.legalprocurement.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A day an administrator added to (or corrected in) the shipped holiday table. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;
    @Column(nullable = false)
    private String name;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String name, String updatedBy, Instant updatedAt) {
        this.day = day;
        this.kind = kind;
        this.name = name;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
