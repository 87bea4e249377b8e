package io.labwatch.app.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The schema itself refuses nonsense, whoever writes (psql, an import, a bug). */
@QuarkusTest
class SchemaConstraintsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void negativeRoundAmountIsRejected() {
        assertRejected(fact("FUNDING_ROUND", "2026-01-01") + "insert into funding_round (id, lab_id, name, announced_on, amount_raised) "
                + "select f.id, l.id, 'Negative', date '2026-01-01', -1 from f, lab l where l.slug = 'anthropic'", "23514");
    }

    @Test
    void negativeValuationIsRejected() {
        assertRejected(fact("VALUATION", "2020-01-01") + "insert into valuation (id, lab_id, as_of, value, basis) "
                + "select f.id, l.id, date '2020-01-01', -5, 'ESTIMATE' from f, lab l where l.slug = 'anthropic'", "23514");
    }

    @Test
    void duplicateSlugIsRejected() {
        assertRejected("insert into lab (slug, name, kind) values ('anthropic', 'Anthropic again', 'FRONTIER_LAB')", "23505");
    }

    @Test
    void roundClosingBeforeItWasAnnouncedIsRejected() {
        assertRejected(fact("FUNDING_ROUND", "2026-05-01") + "insert into funding_round (id, lab_id, name, announced_on, closed_on) "
                + "select f.id, l.id, 'Backwards', date '2026-05-01', date '2026-04-01' from f, lab l where l.slug = 'openai'", "23514");
    }

    @Test
    void hireFromAndToTheSameLabIsRejected() {
        assertRejected(fact("HIRE", "2026-01-01") + "insert into hire (id, person_id, from_lab_id, to_lab_id, move_kind, announced_on, seniority) "
                + "select f.id, p.id, l.id, l.id, 'JOINED', date '2026-01-01', 'SENIOR' from f, person p, lab l "
                + "where p.slug = 'ross-nordeen' and l.slug = 'xai'", "23514");
    }

    @Test
    void sourceUrlMustBeHttp() {
        assertRejected("insert into source (slug, outlet, headline, url) values ('js', 'X', 'Y', 'javascript:alert(1)')", "23514");
    }

    /** A fact's shared row, as {@code f}: a kind's row is the second half of one. */
    private static String fact(String kind, String date) {
        return "with f as (insert into fact (kind, occurred_on, certainty) values ('" + kind + "', date '" + date + "', 'REPORTED') returning id) ";
    }

    @Test
    void kindRowWithoutItsFactIsRejected() {
        assertRejected("insert into valuation (id, lab_id, as_of, value, basis) "
                + "select -1, id, date '2020-01-01', 5, 'ESTIMATE' from lab where slug = 'anthropic'", "23503");
    }

    private void assertRejected(String sql, String sqlState) {
        assertThatThrownBy(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(sqlState));
    }
}
