package nl.zelfhulpwijzer.pathways.rest;

import java.util.ArrayList;
import java.util.List;

import nl.zelfhulpwijzer.pathways.Guidance;
import nl.zelfhulpwijzer.pathways.GuidanceKind;
import nl.zelfhulpwijzer.pathways.IntegrationLevel;
import nl.zelfhulpwijzer.pathways.PathwayChange;
import nl.zelfhulpwijzer.pathways.PathwayContent;
import nl.zelfhulpwijzer.pathways.PathwayService.Published;
import nl.zelfhulpwijzer.pathways.PathwayVersion;
import nl.zelfhulpwijzer.pathways.Step;
import nl.zelfhulpwijzer.pathways.TreatmentPhase;

final class PathwayMapper {

    private PathwayMapper() {
    }

    static PathwayView toView(Published published, TreatmentPhase phase, IntegrationLevel level) {
        PathwayContent content = published.version().content;
        return new PathwayView(published.pathway().id, published.pathway().variant, published.pathway().audience,
                published.version().number, published.version().status, published.version().publishedAt,
                content.title(), content.summary(), content.highestLevel(), content.source(),
                content.stepsFor(phase, level), content.guidance());
    }

    static VersionSummary toSummary(PathwayVersion v) {
        return new VersionSummary(v.number, v.status, v.basedOn, v.createdAt, v.publishedAt);
    }

    static VersionDetail toDetail(PathwayVersion v) {
        PathwayContent c = v.content;
        return new VersionDetail(v.pathway.id, v.number, v.status, v.basedOn, v.etag().value(), c.title(), c.summary(),
                c.source(), c.steps(), c.guidance(), v.createdBy, v.createdAt, v.updatedBy, v.updatedAt,
                v.publishedBy, v.publishedAt);
    }

    static ChangeEntry toEntry(PathwayChange c) {
        return new ChangeEntry(c.versionNumber, c.action, c.detail, c.changedBy, c.changedAt);
    }

    /** Pathway-wide guidance (when no phase is asked) and the guidance of matching steps. */
    static List<GuidanceHit> guidance(Published published, TreatmentPhase phase, GuidanceKind kind) {
        List<GuidanceHit> hits = new ArrayList<>();
        PathwayContent content = published.version().content;
        if (phase == null) {
            for (Guidance g : content.guidance()) {
                if (kind == null || g.kind() == kind) {
                    hits.add(new GuidanceHit(published.pathway().id, published.pathway().variant,
                            published.version().number, null, null, List.of(), g));
                }
            }
        }
        for (Step step : content.stepsFor(phase, null)) {
            for (Guidance g : step.guidance()) {
                if (kind == null || g.kind() == kind) {
                    hits.add(new GuidanceHit(published.pathway().id, published.pathway().variant,
                            published.version().number, step.key(), step.title(), step.phases(), g));
                }
            }
        }
        return hits;
    }
}
