/**
 * Institution level (tenant = the token's 'instelling'): the 14-step implementation plan of seed 002
 * ("Implementatie van de handleiding") as a tracker per institution, the self-assessment against the pilot's 28
 * advices, the Bijlage 4 survey (rounds and anonymous responses), and cooperation (convenant, contact persons,
 * facilities). Every query filters by the caller's institution ({@link nl.zelfhulpwijzer.implementation.TenantRecord}).
 * Plan steps and the convenant are versioned writes (If-Match, common/concurrency; a row not stored yet has the tag
 * {@code "v0"}, the convenant's first save needs none). Domain classes throw the domain exceptions of common/error.
 */
package nl.zelfhulpwijzer.implementation;
