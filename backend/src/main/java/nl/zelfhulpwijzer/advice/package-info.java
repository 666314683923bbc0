/**
 * Referral criteria and the explained advice ("Welke groep past?"). Owns the versioned criteria catalogue
 * (tables criteria_catalogue and criterion; {@link nl.zelfhulpwijzer.advice.CriteriaCatalogue} is versioned content
 * of common/versioning, edited by {@link nl.zelfhulpwijzer.advice.CriteriaEditor} with If-Match; draft, then
 * published and immutable; the newest publication is in use, earlier ones stay published), the anonymous
 * {@link nl.zelfhulpwijzer.advice.ClientProfile} and the pure rules in {@link nl.zelfhulpwijzer.advice.AdviceRules}.
 * Follows the handbook's criteria (seed 002: 3. Verwijzing, Bijlage 1, Bijlage 5 advies 7b), the risk signals and
 * self-help chapter of seed 004, seed 003 for a mild intellectual disability and seeds 000/001 for doctors.
 * Every reason in an advice cites its criterion's seed file and section. Reads organisations, groups and places of
 * the directory through {@code DirectoryProfiles}; {@link nl.zelfhulpwijzer.advice.AdviceOrigin} is where the client
 * looks for help (distances, home country). Seed choices and inferences: docs/advice-seed-choices.md.
 */
package nl.zelfhulpwijzer.advice;
