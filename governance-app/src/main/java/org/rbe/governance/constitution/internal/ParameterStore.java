package org.rbe.governance.constitution.internal;

import java.time.Clock;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ParameterSet;
import org.rbe.governance.constitution.ParameterVersion;
import org.rbe.governance.constitution.ReviewSchedule;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parameters' history in {@code constitution_parameter} and the review schedule in {@code constitution_schedule}. */
@Service
@Transactional
class ParameterStore implements ConstitutionalParameters, ReviewSchedule {
    private static final String COLUMNS = "parameter_key, parameter_value, effective_from, source, reference, recorded_at";
    private final JdbcTemplate jdbc;

    private final Clock clock;
    ParameterStore(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public ParameterSet inForce(LocalDate date) {
        Map<Parameter, BigDecimal> values = new EnumMap<>(Parameter.class);
        // Ordered by date, so a later version overwrites an earlier one.
        jdbc.query("SELECT " + COLUMNS + " FROM constitution_parameter WHERE effective_from <= ?"
                        + " ORDER BY effective_from, id", this::row, Date.valueOf(date))
                .forEach(v -> values.put(v.parameter(), v.value()));
        return new ParameterSet(date, values);
    }

    @Override
    @Transactional(readOnly = true)
    public ParameterSet current() {
        return inForce(LocalDate.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ParameterVersion> history(Parameter parameter) {
        return jdbc.query("SELECT " + COLUMNS + " FROM constitution_parameter WHERE parameter_key = ?"
                + " ORDER BY effective_from", this::row, parameter.key());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ParameterVersion> versions() {
        return jdbc.query("SELECT " + COLUMNS + " FROM constitution_parameter ORDER BY parameter_key, effective_from",
                this::row);
    }

    /**
     * Records an accepted amendment: {@code parameter} takes {@code value} from {@code effectiveFrom}. The value must
     * lie in the parameter's range and leave the set in force from that date consistent.
     */
    public ParameterVersion amend(Parameter parameter, BigDecimal value, LocalDate effectiveFrom, String reference,
                                  long reviewId, long amendmentId) {
        ParameterRules.check(parameter, value);
        Map<Parameter, BigDecimal> after = new EnumMap<>(inForce(effectiveFrom).values());
        after.put(parameter, value);
        ParameterRules.checkConsistent(after);
        if (!history(parameter).stream().filter(v -> v.effectiveFrom().equals(effectiveFrom)).toList().isEmpty()) {
            throw new UserFacingException("constitution.error.sameDate", parameter.key(), effectiveFrom);
        }
        Instant now = clock.instant();
        jdbc.update("INSERT INTO constitution_parameter (parameter_key, parameter_value, unit, effective_from, source,"
                        + " reference, review_id, amendment_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                parameter.key(), value, parameter.unit(), Date.valueOf(effectiveFrom), ParameterVersion.AMENDMENT,
                reference, reviewId, amendmentId, Timestamp.from(now));
        return new ParameterVersion(parameter, value, effectiveFrom, ParameterVersion.AMENDMENT, reference, now);
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate adoptedOn() {
        return jdbc.queryForObject("SELECT adopted_on FROM constitution_schedule WHERE id = 1", LocalDate.class);
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate nextReviewDue() {
        return jdbc.queryForObject("SELECT next_review_due FROM constitution_schedule WHERE id = 1", LocalDate.class);
    }

    /**
     * Moves the due date on after the ordinary review that was due on {@code concludedDue}: the next one falls due
     * the review interval in force on that date later. Reviews opened by an initiative leave the schedule alone.
     */
    public LocalDate scheduleNextAfter(LocalDate concludedDue) {
        LocalDate next = concludedDue.plusYears(inForce(concludedDue).count(Parameter.REVIEW_INTERVAL_YEARS));
        jdbc.update("UPDATE constitution_schedule SET next_review_due = ?, updated_at = ? WHERE id = 1"
                + " AND next_review_due = ?", Date.valueOf(next), Timestamp.from(clock.instant()), Date.valueOf(concludedDue));
        return nextReviewDue();
    }

    private ParameterVersion row(ResultSet rs, int i) throws SQLException {
        return new ParameterVersion(Parameter.byKey(rs.getString(1)), rs.getBigDecimal(2).stripTrailingZeros(),
                rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant());
    }
}
