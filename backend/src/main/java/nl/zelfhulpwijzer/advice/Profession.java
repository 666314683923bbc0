package nl.zelfhulpwijzer.advice;

/** The profession of the person with the addiction, where the sources have a separate offer (000, 001). */
public enum Profession {
    OTHER, DOCTOR, GENERAL_PRACTITIONER;

    public boolean isDoctor() {
        return this == DOCTOR || this == GENERAL_PRACTITIONER;
    }
}
