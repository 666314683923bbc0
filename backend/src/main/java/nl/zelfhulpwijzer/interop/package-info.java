/**
 * Interoperability: formats self-help fellowships and directories already use. {@code meetingguide}: the Meeting
 * Guide JSON feed (code4recovery/spec) as a public read-only export; iCalendar per meeting lives with it.
 */
package nl.zelfhulpwijzer.interop;
