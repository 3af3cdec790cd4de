package org.rbe.governance.scenarios.internal;

import org.rbe.governance.scenarios.Allocation;
import org.rbe.governance.scenarios.ScenarioView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** {@link ScenarioStore} on plain JDBC; the SQL runs on H2 and PostgreSQL alike. */
@Repository
public class JdbcScenarioStore implements ScenarioStore {
    private static final String SELECT = "SELECT id, case_id, round_no, ordinal, title, explanation_en, explanation_ru, "
            + "objective_value FROM sc_scenario";
    private final JdbcTemplate jdbc;

    public JdbcScenarioStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ScenarioView> replaceRound(long caseId, int round, long datasetId, List<ScenarioView> scenarios) {
        jdbc.update("DELETE FROM sc_allocation WHERE scenario_id IN (SELECT id FROM sc_scenario WHERE case_id = ? AND round_no = ?)",
                caseId, round);
        jdbc.update("DELETE FROM sc_scenario WHERE case_id = ? AND round_no = ?", caseId, round);
        List<ScenarioView> saved = new ArrayList<>();
        for (ScenarioView s : scenarios) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement("INSERT INTO sc_scenario (case_id, round_no, ordinal, dataset_id, "
                        + "title, explanation_en, explanation_ru, objective_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
                ps.setLong(1, caseId);
                ps.setInt(2, round);
                ps.setInt(3, s.ordinal());
                ps.setLong(4, datasetId);
                ps.setString(5, s.title());
                ps.setString(6, s.explanationEn());
                ps.setString(7, s.explanationRu());
                ps.setDouble(8, s.objectiveValue());
                return ps;
            }, keys);
            long id = Objects.requireNonNull(keys.getKey()).longValue();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < s.allocations().size(); i++) {
                Allocation a = s.allocations().get(i);
                rows.add(new Object[] {id, i, a.region(), a.resource(), a.kind(), a.quantity(), a.unit()});
            }
            jdbc.batchUpdate("INSERT INTO sc_allocation (scenario_id, position, region, resource, kind, quantity, unit) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
            saved.add(new ScenarioView(id, caseId, round, s.ordinal(), s.title(), s.explanationEn(), s.explanationRu(),
                    s.allocations(), s.objectiveValue()));
        }
        return saved;
    }

    @Override
    public List<ScenarioView> round(long caseId, int round) {
        return jdbc.query(SELECT + " WHERE case_id = ? AND round_no = ? ORDER BY ordinal", this::view, caseId, round);
    }

    @Override
    public OptionalInt latestRound(long caseId) {
        Integer max = jdbc.queryForObject("SELECT MAX(round_no) FROM sc_scenario WHERE case_id = ?", Integer.class, caseId);
        return max == null ? OptionalInt.empty() : OptionalInt.of(max);
    }

    @Override
    public Optional<ScenarioView> byId(long id) {
        return jdbc.query(SELECT + " WHERE id = ?", this::view, id).stream().findFirst();
    }

    private ScenarioView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long id = rs.getLong("id");
        RowMapper<Allocation> allocation = (a, i) -> new Allocation(a.getString(1), a.getString(2), a.getString(3),
                a.getDouble(4), a.getString(5));
        List<Allocation> allocations = jdbc.query("SELECT region, resource, kind, quantity, unit FROM sc_allocation "
                + "WHERE scenario_id = ? ORDER BY position", allocation, id);
        return new ScenarioView(id, rs.getLong("case_id"), rs.getInt("round_no"), rs.getInt("ordinal"), rs.getString("title"),
                rs.getString("explanation_en"), rs.getString("explanation_ru"), allocations, rs.getDouble("objective_value"));
    }
}
