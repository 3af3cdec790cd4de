package org.rbe.governance.rotation.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.draws.DrawStep;
import org.rbe.governance.jury.AnnouncedPanelDraws;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.rotation.Office;
import org.rbe.governance.shared.CaseNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The successors' draw of a rotation, through the shared {@code announced-draw} process like every draw by lot: the
 * pool frozen when the rotation started ({@code rotation_exclusion}) is announced, a clerk enters the public value,
 * and the successors drawn with its seed are invited, one for each outgoing term ({@code rotation_outgoing}).
 */
@Component
class RotationDraw implements DrawStep {
    static final String KIND = "rotation";
    private final JdbcTemplate jdbc;
    private final AnnouncedPanelDraws panelDraws;
    private final Successions successions;
    private final RuntimeService runtime;

    RotationDraw(JdbcTemplate jdbc, AnnouncedPanelDraws panelDraws, Successions successions, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.panelDraws = panelDraws;
        this.successions = successions;
        this.runtime = runtime;
    }

    /** Starts the announced draw of rotation {@code rotationId}'s successors. */
    void start(long rotationId) {
        runtime.startProcessInstanceByKey("announced-draw", "rotation-" + rotationId, Map.of("drawKind", KIND,
                "caseId", CaseNumbers.rotation(rotationId), "rotationId", rotationId));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DrawAnnouncement announce(Map<String, Object> variables) {
        long rotationId = DrawStep.number(variables, "rotationId");
        return panelDraws.announce(CaseNumbers.rotation(rotationId), purpose(office(rotationId)),
                outgoing(rotationId).size(), excluded(rotationId));
    }

    @Override
    public Map<String, Object> draw(Map<String, Object> variables, long announcementId, String publicValues) {
        long rotationId = DrawStep.number(variables, "rotationId");
        Office office = office(rotationId);
        PanelView drawn = panelDraws.draw(announcementId, excluded(rotationId), publicValues);
        jdbc.update("UPDATE office_rotation SET seed = ?, jury_panel_id = ? WHERE id = ?", drawn.seed(), drawn.id(),
                rotationId);
        LocalDate day = jdbc.queryForObject("SELECT rotated_on FROM office_rotation WHERE id = ?", Date.class, rotationId)
                .toLocalDate();
        List<Long> outgoing = outgoing(rotationId);
        List<MemberView> successors = drawn.members();
        for (int i = 0; i < outgoing.size(); i++) {
            successions.invite(office, successors.get(i).username(), successors.get(i).citizenId(), day, rotationId,
                    outgoing.get(i));
        }
        return Map.of("juryPanelId", drawn.id());
    }

    static String purpose(Office office) {
        return "rotation-" + office.name().toLowerCase();
    }

    private Office office(long rotationId) {
        return Office.valueOf(jdbc.queryForObject("SELECT office FROM office_rotation WHERE id = ?", String.class, rotationId));
    }

    private List<Long> outgoing(long rotationId) {
        return jdbc.queryForList("SELECT term_id FROM rotation_outgoing WHERE rotation_id = ? ORDER BY term_id", Long.class,
                rotationId);
    }

    private Set<Long> excluded(long rotationId) {
        return new HashSet<>(jdbc.queryForList("SELECT citizen_id FROM rotation_exclusion WHERE rotation_id = ?",
                Long.class, rotationId));
    }
}
