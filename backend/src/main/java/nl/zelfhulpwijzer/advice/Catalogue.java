package nl.zelfhulpwijzer.advice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One published version of the criteria catalogue, in catalogue order. */
public record Catalogue(int version, List<Criterion> criteria) {

    public Catalogue {
        criteria = List.copyOf(criteria);
    }

    public Map<String, Criterion> byCode() {
        Map<String, Criterion> map = new LinkedHashMap<>();
        criteria.forEach(c -> map.put(c.code(), c));
        return map;
    }

    public Optional<Criterion> find(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
