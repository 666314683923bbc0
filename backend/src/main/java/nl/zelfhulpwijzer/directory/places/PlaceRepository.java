package nl.zelfhulpwijzer.directory.places;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.zelfhulpwijzer.directory.Country;

/** Reads the place table (V63/V64); typo tolerance comes from pg_trgm's similarity on the normalised names. */
@ApplicationScoped
public class PlaceRepository {

    private static final String COLUMNS = "p.kind, p.country, p.name, p.postcode, p.province, p.municipality, p.latitude, p.longitude";
    private static final String IN_COUNTRY = " and (cast(:country as varchar) is null or p.country = cast(:country as varchar))";

    /** Exact name first, then names that start with it, then similar names by closeness; ties go to the larger place. */
    private static final String BY_NAME = "select " + COLUMNS + " from ("
            + " select n.place_id,"
            + "   max(case when n.search_name = :name then 3 when n.search_name like :prefix then 2 else 1 end) as match_rank,"
            + "   max(similarity(n.search_name, :name)) as closeness"
            + " from place_name n where n.search_name like :prefix or n.search_name % :name"
            + " group by n.place_id) m"
            + " join place p on p.id = m.place_id"
            + " where p.kind = 'PLAATS'" + IN_COUNTRY
            + " order by m.match_rank desc, case when m.match_rank = 1 then m.closeness end desc nulls last,"
            + " p.population desc nulls last, p.name, p.id limit :limit";

    /** The areas of one postcode, those whose place resembles the typed name first, then the larger place. */
    private static final String BY_POSTCODE = "select " + COLUMNS + " from place p"
            + " where p.kind = 'POSTCODE' and p.postcode = :postcode" + IN_COUNTRY
            + " order by (select max(similarity(n.search_name, :name)) from place_name n where n.place_id = p.id) desc,"
            + " p.population desc nulls last, p.name, p.id limit :limit";

    @Inject
    EntityManager em;

    public List<Place> byName(String name, Optional<Country> country, int limit) {
        Query query = em.createNativeQuery(BY_NAME)
                .setParameter("name", name)
                .setParameter("prefix", name + "%");
        return run(query, country, limit);
    }

    public List<Place> byPostcode(String postcode, String name, Optional<Country> country, int limit) {
        Query query = em.createNativeQuery(BY_POSTCODE)
                .setParameter("postcode", postcode)
                .setParameter("name", name);
        return run(query, country, limit);
    }

    private static List<Place> run(Query query, Optional<Country> country, int limit) {
        query.setParameter("country", country.map(Country::name).orElse(null)).setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(PlaceRepository::place).toList();
    }

    private static Place place(Object[] row) {
        return new Place(PlaceKind.valueOf((String) row[0]), Country.valueOf((String) row[1]), (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], ((Number) row[6]).doubleValue(),
                ((Number) row[7]).doubleValue());
    }
}
