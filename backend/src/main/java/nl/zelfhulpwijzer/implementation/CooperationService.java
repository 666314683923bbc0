package nl.zelfhulpwijzer.implementation;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import nl.zelfhulpwijzer.common.concurrency.Preconditions;
import nl.zelfhulpwijzer.common.error.NotFound;

/** Convenant, contact persons and facilities of one institution. Every query filters by institution. */
@ApplicationScoped
public class CooperationService {

    public Optional<Convenant> convenant(String institution) {
        return Convenant.find("institution", institution).firstResultOptional();
    }

    /** Applies {@code change} to the institution's convenant: created when absent, else only with the current If-Match. */
    @Transactional
    public Convenant saveConvenant(String institution, String ifMatch, String user, Consumer<Convenant> change) {
        Optional<Convenant> existing = convenant(institution);
        Preconditions.requireMatchUnlessNew(ifMatch, existing.map(Convenant::etag));
        return save(existing.orElseGet(Convenant::new), institution, user, change);
    }

    public List<ContactPerson> contacts(String institution) {
        return ContactPerson.list("institution", Sort.by("role").and("name"), institution);
    }

    @Transactional
    public ContactPerson saveContact(String institution, Long id, String user, Consumer<ContactPerson> change) {
        return save(id == null ? new ContactPerson() : contact(institution, id), institution, user, change);
    }

    @Transactional
    public void deleteContact(String institution, long id) {
        contact(institution, id).delete();
    }

    public List<Facility> facilities(String institution) {
        return Facility.list("institution", Sort.by("kind").and("location"), institution);
    }

    @Transactional
    public Facility saveFacility(String institution, Long id, String user, Consumer<Facility> change) {
        return save(id == null ? new Facility() : facility(institution, id), institution, user, change);
    }

    @Transactional
    public void deleteFacility(String institution, long id) {
        facility(institution, id).delete();
    }

    /** Applies the change and stamps who made it; the institution is set here so a row never lands at another tenant. */
    private static <T extends TenantRecord> T save(T record, String institution, String user, Consumer<T> change) {
        record.institution = institution;
        change.accept(record);
        record.stamp(user);
        record.persistAndFlush();
        return record;
    }

    private static ContactPerson contact(String institution, long id) {
        return ContactPerson.<ContactPerson>find("id = ?1 and institution = ?2", id, institution).firstResultOptional()
                .orElseThrow(() -> new NotFound("Uw instelling heeft geen contactpersoon " + id + "."));
    }

    private static Facility facility(String institution, long id) {
        return Facility.<Facility>find("id = ?1 and institution = ?2", id, institution).firstResultOptional()
                .orElseThrow(() -> new NotFound("Uw instelling heeft geen voorziening " + id + "."));
    }
}
