package org.rbe.governance.publication.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rbe.governance.publication.DecisionPublished;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.publication.RegisterFacets;
import org.rbe.governance.publication.RegisterQuery;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register in {@code register_entry}. */
@Service
@Transactional
class JdbcDecisionRegister implements DecisionRegister {
    private static final String COLUMNS = "case_id, document_id, title, topic, region, outcome, summary, published_by,"
            + " published_at, minutes_sha256, development_key";
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    JdbcDecisionRegister(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public RegisterEntry publish(RegisterEntry e, byte[] pdf) {
        if (entry(e.caseId()).isPresent()) {
            throw new UserFacingException("error.register.alreadyPublished", e.caseId());
        }
        jdbc.update("INSERT INTO register_entry (" + COLUMNS + ", minutes_pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.caseId(), e.documentId(), e.title(), e.topic(), e.region(), e.outcome(), e.summary(), e.publishedBy(),
                Timestamp.from(e.publishedAt()), e.minutesSha256(), e.developmentKey(), pdf);
        events.publishEvent(new DecisionPublished(e.caseId(), e.documentId()));
        return e;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisterEntry> search(RegisterQuery query) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (query.text() != null) {
            String like = "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%";
            where.append(" AND (LOWER(title) LIKE ? ESCAPE '!' OR LOWER(topic) LIKE ? ESCAPE '!'"
                    + " OR LOWER(region) LIKE ? ESCAPE '!' OR LOWER(outcome) LIKE ? ESCAPE '!')");
            args.addAll(List.of(like, like, like, like));
        }
        if (query.from() != null) {
            where.append(" AND published_at >= ?");
            args.add(Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (query.to() != null) {
            where.append(" AND published_at < ?");
            args.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (query.topic() != null) {
            where.append(" AND topic = ?");
            args.add(query.topic());
        }
        if (query.region() != null) {
            where.append(" AND region = ?");
            args.add(query.region());
        }
        if (query.outcome() != null) {
            if ("APPROVED".equals(query.outcome())) {
                where.append(" AND outcome NOT IN ('REWORK', 'NO_QUORUM')");
            } else {
                where.append(" AND outcome = ?");
                args.add(query.outcome());
            }
        }
        String sql = "SELECT " + COLUMNS + " FROM register_entry"
                + (where.isEmpty() ? "" : " WHERE " + where.substring(" AND ".length()))
                + " ORDER BY published_at DESC, case_id DESC";
        return jdbc.query(sql, this::row, args.toArray());
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisterEntry> latest(int count) {
        return count <= 0 ? List.of() : jdbc.query("SELECT " + COLUMNS
                + " FROM register_entry ORDER BY published_at DESC, case_id DESC LIMIT ?", this::row, count);
    }

    @Override
    @Transactional(readOnly = true)
    public RegisterFacets facets() {
        List<String> topics = jdbc.queryForList("SELECT DISTINCT topic FROM register_entry ORDER BY topic", String.class);
        List<String> regions = jdbc.queryForList("SELECT DISTINCT region FROM register_entry ORDER BY region",
                String.class);
        List<String> kinds = jdbc.queryForList("SELECT DISTINCT CASE WHEN outcome IN ('REWORK', 'NO_QUORUM') THEN outcome"
                + " ELSE 'APPROVED' END AS kind FROM register_entry ORDER BY kind", String.class);
        return new RegisterFacets(topics, regions, kinds);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegisterEntry> entry(long caseId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM register_entry WHERE case_id = ?", this::row, caseId).stream()
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> minutesPdf(long caseId) {
        return jdbc.query("SELECT minutes_pdf FROM register_entry WHERE case_id = ?", (rs, i) -> rs.getBytes(1), caseId)
                .stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegisterEntry> entryByMinutesSha256(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
            return Optional.empty();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM register_entry WHERE minutes_sha256 = ?", this::row,
                sha256.toLowerCase(Locale.ROOT)).stream().findFirst();
    }

    private RegisterEntry row(ResultSet rs, int i) throws SQLException {
        return new RegisterEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10),
                rs.getBoolean(11));
    }
}
