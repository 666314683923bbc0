package nl.zelfhulpwijzer.advice;

/** The client's social network (002, aanwijzingen uit de onderzoeksliteratuur; opvatting van hulpverleners). */
public enum NetworkQuality {
    SUPPORTIVE, POOR, USE_POSITIVE, ISOLATED
}
