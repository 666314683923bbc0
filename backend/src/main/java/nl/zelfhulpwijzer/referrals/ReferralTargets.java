package nl.zelfhulpwijzer.referrals;

import java.util.List;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/** Checks a referral's target against the directory: the organisation exists, the group and meeting belong to it. */
final class ReferralTargets {

    private ReferralTargets() {
    }

    static void check(ReferralInput input, List<FieldError> errors) {
        if (input.organisationId() == null || input.organisationId().isBlank()) {
            return;
        }
        if (Organisation.findById(input.organisationId()) == null) {
            errors.add(new FieldError("organisationId", "Er is geen organisatie met id '" + input.organisationId() + "'."));
            return;
        }
        SelfHelpGroup group = null;
        if (input.groupSlug() != null) {
            group = SelfHelpGroup.<SelfHelpGroup>find("slug", input.groupSlug()).firstResult();
            if (group == null || !group.organisation.id.equals(input.organisationId())) {
                errors.add(new FieldError("groupSlug", "Deze organisatie heeft geen groep '" + input.groupSlug() + "'."));
                return;
            }
        }
        if (input.meetingSlug() != null) {
            Meeting meeting = Meeting.<Meeting>find("slug", input.meetingSlug()).firstResult();
            boolean fits = meeting != null && meeting.group.organisation.id.equals(input.organisationId())
                    && (group == null || meeting.group.id.equals(group.id));
            if (!fits) {
                errors.add(new FieldError("meetingSlug", "Deze organisatie of groep heeft geen bijeenkomst '" + input.meetingSlug() + "'."));
            }
        }
    }
}
