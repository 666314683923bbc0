/**
 * Versioned content, one mechanism for every kind (pathways, the criteria catalogue, next the sheet texts): draft,
 * publish, supersede, discard, immutable once published, earlier versions kept as history.
 * <ul>
 * <li>the entity of a version implements {@link nl.zelfhulpwijzer.common.versioning.VersionedContent};</li>
 * <li>its service applies {@link nl.zelfhulpwijzer.common.versioning.VersionLifecycle} (plain rules, unit-tested);</li>
 * <li>its table gets the triggers of V45 ({@code versioned_content_frozen}, and {@code versioned_content_part_frozen}
 * for rows that belong to a version);</li>
 * <li>its resource has the shared shape: {@code POST …/versions} (new draft, 201 with ETag), {@code GET …/versions/{n}}
 * (with ETag), edits with If-Match, {@code POST …/versions/{n}/publish}, {@code DELETE …/versions/{n}}, answered
 * through {@code common.concurrency.EtagResponses}; version numbers in paths are read by {@code common.params.VersionParams}.</li>
 * </ul>
 */
package nl.zelfhulpwijzer.common.versioning;
