-- One-time check-in links of referrals (referrals/checkin): only the SHA-256 of the 256-bit token is kept, so the
-- table does not hold usable links. A link works until expires_at and for uses_left answers.
create table referral_checkin_link (
    token_hash  char(64)    primary key,
    referral_id uuid        not null references referral (id) on delete cascade,
    institution varchar(100) not null,
    expires_at  timestamptz not null,
    uses_left   integer     not null check (uses_left >= 0),
    created_at  timestamptz not null,
    created_by  varchar(200) not null
);
create index referral_checkin_link_referral on referral_checkin_link (referral_id);

-- Retention (referrals/retention): when a closed referral was anonymised; the job picks closed referrals without it.
alter table referral add column anonymised_at timestamptz;
create index referral_retention_due on referral (closed_at) where closed_at is not null and anonymised_at is null;
