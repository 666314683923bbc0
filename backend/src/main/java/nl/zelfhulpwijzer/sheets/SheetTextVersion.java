package nl.zelfhulpwijzer.sheets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.zelfhulpwijzer.common.concurrency.EntityTag;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.versioning.VersionLifecycle;
import nl.zelfhulpwijzer.common.versioning.VersionRecord;
import nl.zelfhulpwijzer.common.versioning.VersionStatus;

/** One numbered version of all sheet texts, under the rules of common/versioning (the database freezes it too, V80). */
@Entity
@DynamicUpdate // a status change never rewrites frozen texts
@Table(name = "sheet_text_version")
public class SheetTextVersion extends VersionRecord {

    /** Texts whose key starts so are easy-read text: {@link EasyReadRules} apply. */
    static final String EASY_READ_PREFIX = "easy.";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<SheetText> texts;

    @Column(name = "based_on")
    public Integer basedOn;

    @Version
    @Column(name = "lock_version")
    public int lockVersion;

    public SheetTextVersion draftCopy(int newNumber, String user) {
        SheetTextVersion draft = new SheetTextVersion();
        draft.number = newNumber;
        draft.status = VersionStatus.DRAFT;
        draft.texts = List.copyOf(texts);
        draft.basedOn = number;
        draft.createdBy = user;
        return draft;
    }

    /** Replaces the text with this key; only known keys, because the sheets ask for exactly those. */
    public void saveText(SheetText text, String user) {
        VersionLifecycle.requireDraft(this);
        List<SheetText> changed = new ArrayList<>(texts);
        int index = keys().indexOf(text.key());
        if (index < 0) {
            throw new NotFound("Er is geen bladtekst met sleutel '" + text.key() + "'.");
        }
        changed.set(index, text);
        texts = List.copyOf(changed);
        touch(user, Instant.now());
    }

    private List<String> keys() {
        return texts.stream().map(SheetText::key).toList();
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public Optional<String> unpublishable() {
        Optional<String> empty = texts.stream().filter(t -> t.text() == null || t.text().isBlank()).findFirst()
                .map(t -> "De tekst '" + t.key() + "' is leeg.");
        return empty.or(() -> texts.stream().filter(t -> t.key().startsWith(EASY_READ_PREFIX))
                .flatMap(t -> EasyReadRules.problem(t.key(), t.text()).stream()).findFirst());
    }

    @Override
    public EntityTag etag() {
        return EntityTag.of(lockVersion);
    }
}
