package nl.zelfhulpwijzer.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the totals a client needs to page on. Pages are 1-based. */
public record PageResult<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, description = "Paginanummer, vanaf 1.") int page,
        @Schema(required = true, description = "Gevraagd aantal per pagina.") int size,
        @Schema(required = true, description = "Totaal aantal resultaten.") long totalItems,
        @Schema(required = true, description = "Totaal aantal pagina's.") int totalPages) {

    public static <T> PageResult<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResult<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
