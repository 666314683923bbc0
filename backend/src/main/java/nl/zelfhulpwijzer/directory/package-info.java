/**
 * The self-help directory ("sociale kaart"): organisations, their kinds, audiences, behaviours, approach and typed
 * contact points; self-help groups, their places and meetings; search, management with field-level history, reports
 * of wrong information. Seeded from Bijlage 3 of the handbook (seed 002), the Flemish syllabus (004) and the sources on
 * doctors (000, 001); every organisation cites its source and says when it was last verified.
 *
 * <h2>One door</h2>
 * Other features use the directory only through the public types of this root package (checked by
 * {@code architecture/FeatureBoundariesTest}); {@code rest} and {@code demo} are the directory's own.
 * <ul>
 * <li>Read side: {@link nl.zelfhulpwijzer.directory.DirectoryQueries} (organisations, groups with organisation, place
 * and meetings, change histories, places of groups, the Meeting Guide feed's meetings; filters in
 * {@link nl.zelfhulpwijzer.directory.GroupSearch}) and {@link nl.zelfhulpwijzer.directory.DirectoryProfiles} (flat
 * profiles with their points, schedules, a change signature and a typed place or postcode resolved by the place table,
 * for the advice; {@link nl.zelfhulpwijzer.directory.GeoDistance} measures in memory). The entities they return are read models for callers:
 * only the directory constructs, queries or changes them.</li>
 * <li>Write side: {@code GroupWrites}, {@code MeetingWrites}, {@code OrganisationWrites}, {@code DirectoryReports}
 * with their commands ({@code GroupWrite}, {@code MeetingWrite} …, which the REST resources take as bodies), and
 * {@link nl.zelfhulpwijzer.directory.MeetingImports} for importers. Every write records its history
 * ({@code DirectoryHistory}); the rules are in {@code DirectoryValidation} and {@code DutchFormats}, keys come from
 * {@link nl.zelfhulpwijzer.directory.Slugs}.</li>
 * <li>Shared values: the code lists ({@code Audience}, {@code Behaviour}, {@code Approach} …),
 * {@code MeetingSchedule}, {@code SearchTerms}, {@code SourceReference}.</li>
 * </ul>
 * Core classes never import {@code rest}; they throw {@code common/error} exceptions, which {@code common/problem}
 * maps to problem+json.
 */
package nl.zelfhulpwijzer.directory;
