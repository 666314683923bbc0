package nl.zelfhulpwijzer.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.common.error.Conflict;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.error.RuleViolation;
import nl.zelfhulpwijzer.common.versioning.VersionLifecycle;
import nl.zelfhulpwijzer.common.versioning.VersionStatus;

/** The version and content rules, without a server. */
class PathwayRulesTest {

    private static final Citation SOURCE = new Citation("002_e30f9ceb731b810b.txt", "HOE VERWIJZEN?", "Via contactpersonen uit de groepen");

    private static Step step(String key, IntegrationLevel level, TreatmentPhase... phases) {
        return new Step(key, List.of(phases), level, "Titel " + key, "Doe iets.", List.of(Actor.HULPVERLENER), null, null,
                List.of(), List.of(), List.of(), SOURCE);
    }

    private static PathwayContent content(Step... steps) {
        return new PathwayContent("Titel", "Samenvatting", SOURCE, List.of(steps), List.of());
    }

    private static PathwayVersion version(VersionStatus status, PathwayContent content) {
        Pathway pathway = new Pathway();
        pathway.id = "algemeen";
        PathwayVersion v = new PathwayVersion();
        v.pathway = pathway;
        v.number = 1;
        v.status = status;
        v.content = content;
        return v;
    }

    @Test
    void levelsAreCumulative() {
        assertTrue(IntegrationLevel.INTEGRATIE.includes(IntegrationLevel.VOORLICHTING));
        assertTrue(IntegrationLevel.VERWIJZING.includes(IntegrationLevel.VOORLICHTING));
        assertTrue(IntegrationLevel.VERWIJZING.includes(IntegrationLevel.VERWIJZING));
        assertFalse(IntegrationLevel.VOORLICHTING.includes(IntegrationLevel.VERWIJZING));
        assertFalse(IntegrationLevel.VERWIJZING.includes(IntegrationLevel.INTEGRATIE));
    }

    @Test
    void stepsAreFilteredByPhaseAndCumulativeLevel() {
        PathwayContent c = content(step("a", IntegrationLevel.VOORLICHTING, TreatmentPhase.INTAKE),
                step("b", IntegrationLevel.VERWIJZING, TreatmentPhase.INTAKE, TreatmentPhase.NAZORG),
                step("c", IntegrationLevel.INTEGRATIE, TreatmentPhase.NAZORG));
        assertEquals(List.of("a", "b"), c.stepsFor(TreatmentPhase.INTAKE, null).stream().map(Step::key).toList());
        assertEquals(List.of("b"), c.stepsFor(TreatmentPhase.NAZORG, IntegrationLevel.VERWIJZING).stream().map(Step::key).toList());
        assertEquals(List.of("a"), c.stepsFor(null, IntegrationLevel.VOORLICHTING).stream().map(Step::key).toList());
        assertEquals(3, c.stepsFor(null, null).size());
        assertEquals(IntegrationLevel.INTEGRATIE, c.highestLevel());
        assertNull(content().highestLevel());
    }

    @Test
    void savingAStepReplacesItInPlaceOrAddsItAtTheEnd() {
        PathwayContent c = content(step("a", IntegrationLevel.VOORLICHTING, TreatmentPhase.INTAKE),
                step("b", IntegrationLevel.VOORLICHTING, TreatmentPhase.INTAKE));
        Step changed = step("a", IntegrationLevel.VERWIJZING, TreatmentPhase.NAZORG);
        PathwayContent replaced = c.withStep(changed);
        assertEquals(List.of("a", "b"), replaced.steps().stream().map(Step::key).toList());
        assertSame(changed, replaced.steps().get(0));
        assertEquals(List.of("a", "b", "z"), c.withStep(step("z", IntegrationLevel.VOORLICHTING, TreatmentPhase.INTAKE))
                .steps().stream().map(Step::key).toList());
        assertEquals(List.of("b"), c.withoutStep("a").steps().stream().map(Step::key).toList());
        assertEquals(2, c.steps().size(), "the original content is unchanged");
    }

    @Test
    void onlyADraftCanChange() {
        PathwayContent original = content(step("a", IntegrationLevel.VOORLICHTING, TreatmentPhase.INTAKE));
        for (VersionStatus status : List.of(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED)) {
            PathwayVersion v = version(status, original);
            assertThrows(Conflict.class, () -> v.saveStep(step("b", IntegrationLevel.VOORLICHTING, TreatmentPhase.INTAKE), "cor"));
            assertThrows(Conflict.class, () -> v.deleteStep("a", "cor"));
            assertThrows(Conflict.class, () -> VersionLifecycle.publish(v, "cor", Instant.now()));
            assertSame(original, v.content);
        }
    }

    @Test
    void aDraftIsACopyThatLeavesThePublishedVersionAlone() {
        PathwayVersion published = version(VersionStatus.PUBLISHED, content(step("a", IntegrationLevel.VOORLICHTING, TreatmentPhase.INTAKE)));
        PathwayVersion draft = published.draftCopy(2, "cor");
        assertEquals(VersionStatus.DRAFT, draft.status);
        assertEquals(1, draft.basedOn);
        draft.saveStep(step("b", IntegrationLevel.VERWIJZING, TreatmentPhase.NAZORG), "cor");
        assertEquals(2, draft.content.steps().size());
        assertEquals(1, published.content.steps().size());
        assertEquals("cor", draft.updatedBy);
        VersionLifecycle.supersede(published);
        VersionLifecycle.publish(draft, "cor", Instant.now());
        assertEquals(VersionStatus.PUBLISHED, draft.status);
        assertEquals(VersionStatus.SUPERSEDED, published.status);
    }

    @Test
    void anEmptyDraftCannotBePublishedAndAMissingStepCannotBeDeleted() {
        PathwayVersion draft = version(VersionStatus.DRAFT, content());
        assertThrows(RuleViolation.class, () -> VersionLifecycle.publish(draft, "cor", Instant.now()));
        assertThrows(NotFound.class, () -> draft.deleteStep("x", "cor"));
    }
}
