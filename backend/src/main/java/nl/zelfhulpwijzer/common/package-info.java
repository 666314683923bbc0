/** Cross-cutting pieces every feature uses: problem details, paging, parameter parsing, security, OpenAPI. */
package nl.zelfhulpwijzer.common;
