/**
 * Institution level (tenant = the token's 'instelling'): the 14-step implementation plan of seed 002
 * ("Implementatie van de handleiding") as a tracker per institution. Every query filters by the caller's institution.
 */
package nl.zelfhulpwijzer.implementation;
