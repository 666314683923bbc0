package nl.zelfhulpwijzer.common.jobs;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

/**
 * Runs a scheduled job at most once per period, whichever of the backend instances asks. Every instance schedules
 * the job; each run first claims the job's lease row in PostgreSQL with one atomic statement that moves its next
 * run time on by the period. Of several concurrent claims, PostgreSQL lets exactly one update the row: the others
 * see the moved time and skip. A run that fails is not retried before the next period (jobs are written so that
 * the next run catches up).
 */
@ApplicationScoped
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class);
    /** Which instance ran a job last, for the operator who looks at job_lease. */
    private static final String HOLDER = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    JobLeases self;

    /** Runs {@code job} when this instance wins the lease of {@code name} for the current period; true when it ran. */
    public boolean runOnce(String name, Duration period, Runnable job) {
        if (!self.claim(name, period)) {
            return false;
        }
        LOG.debugf("Job %s runs on %s", name, HOLDER);
        job.run();
        return true;
    }

    /** Claims the lease in its own committed transaction, so other instances see it at once. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean claim(String name, Duration period) {
        Instant now = clock.instant();
        int claimed = em.createNativeQuery("""
                insert into job_lease (name, next_run_at, holder, claimed_at) values (:name, :next, :holder, :now)
                on conflict (name) do update set next_run_at = excluded.next_run_at, holder = excluded.holder,
                    claimed_at = excluded.claimed_at
                where job_lease.next_run_at <= :now""")
                .setParameter("name", name)
                .setParameter("next", Timestamp.from(now.plus(period)))
                .setParameter("holder", HOLDER)
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
        return claimed == 1;
    }
}
