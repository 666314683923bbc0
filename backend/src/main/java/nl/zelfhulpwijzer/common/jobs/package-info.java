/**
 * Scheduled jobs with several backend instances on one database: {@link nl.zelfhulpwijzer.common.jobs.JobLeases}
 * lets a job run once per period across all of them (a lease row in PostgreSQL), for work that must not be done
 * twice, such as the retention of referrals. Work that is split safely by row locks (the webhook dispatcher) runs
 * on every instance without a lease.
 */
package nl.zelfhulpwijzer.common.jobs;
