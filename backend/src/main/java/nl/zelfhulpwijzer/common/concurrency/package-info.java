/**
 * Optimistic concurrency, one mechanism for every versioned resource: {@link nl.zelfhulpwijzer.common.concurrency.EntityTag}
 * (the one ETag format) and {@link nl.zelfhulpwijzer.common.concurrency.Preconditions} (If-Match required: 428 when
 * missing, 412 when stale). Two writes that race past the check lose on the entity's JPA {@code @Version}, which
 * {@code ProblemMappers} answers with the same 412.
 */
package nl.zelfhulpwijzer.common.concurrency;
