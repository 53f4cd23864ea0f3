package com.roleready.experimentation.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.experimentation.application.port.out.ExperimentStoreContract;
import com.roleready.experimentation.application.port.out.LoadExperimentPort;
import com.roleready.experimentation.application.port.out.PurgeTestResultsPort;
import com.roleready.experimentation.application.port.out.SaveTestResultPort;
import com.roleready.experimentation.application.port.out.SaveVariantPort;
import com.roleready.experimentation.application.port.out.VariantAggregatesPort;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.TestResult;
import com.roleready.shared.adapter.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The experimentation store contract, plus the database-only guarantees, on a real database. */
abstract class ExperimentPersistenceAdapterContractTest extends ExperimentStoreContract {

    private EntityManager entityManager;
    private VariantPersistenceAdapter variants;
    private TestResultPersistenceAdapter results;
    private VariantAggregatePersistenceAdapter aggregates;

    protected abstract TestDatabase database();

    /** The contract starts every test from an empty store; the database lives as long as the class. */
    @BeforeEach
    void emptyTheExperimentTables() throws SQLException {
        emptyExperimentTables(database());
    }

    static void emptyExperimentTables(TestDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM experiment_test_result");
            statement.executeUpdate("DELETE FROM variant_aggregate");
            statement.executeUpdate("DELETE FROM prompt_variant");
        }
    }

    @BeforeEach
    void openEntityManager() {
        entityManager = database().newEntityManager();
        variants = new VariantPersistenceAdapter(entityManager);
        results = new TestResultPersistenceAdapter(entityManager);
        aggregates = new VariantAggregatePersistenceAdapter(entityManager);
    }

    @AfterEach
    void closeEntityManager() {
        entityManager.close();
    }

    @Override
    protected LoadExperimentPort load() {
        return variants;
    }

    @Override
    protected SaveVariantPort saveVariant() {
        return variants;
    }

    @Override
    protected SaveTestResultPort results() {
        return results;
    }

    @Override
    protected VariantAggregatesPort aggregates() {
        return aggregates;
    }

    @Override
    protected PurgeTestResultsPort purge() {
        return results;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return TestDatabase.inFreshTransaction(entityManager, work);
    }


    /** Read with plain JDBC, so that what is checked is the row, not what the adapter makes of it. */
    @Override
    protected Optional<TestResult> storedResult(UUID id) {
        try (Connection connection = database().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT variant_id, operation, user_id, success,"
                     + " quality_score, duration_ms, tokens_used, cost_usd, input_hash, output_metrics, recorded_at"
                     + " FROM experiment_test_result WHERE id = ?")) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                double quality = row.getDouble("quality_score");
                Double qualityScore = row.wasNull() ? null : quality;
                return Optional.of(new TestResult(id, UUID.fromString(row.getString("variant_id")),
                        Operation.fromWireName(row.getString("operation"), "operation"), row.getString("user_id"),
                        row.getBoolean("success"), qualityScore, row.getLong("duration_ms"),
                        row.getLong("tokens_used"), row.getDouble("cost_usd"), row.getString("input_hash"),
                        row.getString("output_metrics"),
                        row.getObject("recorded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theResultTableHasNoColumnForTheRawInput() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet none = statement.executeQuery("SELECT * FROM experiment_test_result WHERE 1 = 0")) {
            for (int i = 1; i <= none.getMetaData().getColumnCount(); i++) {
                columns.add(none.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }

        assertThat(columns).containsExactlyInAnyOrder("id", "variant_id", "operation", "user_id", "success",
                "quality_score", "duration_ms", "tokens_used", "cost_usd", "input_hash", "output_metrics",
                "recorded_at");
    }

    @Test
    void theDatabaseRejectsAControlMarkerThatDisagreesWithTheControlFlag() throws SQLException {
        PromptVariant a = stored(variant(Operation.TAILORING, "A", true));

        try (Connection connection = database().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE prompt_variant SET control_of = NULL WHERE id = '" + a.id() + "'"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE prompt_variant SET label_key = 'B' WHERE id = '" + a.id() + "'"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
