package nl.zelfhulpwijzer.directory;

/** A report is open until a coordinator resolves (acted on it) or rejects it. */
public enum ReportStatus {
    OPEN, RESOLVED, REJECTED
}
