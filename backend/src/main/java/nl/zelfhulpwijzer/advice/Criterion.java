package nl.zelfhulpwijzer.advice;

import java.util.Set;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.OrganisationKind;

/**
 * One referral criterion of a catalogue version: its kind, to which candidates it applies (an empty set means any),
 * its Dutch text, an optional Dutch action and its source (seed file, section heading and a verbatim quote from it;
 * {@code inference} when the text applies the passage beyond what the seed says).
 */
public record Criterion(String code, CriterionKind kind, Set<Approach> approaches, Set<OrganisationKind> organisationKinds,
        Set<String> organisationIds, String text, String action, String sourceDocument, String sourceSection,
        String sourceQuote, boolean inference) {

    public Criterion {
        approaches = Set.copyOf(approaches);
        organisationKinds = Set.copyOf(organisationKinds);
        organisationIds = Set.copyOf(organisationIds);
    }

    /** Whether the candidate falls within this criterion's scope. */
    public boolean appliesTo(Candidate candidate) {
        return (approaches.isEmpty() || approaches.contains(candidate.approach()))
                && (organisationKinds.isEmpty() || organisationKinds.contains(candidate.kind()))
                && (organisationIds.isEmpty() || organisationIds.contains(candidate.organisationId()));
    }
}
