package org.rbe.governance.rotation.internal;

import java.time.Clock;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.jury.JurorReplaced;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.rotation.Office;
import org.rbe.governance.rotation.TermEnded;
import org.rbe.governance.rotation.TermView;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.RoleAssignments;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitations of successors drawn by lot: the jury module keeps each invitation's answer and draws a replacement
 * for a decliner; this class keeps the terms in step. A successor who accepts takes the office over from the outgoing
 * holder (who kept it meanwhile); one who declines is replaced by the replacement the jury module drew.
 */
@Component
@Transactional
class Successions {
    private final JdbcTemplate jdbc;
    private final Sortition sortition;
    private final RoleAssignments assignments;
    private final CitizenRegistry registry;
    private final ConstitutionalParameters constitution;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    Successions(JdbcTemplate jdbc, Sortition sortition, RoleAssignments assignments, CitizenRegistry registry,
                ConstitutionalParameters constitution, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.sortition = sortition;
        this.assignments = assignments;
        this.registry = registry;
        this.constitution = constitution;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Records the invitation of {@code username}, drawn to succeed the term {@code outgoingTermId}. */
    void invite(Office office, String username, long citizenId, LocalDate day, long rotationId, long outgoingTermId) {
        int months = office.termMonths(constitution.inForce(day));
        jdbc.update("INSERT INTO office_term (office, username, citizen_id, starts_on, ends_on, status, rotation_id,"
                        + " successor_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", office.name(), username, citizenId,
                Date.valueOf(day), Date.valueOf(day.plusMonths(months)), TermView.INVITED, rotationId, outgoingTermId);
    }

    TermView respond(long termId, boolean accept) {
        Long me = currentUser.actor().citizenId();
        TermView term = term(termId);
        if (me == null || term.citizenId() != me) {
            throw new AccessDeniedException("rotation.error.notYourInvitation", termId);
        }
        if (!TermView.INVITED.equals(term.status())) {
            throw new UserFacingException("rotation.error.answered", termId);
        }
        long panelId = panelOf(term.rotationId());
        if (accept) {
            sortition.accept(panelId);
            takeOver(term);
        } else {
            jdbc.update("UPDATE office_term SET status = ? WHERE id = ?", TermView.DECLINED, termId);
            sortition.decline(panelId);
        }
        return term(termId);
    }

    /** Successors who accepted elsewhere (e.g. on the jury duty screen) take their office over. */
    void settleAcceptances() {
        for (TermView t : jdbc.query(OfficeRosters.TERM + " WHERE status = ? ORDER BY id", OfficeRosters::term,
                TermView.INVITED)) {
            if (sortition.isAcceptedMember(panelOf(t.rotationId()), t.citizenId())) {
                takeOver(t);
            }
        }
    }

    /** The jury module drew someone in place of a successor who declined: invite them to the same term. */
    @EventListener
    void on(JurorReplaced replaced) {
        List<Long> rotations = jdbc.queryForList("SELECT id FROM office_rotation WHERE jury_panel_id = ?", Long.class,
                replaced.panelId());
        if (rotations.isEmpty()) {
            return;
        }
        long rotationId = rotations.get(0);
        TermView declined = jdbc.query(OfficeRosters.TERM + " WHERE rotation_id = ? AND citizen_id = ? ORDER BY id DESC",
                OfficeRosters::term, rotationId, replaced.declinedCitizenId()).stream().findFirst().orElseThrow();
        jdbc.update("UPDATE office_term SET status = ? WHERE id = ?", TermView.DECLINED, declined.id());
        CitizenProfile replacement = registry.byId(replaced.replacementCitizenId()).orElseThrow();
        invite(declined.office(), replacement.username(), replacement.id(), declined.startsOn(), rotationId,
                Objects.requireNonNull(declined.successorOf()));
    }

    private void takeOver(TermView successor) {
        TermView outgoing = term(successor.successorOf());
        Office office = successor.office();
        LocalDate today = LocalDate.now(clock);
        assignments.revoke(outgoing.username(), office.role());
        jdbc.update("UPDATE office_term SET status = ? WHERE id = ?", TermView.ENDED, outgoing.id());
        assignments.grant(successor.username(), office.role());
        jdbc.update("UPDATE office_term SET status = ?, starts_on = ?, ends_on = ? WHERE id = ?", TermView.ACTIVE,
                Date.valueOf(today), Date.valueOf(today.plusMonths(office.termMonths(constitution.inForce(today)))),
                successor.id());
        events.publishEvent(new TermEnded(office, outgoing.username(), successor.username(), successor.rotationId()));
    }

    private long panelOf(long rotationId) {
        return jdbc.queryForObject("SELECT jury_panel_id FROM office_rotation WHERE id = ?", Long.class, rotationId);
    }

    private TermView term(long termId) {
        return jdbc.query(OfficeRosters.TERM + " WHERE id = ?", OfficeRosters::term, termId).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("rotation.error.unknownTerm", termId));
    }
}
