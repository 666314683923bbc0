package nl.zelfhulpwijzer.advice;

/** How to refer (handbook 002, 3. Verwijzing — Hoe verwijzen?). */
public enum Route {
    /** Information about place and time; the client goes alone. Works only to a limited extent. */
    DIRECT,
    /** Through a contact person of the group (recommended). */
    VIA_CONTACT_PERSON,
    /** Through a 'makelaar' / support worker employed by the institution (recommended; can book and accompany). */
    VIA_MAKELAAR
}
