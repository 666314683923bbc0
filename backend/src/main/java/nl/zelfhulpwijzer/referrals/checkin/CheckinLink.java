package nl.zelfhulpwijzer.referrals.checkin;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A check-in link as stored: the hash of its token, never the token. */
@Entity
@Table(name = "referral_checkin_link")
public class CheckinLink extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "referral_id")
    public UUID referralId;

    public String institution;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "uses_left")
    public int usesLeft;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
