-- One valid check-in link per referral (referrals/checkin): a new link replaces the earlier one of its referral, so an
-- older printed link stops working at once and gets the same answer as an unknown link. Of the links stored so far
-- only the newest of each referral stays.
delete from referral_checkin_link l
where exists (select 1 from referral_checkin_link newer
              where newer.referral_id = l.referral_id
                and (newer.created_at, newer.token_hash) > (l.created_at, l.token_hash));
drop index referral_checkin_link_referral;
alter table referral_checkin_link add constraint referral_checkin_link_one_per_referral unique (referral_id);
