-- The worklist (referrals/Worklist) reads three parts, each in the worklist's own order (follow-up date, latest
-- change first, id) and at most one page long, then keeps the first page of their union. These indexes hand out
-- each part in that order, so a page costs about a page of index entries however many referrals are open
-- (scripts/bench-referrals.sh: 100,000 referrals in one institution).

-- Open referrals by follow-up date (also what V51's referral_due served).
DROP INDEX referral_due;
CREATE INDEX referral_due ON referral (institution, follow_up_due, modified_at DESC, id) WHERE closed_at IS NULL;

-- Open referrals whose client answered the check-in after the last outcome.
DROP INDEX referral_checkin;
CREATE INDEX referral_checkin_pending ON referral (institution, follow_up_due, modified_at DESC, id)
    WHERE closed_at IS NULL AND checkin_at IS NOT NULL AND (outcome_at IS NULL OR checkin_at > outcome_at);

-- Changed recently: the order columns ride along, so the part can be sorted from the index alone.
DROP INDEX referral_recent;
CREATE INDEX referral_recent ON referral (institution, modified_at) INCLUDE (follow_up_due, id);
