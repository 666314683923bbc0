package nl.zelfhulpwijzer.referrals.webhooks;

/** Where a notification stands: waiting for (another) attempt, received by the endpoint, or given up (dead letter). */
public enum DeliveryStatus {
    PENDING, DELIVERED, DEAD
}
