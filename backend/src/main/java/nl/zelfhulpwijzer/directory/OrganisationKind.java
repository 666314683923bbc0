package nl.zelfhulpwijzer.directory;

/** Kind of organisation in the directory. */
public enum OrganisationKind {
    SELF_HELP_FELLOWSHIP, FAMILY_GROUP, SUPPORT_POINT, KNOWLEDGE_CENTRE, ONLINE_HELP, PROFESSIONAL_PROGRAMME
}
