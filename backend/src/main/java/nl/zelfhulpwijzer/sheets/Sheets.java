package nl.zelfhulpwijzer.sheets;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.DirectoryConfig;
import nl.zelfhulpwijzer.directory.DirectoryQueries;
import nl.zelfhulpwijzer.directory.GroupSearch;
import nl.zelfhulpwijzer.directory.GroupStatus;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.OrganisationStatus;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;
import nl.zelfhulpwijzer.pathways.PathwayService;
import nl.zelfhulpwijzer.pathways.PathwayService.Published;
import nl.zelfhulpwijzer.pathways.Step;
import nl.zelfhulpwijzer.referrals.Referral;
import nl.zelfhulpwijzer.referrals.Referrals;
import nl.zelfhulpwijzer.referrals.Referrals.ClientSheet;

/**
 * Published service of the sheets: reads the directory (DirectoryQueries), the pathways (PathwayService) and the
 * referrals (Referrals) through their published sides, with the current sheet texts, and builds each kind of sheet. Rendering is {@link SheetRenderer}.
 */
@ApplicationScoped
public class Sheets {

    /** Who a family sheet is for: the people around someone with an addiction. */
    static final Set<Audience> FAMILY = Set.of(Audience.PARTNER, Audience.PARENT, Audience.CHILD, Audience.RELATIVE);

    private static final int POSTER_GROUPS = 15;

    @Inject
    DirectoryQueries directory;

    @Inject
    DirectoryConfig directoryConfig;

    @Inject
    PathwayService pathways;

    @Inject
    SheetTexts texts;

    @Inject
    Referrals referrals;

    /** The web client's address (shared setting), for the poster's QR code to the group finder. */
    @ConfigProperty(name = "zhw.public-base-url", defaultValue = "http://localhost:5173")
    String publicBaseUrl;

    @Transactional
    public Sheet group(String slug, boolean easyRead) {
        SelfHelpGroup group = activeGroup(slug);
        return easyRead ? groupSheets().easyRead(group) : groupSheets().group(group);
    }

    @Transactional
    public Sheet organisation(String id) {
        Organisation organisation = directory.findOrganisation(id).filter(o -> o.status != OrganisationStatus.INACTIVE)
                .orElseThrow(() -> new NotFound("Er is geen organisatie met id '" + id + "'."));
        return groupSheets().organisation(organisation, directory.groups(directory.groupIdsOf(id)));
    }

    @Transactional
    public Sheet family(String city) {
        List<Organisation> family = directory.organisations().stream()
                .filter(o -> o.status != OrganisationStatus.INACTIVE && o.audiences != null
                        && Arrays.stream(o.audiences).anyMatch(a -> FAMILY.contains(Audience.valueOf(a))))
                .toList();
        List<SelfHelpGroup> local = city == null ? List.of()
                : directory.groups(FAMILY.stream().flatMap(a -> directory.groupIds(new GroupSearch().audience(a.name()), null, null)
                        .stream()).distinct().toList()).stream().filter(g -> GroupSheets.meetsIn(g, city)).toList();
        return new OverviewSheets(texts.published()).family(family, local, city);
    }

    @Transactional
    public Sheet poster(String city) {
        List<SelfHelpGroup> groups = directory.groups(directory.groupIds(new GroupSearch().text(city), null, null)).stream()
                .filter(g -> GroupSheets.meetsIn(g, city)).limit(POSTER_GROUPS).toList();
        return new OverviewSheets(texts.published()).poster(city, groups, publicBaseUrl);
    }

    @Transactional
    public Sheet pathwayStep(String pathwayId, String stepKey) {
        Published published = pathways.getPublic(pathwayId, null);
        Step step = published.version().content.step(stepKey)
                .orElseThrow(() -> new NotFound("Zorgpad '" + pathwayId + "' heeft geen stap '" + stepKey + "'."));
        return new OverviewSheets(texts.published()).step(published.version().content.title(), step);
    }

    /** The client's referral sheet; another institution's referral is not found. Makes a check-in link if consented. */
    @Transactional
    public Sheet referral(UUID id, String institution, String user) {
        ClientSheet sheet = referrals.clientSheet(id, institution, user);
        Referral referral = sheet.referral();
        Organisation organisation = directory.findOrganisation(referral.organisationId)
                .orElseThrow(() -> new NotFound("Er is geen organisatie met id '" + referral.organisationId + "'."));
        Optional<SelfHelpGroup> group = Optional.ofNullable(referral.groupSlug).flatMap(directory::findGroup)
                .map(g -> directory.group(g.slug));
        Optional<Meeting> meeting = Optional.ofNullable(referral.meetingSlug).flatMap(directory::findMeeting);
        return new ReferralSheets(texts.published(), Instant.now())
                .referral(referral, new ReferralSheets.Target(organisation, group, meeting), sheet.checkinUrl());
    }

    private SelfHelpGroup activeGroup(String slug) {
        directory.findGroup(slug)
                .filter(g -> g.status == GroupStatus.ACTIVE && g.organisation.status != OrganisationStatus.INACTIVE)
                .orElseThrow(() -> new NotFound("Er is geen actieve groep '" + slug + "'."));
        return directory.group(slug);
    }

    private GroupSheets groupSheets() {
        return new GroupSheets(texts.published(), Instant.now(), directoryConfig.reverifyAfter());
    }
}
