package nl.zelfhulpwijzer.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/**
 * Waits until the referral feed may hand out every committed referral of an institution. The feed holds a row back
 * while any transaction older than its writer still runs ({@code ReferralFeed}), so on a loaded machine a background
 * job's open transaction can hold a just-created referral back for a moment; a test that expects it in the feed
 * waits for that first (the feed's own tests show the holding back itself).
 */
public final class FeedSettled {

    private static final String HELD_BACK = "select count(*) from referral where institution = ?"
            + " and writer_xid >= pg_snapshot_xmin(pg_current_snapshot())";
    private static final long TIMEOUT_MILLIS = 10_000;

    private FeedSettled() {
    }

    public static void await(String institution) {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(HELD_BACK)) {
            query.setString(1, institution);
            while (heldBack(query) > 0) {
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("the feed still holds back referrals of " + institution + " after 10 s");
                }
                Thread.sleep(20);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long heldBack(PreparedStatement query) throws SQLException {
        try (ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
