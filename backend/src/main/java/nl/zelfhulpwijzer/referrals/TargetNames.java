package nl.zelfhulpwijzer.referrals;

import java.util.Map;

/**
 * The directory's names of referral targets (organisation id or group slug to name), so that lists show names
 * instead of codes; a target that is no longer in the directory has no name.
 */
public record TargetNames(Map<String, String> organisations, Map<String, String> groups) {

    public String organisation(String id) {
        return id == null ? null : organisations.get(id);
    }

    public String group(String slug) {
        return slug == null ? null : groups.get(slug);
    }
}
