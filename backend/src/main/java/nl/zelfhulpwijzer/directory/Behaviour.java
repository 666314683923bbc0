package nl.zelfhulpwijzer.directory;

/** The substance or behaviour an offer is about. */
public enum Behaviour {
    ALCOHOL, DRUGS, GAMBLING, MEDICATION, EATING, OTHER
}
