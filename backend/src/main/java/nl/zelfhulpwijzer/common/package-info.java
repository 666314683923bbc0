/**
 * Cross-cutting pieces every feature uses, one way for each:
 * <ul>
 * <li>{@code error}: domain exceptions (NotFound, Conflict, InvalidInput with field errors, RuleViolation, NoAccess)
 * that domain classes throw without knowing HTTP;</li>
 * <li>{@code problem}: the one mapper of every failure to application/problem+json (RFC 9457, Dutch texts, stable
 * types); {@code ProblemException} remains for resources and features not yet on the domain exceptions;</li>
 * <li>{@code concurrency}: the one ETag format and If-Match check of every versioned write (428 missing, 412 stale)
 * and the response shape with an ETag;</li>
 * <li>{@code versioning}: the one versioned-content lifecycle (draft, publish, supersede, discard, frozen history);</li>
 * <li>{@code csv}: the one CSV writer (RFC 4180, no spreadsheet formulas) of every export;</li>
 * <li>{@code paging}, {@code params}, {@code http} (public caching; {@code RequestLimits}: over-long address or headers,
 *     NUL or a broken percent-encoding in the address, an announced over-large body and malformed proxy headers
 *     ({@code ForwardedHeaders}) as problem+json; {@code NoNulInJson}: NUL in a JSON text value
 *     as 400), {@code persistence}, {@code security} (roles, the
 * caller and the 'instelling' claim), {@code openapi} (problem responses, If-Match documented as required), {@code time}.</li>
 * </ul>
 */
package nl.zelfhulpwijzer.common;
