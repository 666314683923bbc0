package nl.zelfhulpwijzer.common.paging;

/** A validated, 1-based page request. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public int offset() {
        return (page - 1) * size;
    }
}
