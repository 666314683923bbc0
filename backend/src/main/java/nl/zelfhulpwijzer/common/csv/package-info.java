/** CSV exports (reports, the audit log) written one way: {@link nl.zelfhulpwijzer.common.csv.Csv}. */
package nl.zelfhulpwijzer.common.csv;
