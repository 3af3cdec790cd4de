package org.rbe.governance.publication.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rbe.governance.publication.DecisionPublished;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
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
    public List<RegisterEntry> search(String text) {
        if (text == null || text.isBlank()) {
            return jdbc.query("SELECT " + COLUMNS + " FROM register_entry ORDER BY published_at DESC", this::row);
        }
        String like = "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
        return jdbc.query("SELECT " + COLUMNS + " FROM register_entry WHERE LOWER(title) LIKE ? OR LOWER(topic) LIKE ?"
                + " OR LOWER(region) LIKE ? OR LOWER(outcome) LIKE ? ORDER BY published_at DESC", this::row,
                like, like, like, like);
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

    private RegisterEntry row(ResultSet rs, int i) throws SQLException {
        return new RegisterEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10),
                rs.getBoolean(11));
    }
}
