package nl.zelfhulpwijzer.interop.hsds;

import java.util.List;

import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;

/**
 * The paging parameters every HSDS list endpoint shares (page, per_page and format), checked into the caller's
 * list of field errors so that they appear in the same order as the parameters are read.
 */
record HsdsListRequest(int page, int perPage, boolean ndjson, List<Problem.FieldError> errors) {

    static final int DEFAULT_PER_PAGE = 50;

    /** page, per_page up to {@link HsdsQuery#MAX_PER_PAGE} (default 50) and format. */
    static HsdsListRequest of(String page, String perPage, String format, List<Problem.FieldError> errors) {
        return of(page, perPage, format, HsdsQuery.MAX_PER_PAGE, DEFAULT_PER_PAGE, errors);
    }

    static HsdsListRequest of(String page, String perPage, String format, int maxPerPage, int defaultPerPage,
            List<Problem.FieldError> errors) {
        int pageNumber = HsdsQuery.number(page, 1, Integer.MAX_VALUE, 1, "page", errors);
        int size = HsdsQuery.number(perPage, 1, maxPerPage, defaultPerPage, "per_page", errors);
        return new HsdsListRequest(pageNumber, size, HsdsQuery.ndjson(format, errors), errors);
    }

    /** Adds the check of the search words to the errors. */
    HsdsListRequest search(String search) {
        HsdsQuery.search(search, errors);
        return this;
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    long offset() {
        return (long) (page - 1) * perPage;
    }

    /** This page of a list that is already complete in memory. */
    <T> List<T> slice(List<T> all) {
        long from = offset();
        return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + perPage));
    }
}
