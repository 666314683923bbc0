/** Who the caller is according to the bearer token: name, roles and institution (its name from implementation's published InstitutionNames). */
package nl.zelfhulpwijzer.account;
