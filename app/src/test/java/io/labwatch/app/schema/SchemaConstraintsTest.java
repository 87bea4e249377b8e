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
        assertRejected("insert into funding_round (lab_id, name, announced_on, amount_raised, certainty) "
                + "select id, 'Negative', date '2026-01-01', -1, 'REPORTED' from lab where slug = 'anthropic'", "23514");
    }

    @Test
    void negativeValuationIsRejected() {
        assertRejected("insert into valuation (lab_id, as_of, value, basis, certainty) "
                + "select id, date '2020-01-01', -5, 'ESTIMATE', 'REPORTED' from lab where slug = 'anthropic'", "23514");
    }

    @Test
    void duplicateSlugIsRejected() {
        assertRejected("insert into lab (slug, name, kind) values ('anthropic', 'Anthropic again', 'FRONTIER_LAB')", "23505");
    }

    @Test
    void roundClosingBeforeItWasAnnouncedIsRejected() {
        assertRejected("insert into funding_round (lab_id, name, announced_on, closed_on, certainty) "
                + "select id, 'Backwards', date '2026-05-01', date '2026-04-01', 'REPORTED' from lab where slug = 'openai'", "23514");
    }

    @Test
    void hireFromAndToTheSameLabIsRejected() {
        assertRejected("insert into hire (person_id, from_lab_id, to_lab_id, kind, announced_on, seniority, certainty) "
                + "select p.id, l.id, l.id, 'JOINED', date '2026-01-01', 'SENIOR', 'REPORTED' from person p, lab l "
                + "where p.slug = 'ross-nordeen' and l.slug = 'xai'", "23514");
    }

    @Test
    void sourceUrlMustBeHttp() {
        assertRejected("insert into source (slug, outlet, headline, url) values ('js', 'X', 'Y', 'javascript:alert(1)')", "23514");
    }

    private void assertRejected(String sql, String sqlState) {
        assertThatThrownBy(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(sqlState));
    }
}
