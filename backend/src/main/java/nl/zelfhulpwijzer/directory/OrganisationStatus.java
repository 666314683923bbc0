package nl.zelfhulpwijzer.directory;

/** Whether an organisation is active; seeds name one steunpunt 'in oprichting'. */
public enum OrganisationStatus {
    ACTIVE, IN_FORMATION, INACTIVE
}
