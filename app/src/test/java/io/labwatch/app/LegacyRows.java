package io.labwatch.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Writes rows as a database upgraded from before V14 holds them: a zero valuation, a round whose post-money
 * valuation is below what it raised. The rules' constraints are NOT VALID (old rows stay), so a test drops them for
 * one transaction and adds them back the way V14 did.
 */
public final class LegacyRows {

    private LegacyRows() {
    }

    public static void write(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table valuation drop constraint valuation_value_positive");
            s.execute("alter table funding_round drop constraint funding_round_post_money_positive, "
                    + "drop constraint funding_round_post_money_covers_raised");
            s.execute(sql);
            s.execute("alter table valuation add constraint valuation_value_positive check (value > 0) not valid");
            s.execute("alter table funding_round add constraint funding_round_post_money_positive check (post_money_valuation > 0) not valid, "
                    + "add constraint funding_round_post_money_covers_raised check (post_money_valuation is null or amount_raised is null "
                    + "or post_money_valuation >= amount_raised) not valid");
            c.commit();
        }
    }
}
