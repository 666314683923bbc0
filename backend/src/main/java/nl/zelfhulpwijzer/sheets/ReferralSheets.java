package nl.zelfhulpwijzer.sheets;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;
import nl.zelfhulpwijzer.referrals.Referral;

/**
 * The referral sheet for the client: where to go, how (the route), the first meeting, whom to contact and, only with
 * the client's consent, the QR code of the personal check-in link. Nothing about the client: no name, no reference.
 */
final class ReferralSheets {

    /** What the sheet is about, as read from the referral and the directory. */
    record Target(Organisation organisation, Optional<SelfHelpGroup> group, Optional<Meeting> meeting) {
    }

    private final Map<String, String> texts;
    private final Instant now;

    ReferralSheets(Map<String, String> texts, Instant now) {
        this.texts = texts;
        this.now = now;
    }

    Sheet referral(Referral referral, Target target, Optional<String> checkinUrl) {
        String where = target.group().map(g -> g.name).orElse(target.organisation().name);
        Xhtml x = new Xhtml().element("h1", "U gaat naar " + where).element("p", texts.get("referral.intro"));
        x.element("h2", "Welke groep?").element("p", where);
        target.group().ifPresent(g -> x.element("p", "Van " + target.organisation().name + "."));
        if (referral.route != null) {
            x.element("h2", "Hoe gaat u?").element("p", texts.get("referral.route." + referral.route.name().toLowerCase(Locale.ROOT)));
        }
        x.element("h2", "De eerste bijeenkomst").list(firstMeeting(referral, target));
        x.element("h2", "Contact").list(target.group().map(GroupSheets::contact)
                .orElse(target.organisation().contactPoints.stream().map(GroupSheets::contactPoint).toList()));
        checkinUrl.ifPresent(url -> x.open("div", "qr").raw(QrCodes.svg(url, 40))
                .element("p", texts.get("referral.checkin")).element("p", "source", url).close("div"));
        return new Sheet("Uw verwijzing – " + where, Sheet.Layout.STANDARD, x.toString());
    }

    private List<String> firstMeeting(Referral referral, Target target) {
        String date = referral.firstMeetingOn == null ? null : "Afgesproken: " + MeetingTexts.date(referral.firstMeetingOn) + ".";
        if (target.meeting().isPresent()) {
            Meeting meeting = target.meeting().get();
            String line = MeetingTexts.schedule(meeting) + ". " + MeetingTexts.place(meeting) + ".";
            return date == null ? List.of(line) : List.of(date, line);
        }
        List<String> next = target.group().map(g -> MeetingTexts.nextDates(g, now, 2)).orElse(List.of());
        if (date != null) {
            return List.of(date);
        }
        return next.isEmpty() ? List.of("Vraag de groep wanneer de volgende bijeenkomst is.") : next;
    }
}
