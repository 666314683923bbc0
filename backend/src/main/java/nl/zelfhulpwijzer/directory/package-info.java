/**
 * The self-help directory ("sociale kaart"): organisations, their kinds, audiences, behaviours, approach and typed
 * contact points. Seeded from Bijlage 3 of the handbook (seed 002), the Flemish syllabus (004) and the sources on
 * doctors (000, 001); every organisation cites its source and says when it was last verified.
 */
package nl.zelfhulpwijzer.directory;
