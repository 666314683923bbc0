package nl.zelfhulpwijzer.directory;

import nl.zelfhulpwijzer.common.concurrency.EntityTag;

/** Which version counters make up the ETag of each versioned directory entity (format and check: common/concurrency). */
public final class DirectoryEtags {

    private DirectoryEtags() {
    }

    public static EntityTag etag(Organisation organisation) {
        return EntityTag.of(organisation.version);
    }

    public static EntityTag etag(SelfHelpGroup group) {
        return EntityTag.of(group.version);
    }

    /** A meeting's ETag also covers its group, whose data the meeting shows. */
    public static EntityTag etag(Meeting meeting) {
        return EntityTag.of(meeting.version, meeting.group.version);
    }
}
