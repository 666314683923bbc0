package nl.zelfhulpwijzer.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.zelfhulpwijzer.advice.Route;
import nl.zelfhulpwijzer.advice.TreatmentPhase;
import nl.zelfhulpwijzer.common.concurrency.EntityTag;
import nl.zelfhulpwijzer.pathways.IntegrationLevel;

/**
 * A referral (verwijzing) of one institution to a self-help organisation, group or meeting. The client appears only
 * as an opaque reference; nothing is stored about the group's members.
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    public String institution;

    @Column(name = "client_ref")
    public String clientRef;

    @Column(name = "organisation_id")
    public String organisationId;

    @Column(name = "group_slug")
    public String groupSlug;

    @Column(name = "meeting_slug")
    public String meetingSlug;

    @Enumerated(EnumType.STRING)
    public IntegrationLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "treatment_phase")
    public TreatmentPhase treatmentPhase;

    @Enumerated(EnumType.STRING)
    public Route route;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "advice_snapshot")
    public AdviceSnapshot adviceSnapshot;

    @Column(name = "in_care_plan")
    public boolean inCarePlan;

    @Column(name = "trial_agreed")
    public boolean trialAgreed;

    @Column(name = "consent_topics")
    public String consentTopics;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_from")
    public ConsentFrom consentFrom;

    @Column(name = "consent_until")
    public LocalDate consentUntil;

    public String note;

    @Enumerated(EnumType.STRING)
    public ReferralStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "first_meeting_on")
    public LocalDate firstMeetingOn;

    @Column(name = "follow_up_due")
    public LocalDate followUpDue;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evaluation_dates")
    public LocalDate[] evaluationDates = new LocalDate[0];

    @Enumerated(EnumType.STRING)
    @Column(name = "first_meeting")
    public FirstMeeting firstMeeting;

    @Column(name = "meetings_attended")
    public Integer meetingsAttended;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_for_me_reason")
    public NotForMeReason notForMeReason;

    public Boolean continues;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "checkin_answer")
    public CheckinAnswer checkinAnswer;

    @Column(name = "checkin_at")
    public Instant checkinAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "modified_at")
    public Instant modifiedAt;

    /** When the referral reached a final status; the retention period counts from here. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    /** Polling cursor, set by a database trigger on every write (V51); read-only here. */
    @Column(name = "change_seq", insertable = false, updatable = false)
    public Long changeSeq;

    public EntityTag etag() {
        return EntityTag.of(version);
    }

    public boolean hasConsent(LocalDate on) {
        return consentFrom != null && (consentUntil == null || !on.isAfter(consentUntil));
    }

    /** Whether the client may get a check-in link on that day: consent given by the client and the referral open. */
    public boolean clientMayCheckIn(LocalDate on) {
        return hasConsent(on) && consentFrom == ConsentFrom.CLIENT && closedAt == null;
    }
}
