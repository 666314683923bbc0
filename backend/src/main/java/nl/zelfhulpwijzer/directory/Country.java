package nl.zelfhulpwijzer.directory;

/** Countries the directory covers (the seeds are Dutch and Flemish). */
public enum Country {
    NL, BE
}
