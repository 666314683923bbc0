package nl.zelfhulpwijzer.advice;

/**
 * Why the advice says something: a criterion that fired (with its kind and citation), a fact from the directory
 * (kind null, code starting with DIRECTORY_, citing the organisation's own source), or a seed passage the rules
 * quote themselves ({@code quote} verbatim from the seed; {@code inference} when the seed implies rather than says it).
 */
public record Finding(String code, CriterionKind kind, String text, String action, String sourceDocument,
        String sourceSection, String quote, boolean inference) {

    public Finding(String code, CriterionKind kind, String text, String action, String sourceDocument, String sourceSection) {
        this(code, kind, text, action, sourceDocument, sourceSection, null, false);
    }

    static Finding of(Criterion c) {
        return new Finding(c.code(), c.kind(), c.text(), c.action(), c.sourceDocument(), c.sourceSection(), c.sourceQuote(),
                c.inference());
    }

    /** A finding from a seed passage the rules cite directly. */
    static Finding of(SeedPassage p, String text, String action) {
        return new Finding(p.code(), null, text, action, p.document(), p.section(), p.quote(), p.inference());
    }
}
