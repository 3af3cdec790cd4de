package org.rbe.governance.citizens.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** The registry read straight from the {@code citizen} table: 10,000+ rows load in milliseconds. */
@Service
class JdbcCitizenRegistry implements CitizenRegistry {
    private static final String SELECT = "SELECT id, username, full_name, region, age_band, gender, education, household_id FROM citizen";
    private static final RowMapper<CitizenProfile> ROW = (rs, i) -> new CitizenProfile(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));

    private final NamedParameterJdbcTemplate jdbc;

    JdbcCitizenRegistry(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count() {
        Long n = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM citizen", Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public List<CitizenProfile> all() {
        return jdbc.getJdbcTemplate().query(SELECT + " ORDER BY id", ROW);
    }

    @Override
    public Optional<CitizenProfile> byId(long id) {
        return jdbc.query(SELECT + " WHERE id = :id", Map.of("id", id), ROW).stream().findFirst();
    }

    @Override
    public Optional<CitizenProfile> byUsername(String username) {
        return jdbc.query(SELECT + " WHERE username = :u", Map.of("u", username), ROW).stream().findFirst();
    }

    @Override
    public List<CitizenProfile> household(String householdId) {
        return jdbc.query(SELECT + " WHERE household_id = :h ORDER BY id", Map.of("h", householdId), ROW);
    }

    @Override
    public Map<Long, CitizenProfile> byIds(Collection<Long> ids) {
        Map<Long, CitizenProfile> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        List<Long> list = List.copyOf(ids);
        for (int from = 0; from < list.size(); from += 1000) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 1000));
            jdbc.query(SELECT + " WHERE id IN (:ids)", Map.of("ids", chunk), ROW).forEach(c -> result.put(c.id(), c));
        }
        return result;
    }
}
