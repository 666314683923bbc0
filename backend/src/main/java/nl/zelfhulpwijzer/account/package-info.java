/** Who the caller is according to the bearer token: name, roles and institution. */
package nl.zelfhulpwijzer.account;
