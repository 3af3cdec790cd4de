package org.rbe.governance.correlation.internal;

import org.rbe.governance.correlation.DatasetSummary;
import org.rbe.governance.correlation.Finding;
import org.rbe.governance.correlation.Observation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link CorrelationStore} on plain JDBC; the SQL runs on H2 and PostgreSQL alike. */
@Repository
public class JdbcCorrelationStore implements CorrelationStore {
    private static final RowMapper<DatasetSummary> DATASET = (rs, i) -> new DatasetSummary(rs.getLong("id"),
            rs.getString("file_name"), rs.getString("sha256"), rs.getInt("row_count"), rs.getInt("indicator_count"),
            rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("uploaded_by"));
    private static final String DATASET_COLUMNS =
            "SELECT id, file_name, sha256, row_count, indicator_count, uploaded_at, uploaded_by FROM cc_dataset";

    private final JdbcTemplate jdbc;

    public JdbcCorrelationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DatasetSummary save(DatasetSummary d, List<Observation> observations, List<Finding> findings) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO cc_dataset (file_name, sha256, row_count, "
                    + "indicator_count, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, d.fileName());
            ps.setString(2, d.sha256());
            ps.setInt(3, d.rows());
            ps.setInt(4, d.indicators());
            ps.setObject(5, d.uploadedAt().atOffset(ZoneOffset.UTC));
            ps.setString(6, d.uploadedBy());
            return ps;
        }, keys);
        long id = Objects.requireNonNull(keys.getKey()).longValue();
        List<Object[]> rows = new ArrayList<>(observations.size());
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            rows.add(new Object[] {id, i, o.indicator(), o.region(), o.period(), o.value(), o.unit(), o.source()});
        }
        jdbc.batchUpdate("INSERT INTO cc_observation (dataset_id, line_no, indicator, region, period, obs_value, unit, "
                + "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO cc_finding (dataset_id, indicator_a, indicator_b, n, r, p_value, significant) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", findings, 500, (ps, f) -> {
                    ps.setLong(1, id);
                    ps.setString(2, f.indicatorA());
                    ps.setString(3, f.indicatorB());
                    ps.setInt(4, f.n());
                    ps.setDouble(5, f.r());
                    ps.setDouble(6, f.pValue());
                    ps.setBoolean(7, f.significant());
                });
        return new DatasetSummary(id, d.fileName(), d.sha256(), d.rows(), d.indicators(), d.uploadedAt(), d.uploadedBy());
    }

    @Override
    public Optional<DatasetSummary> dataset(long id) {
        return jdbc.query(DATASET_COLUMNS + " WHERE id = ?", DATASET, id).stream().findFirst();
    }

    @Override
    public List<DatasetSummary> datasets() {
        return jdbc.query(DATASET_COLUMNS + " ORDER BY uploaded_at DESC, id DESC", DATASET);
    }

    @Override
    public List<Observation> observations(long datasetId) {
        return jdbc.query("SELECT indicator, region, period, obs_value, unit, source FROM cc_observation "
                + "WHERE dataset_id = ? ORDER BY line_no", (rs, i) -> new Observation(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getDouble(4), rs.getString(5), rs.getString(6)), datasetId);
    }

    @Override
    public List<Finding> findings(long datasetId) {
        return jdbc.query("SELECT indicator_a, indicator_b, n, r, p_value, significant FROM cc_finding "
                + "WHERE dataset_id = ? ORDER BY p_value, indicator_a, indicator_b", (rs, i) -> new Finding(
                rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getDouble(5), rs.getBoolean(6)),
                datasetId);
    }
}
