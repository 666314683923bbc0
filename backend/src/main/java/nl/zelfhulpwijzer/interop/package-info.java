/**
 * Interoperability: formats self-help fellowships and directories already use. {@code meetingguide}: the Meeting
 * Guide JSON feed (code4recovery/spec) as a public read-only export and a coordinator import; iCalendar per meeting
 * lives with it. {@code hsds}: the Open Referral HSDS 3.0 read API (openreferral/specification, branch 3.0).
 * {@code fhir}: FHIR R4 (directory as IHE mCSD, referrals as ServiceRequest + Task, the audit log as AuditEvent, the
 * referral webhooks as Subscription).
 * Interop owns no tables: it reads the directory through {@code DirectoryQueries}/{@code DirectoryHarvest}, imports
 * through {@code MeetingImports}, reads and writes referrals only through {@code referrals/Referrals} and the audit
 * log through {@code audit/AuditTrail}, and checks only its formats' own rules.
 */
package nl.zelfhulpwijzer.interop;
