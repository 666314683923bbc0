/**
 * The NEN 7513 audit log: {@link nl.zelfhulpwijzer.audit.AuditTrail} is the one audit hook every feature calls inside
 * its own transaction. Events are append-only (database triggers refuse UPDATE, DELETE and TRUNCATE, and the
 * application's role lacks those privileges; once handed over by V141, a separate NOLOGIN role owns the tables and
 * the application's role may only INSERT and SELECT) and chained by SHA-256 hashes ({@link nl.zelfhulpwijzer.audit.AuditChain});
 * a beheerder reads and exports a client's access history. {@link nl.zelfhulpwijzer.audit.AuditRetention} removes
 * events older than the retention period from the start of the chain and leaves a checkpoint the verifier starts from.
 */
package nl.zelfhulpwijzer.audit;
