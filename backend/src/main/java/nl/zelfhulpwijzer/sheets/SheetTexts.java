package nl.zelfhulpwijzer.sheets;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.versioning.VersionLifecycle;
import nl.zelfhulpwijzer.common.versioning.VersionLifecycle.NewDraft;
import nl.zelfhulpwijzer.common.versioning.VersionStatus;

/** The versioned sheet texts: the published ones for rendering, drafts for coordinators (common/versioning). */
@ApplicationScoped
public class SheetTexts {

    /** The published texts by key. */
    public Map<String, String> published() {
        SheetTextVersion current = VersionLifecycle.current(all())
                .orElseThrow(() -> new IllegalStateException("no published sheet texts (V80 seeds them)"));
        return current.texts.stream().collect(Collectors.toMap(SheetText::key, SheetText::text));
    }

    public List<SheetTextVersion> versions(boolean includeDrafts) {
        return all().stream().filter(v -> includeDrafts || v.status != VersionStatus.DRAFT).toList();
    }

    public SheetTextVersion version(int number) {
        return SheetTextVersion.<SheetTextVersion>find("number", number).firstResultOptional()
                .orElseThrow(() -> new NotFound("Er is geen versie " + number + " van de bladteksten."));
    }

    @Transactional
    public SheetTextVersion createDraft(String user) {
        List<SheetTextVersion> versions = SheetTextVersion.<SheetTextVersion>find("order by number")
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        NewDraft<SheetTextVersion> next = VersionLifecycle.newDraft(versions);
        SheetTextVersion draft = next.base().draftCopy(next.number(), user);
        draft.persist();
        return draft;
    }

    @Transactional
    public SheetTextVersion saveText(int number, SheetText text, String ifMatch, String user) {
        SheetTextVersion version = VersionLifecycle.editable(version(number), ifMatch);
        version.saveText(text, user);
        return flushed(version);
    }

    @Transactional
    public SheetTextVersion publish(int number, String ifMatch, String user) {
        SheetTextVersion version = VersionLifecycle.editable(version(number), ifMatch);
        VersionLifecycle.current(all()).ifPresent(previous -> {
            VersionLifecycle.supersede(previous);
            previous.flush(); // the database allows one published version
        });
        VersionLifecycle.publish(version, user, Instant.now());
        return flushed(version);
    }

    @Transactional
    public void discardDraft(int number, String ifMatch) {
        VersionLifecycle.editable(version(number), ifMatch).delete();
    }

    private static List<SheetTextVersion> all() {
        return SheetTextVersion.<SheetTextVersion>find("order by number").list();
    }

    private static SheetTextVersion flushed(SheetTextVersion version) {
        version.flush(); // the new lock version is the ETag of the answer
        return version;
    }
}
