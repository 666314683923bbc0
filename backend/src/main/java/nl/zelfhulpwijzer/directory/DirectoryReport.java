package nl.zelfhulpwijzer.directory;

import java.time.Instant;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A public report of wrong information about a group or meeting; stores nothing about the reporter. */
@Entity
@Table(name = "directory_report")
public class DirectoryReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public SelfHelpGroup group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    @Enumerated(EnumType.STRING)
    public ReportReason reason;

    public String message;

    @Enumerated(EnumType.STRING)
    public ReportStatus status = ReportStatus.OPEN;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "handled_by")
    public String handledBy;

    @Column(name = "handled_at")
    public Instant handledAt;

    @Version
    public int version;
}
