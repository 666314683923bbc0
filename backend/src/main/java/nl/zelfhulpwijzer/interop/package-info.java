/**
 * Interoperability: formats self-help fellowships and directories already use. {@code meetingguide}: the Meeting
 * Guide JSON feed (code4recovery/spec) as a public read-only export and a coordinator import; iCalendar per meeting
 * lives with it. {@code hsds}: the Open Referral HSDS 3.0 read API (openreferral/specification, branch 3.0).
 */
package nl.zelfhulpwijzer.interop;
