/**
 * The NEN 7513 audit log: {@link nl.zelfhulpwijzer.audit.AuditTrail} is the one audit hook every feature calls inside
 * its own transaction. Events are append-only (database triggers refuse UPDATE, DELETE and TRUNCATE) and chained by
 * SHA-256 hashes ({@link nl.zelfhulpwijzer.audit.AuditChain}); a beheerder reads and exports a client's access history.
 */
package nl.zelfhulpwijzer.audit;
