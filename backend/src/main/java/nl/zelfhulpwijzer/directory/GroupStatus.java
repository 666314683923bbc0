package nl.zelfhulpwijzer.directory;

/** Whether a group still meets; deactivated groups stay for history but leave the public search. */
public enum GroupStatus {
    ACTIVE, INACTIVE
}
