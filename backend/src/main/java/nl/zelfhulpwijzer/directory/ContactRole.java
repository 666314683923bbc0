package nl.zelfhulpwijzer.directory;

/** The role through which a group is reached; never a person's name (anonymity). */
public enum ContactRole {
    /** voorzitter */
    CHAIR,
    /** hulplijn */
    HELPLINE,
    /** aandachtsfunctionaris (handbook 002, organisation level) */
    LIAISON_OFFICER,
    /** secretaris */
    SECRETARY
}
