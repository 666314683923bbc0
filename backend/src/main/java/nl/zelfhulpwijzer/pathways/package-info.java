/**
 * Care pathways (zorgpaden): what a care worker does about self-help at which treatment phase, at which level
 * (voorlichting, verwijzing, integratie; cumulative), with which material, checklist and guidance.
 * Follows the handbook 'Onbenutte mogelijkheden' (seed 002) for the general and family routes, seed 003 for clients
 * with a mild intellectual disability, seeds 000/001 for the ABS-artsen route and seed 004 for the home context.
 * Content is versioned (draft, published, superseded; published versions never change) and every item cites
 * seed file, section and a verbatim passage. Content source: scripts/pathways/content.yaml.
 */
package nl.zelfhulpwijzer.pathways;
