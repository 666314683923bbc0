/** The reports' REST resource: JSON and CSV, roles coordinator, beheerder and epd, institution from the token. */
package nl.zelfhulpwijzer.reports.rest;
