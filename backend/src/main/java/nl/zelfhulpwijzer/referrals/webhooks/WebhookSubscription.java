package nl.zelfhulpwijzer.referrals.webhooks;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An endpoint of one client system (EPD) of one institution that is told about that institution's referral changes. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public String institution;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "endpoint_url")
    public String endpointUrl;

    /** Signs the notifications; shown once, when the subscription is made. */
    public String secret;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
