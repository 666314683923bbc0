/**
 * Care pathways (zorgpaden): what a care worker does about self-help at which treatment phase, at which level
 * (voorlichting, verwijzing, integratie; cumulative), with which material, checklist and guidance.
 * Follows the handbook 'Onbenutte mogelijkheden' (seed 002) for the general and family routes, seed 003 for clients
 * with a mild intellectual disability, seeds 000/001 for the ABS-artsen route and seed 004 for the home context.
 * Owns tables pathway, pathway_version and pathway_change (who changed what). Content is versioned through
 * common/versioning ({@link nl.zelfhulpwijzer.pathways.PathwayVersion} is the versioned content; draft, published,
 * superseded; published versions never change) and edited with If-Match (common/concurrency); every item cites
 * seed file, section and a verbatim passage. Content source: scripts/pathways/content.yaml. Domain classes throw
 * the domain exceptions of common/error.
 */
package nl.zelfhulpwijzer.pathways;
