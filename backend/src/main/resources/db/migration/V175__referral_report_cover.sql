-- Report performance (issue 15): an institution's report over a period reads the referrals of that period from a
-- narrow index holding every column an indicator counts, instead of a sequential scan of all institutions' wide rows
-- (notes, client references). EXPLAIN ANALYZE over 100,000 referrals per institution: index-only scan of the
-- 50,000 rows of the period, no heap fetches.
create index referral_report on referral (institution, created_at)
    include (status, treatment_phase, route, level, organisation_id, outcome_at, continues, first_meeting,
             first_meeting_on, checkin_answer, not_for_me_reason);
