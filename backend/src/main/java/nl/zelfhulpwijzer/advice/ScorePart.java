package nl.zelfhulpwijzer.advice;

/**
 * One step of a candidate's fit score: the points, the criterion or passage that gave them, and its source. The
 * score is the sum of its parts, so every point can be traced. {@code inference} marks a part the seeds imply but do
 * not state (for example that an offer for one substance fits better than a general one).
 */
public record ScorePart(String code, int points, String text, String sourceDocument, String sourceSection,
        boolean inference) {

    static ScorePart of(Criterion c, int points) {
        return new ScorePart(c.code(), points, c.text(), c.sourceDocument(), c.sourceSection(), c.inference());
    }

    static ScorePart of(SeedPassage p, int points, String text) {
        return new ScorePart(p.code(), points, text, p.document(), p.section(), p.inference());
    }

    /** A part that follows from the directory or the profile itself, not from a seed passage. */
    static ScorePart inferred(String code, int points, String text) {
        return new ScorePart(code, points, text, null, null, true);
    }
}
