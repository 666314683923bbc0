/**
 * Interoperability: formats self-help fellowships and directories already use. {@code meetingguide}: the Meeting
 * Guide JSON feed (code4recovery/spec) as a public read-only export and a coordinator import; iCalendar per meeting
 * lives with it. {@code hsds}: the Open Referral HSDS 3.0 read API (openreferral/specification, branch 3.0).
 * Interop owns no tables: it reads the directory through {@code DirectoryQueries} and imports through
 * {@code MeetingImports}, and checks only its formats' own rules.
 */
package nl.zelfhulpwijzer.interop;
