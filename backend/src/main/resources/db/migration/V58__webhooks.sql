-- Webhook push of referral changes (referrals/webhooks). A subscription belongs to one institution and names the
-- client system (EPD) it serves; its secret signs every notification (HMAC-SHA256) and so must be kept readable.
create table webhook_subscription (
    id           uuid        primary key,
    institution  text        not null,
    client_id    text        not null,
    endpoint_url text        not null,
    secret       text        not null,
    created_at   timestamptz not null,
    created_by   text        not null
);
create index webhook_subscription_institution on webhook_subscription (institution);

-- The transactional outbox: one row per subscription and referral change, written in the transaction of the
-- change itself, so a change is never notified without being stored nor stored without being notified. Only ids
-- and the version: the receiver fetches the referral through the API.
create table webhook_delivery (
    id                   uuid        primary key,
    subscription_id      uuid        not null references webhook_subscription (id) on delete cascade,
    institution          text        not null,
    referral_id          uuid        not null,
    referral_version     bigint      not null,
    occurred_at          timestamptz not null,
    status               text        not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts             integer     not null default 0,
    next_attempt_at      timestamptz not null,
    last_attempt_at      timestamptz,
    last_response_status integer,
    last_error           text,
    delivered_at         timestamptz,
    created_at           timestamptz not null
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_list on webhook_delivery (institution, status, created_at desc);
