package cn.gov.legalprocurement.shared;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Set;

/**
 * Tells the connection pool which errors mean the connection itself is dead (the database restarted,
 * the session was killed, the network cut), so the pool drops it at once and the next request gets a
 * live one. Hikari knows PostgreSQL's class-08 states; H2 reports a killed session in its own codes.
 */
public class BrokenConnections implements SQLExceptionOverride {

    /** H2: connection broken, database closed, database called at shutdown. */
    private static final Set<Integer> H2_DEAD = Set.of(90067, 90098, 90121);

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        boolean dead = e instanceof SQLNonTransientConnectionException
                || e.getSQLState() != null && e.getSQLState().startsWith("08")
                || H2_DEAD.contains(e.getErrorCode());
        return dead ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
