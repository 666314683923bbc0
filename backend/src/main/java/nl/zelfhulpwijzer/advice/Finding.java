package nl.zelfhulpwijzer.advice;

/**
 * Why the advice says something: a criterion that fired (with its kind and citation), or a fact from the directory
 * (kind null, code starting with DIRECTORY_, citing the organisation's own source).
 */
public record Finding(String code, CriterionKind kind, String text, String action, String sourceDocument,
        String sourceSection) {

    static Finding of(Criterion c) {
        return new Finding(c.code(), c.kind(), c.text(), c.action(), c.sourceDocument(), c.sourceSection());
    }
}
