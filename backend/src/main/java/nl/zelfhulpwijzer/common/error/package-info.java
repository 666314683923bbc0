/**
 * Domain exceptions: what domain classes throw when a rule refuses something (not found, conflict, invalid input
 * with field errors, a broken rule, no access). Free of HTTP; {@code common.problem.ProblemMappers} maps each to its
 * problem type.
 */
package nl.zelfhulpwijzer.common.error;
