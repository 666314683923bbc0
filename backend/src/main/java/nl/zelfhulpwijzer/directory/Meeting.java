package nl.zelfhulpwijzer.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One recurring meeting of a group: weekly, or monthly on the nth weekday; in person, online or both. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Unique and stable (Meeting Guide bookmarks use it). */
    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public SelfHelpGroup group;

    /** Null: the group's name. */
    public String name;

    @Enumerated(EnumType.STRING)
    public Frequency frequency;

    /** ISO day, 1 = Monday. */
    @Column(name = "day_of_week")
    public short dayOfWeek;

    /** MONTHLY only: 1–4, or -1 for the last such weekday of the month. */
    @Column(name = "week_of_month")
    public Short weekOfMonth;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "end_time")
    public LocalTime endTime;

    @Column(name = "time_zone")
    public String timeZone = "Europe/Amsterdam";

    /** Null: online only. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    public Location location;

    @Column(name = "conference_url")
    public String conferenceUrl;

    @Column(name = "conference_phone")
    public String conferencePhone;

    @Column(name = "conference_notes")
    public String conferenceNotes;

    /** Meeting Guide type codes, e.g. O, C, D, BE. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] types = new String[0];

    public String notes;

    @Column(name = "temporarily_closed")
    public boolean temporarilyClosed;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public MeetingSchedule schedule() {
        return new MeetingSchedule(frequency, DayOfWeek.of(dayOfWeek), weekOfMonth == null ? null : weekOfMonth.intValue(),
                startTime, endTime, ZoneId.of(timeZone));
    }

    public AttendanceMode attendance() {
        boolean conference = (conferenceUrl != null && !conferenceUrl.isBlank())
                || (conferencePhone != null && !conferencePhone.isBlank());
        return AttendanceMode.derive(location != null && location.isSpecific(), conference, temporarilyClosed);
    }

    public String displayName() {
        return name != null && !name.isBlank() ? name : group.name;
    }
}
