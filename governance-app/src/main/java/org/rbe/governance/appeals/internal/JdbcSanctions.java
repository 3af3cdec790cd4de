package org.rbe.governance.appeals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rbe.governance.appeals.NewSanction;
import org.rbe.governance.appeals.SanctionImposed;
import org.rbe.governance.appeals.SanctionView;
import org.rbe.governance.appeals.Sanctions;
import org.rbe.governance.appeals.internal.AppealStore.Sanction;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ParameterVersion;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.NotFoundException;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sanctions in the {@code sanction} table, with the entitlement checks of every read. */
@Service
@Transactional
class JdbcSanctions implements Sanctions {
    private final AppealStore store;
    private final CitizenRegistry registry;
    private final CurrentUser currentUser;
    private final ConstitutionalParameters constitution;
    private final CaseRoles roles;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    JdbcSanctions(AppealStore store, CitizenRegistry registry, CurrentUser currentUser,
                  ConstitutionalParameters constitution, CaseRoles roles, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.registry = registry;
        this.currentUser = currentUser;
        this.constitution = constitution;
        this.roles = roles;
        this.events = events;
    }

    @Override
    public SanctionView impose(NewSanction s) {
        Actor admin = currentUser.require(Role.ADMIN);
        if (s == null) {
            throw new UserFacingException("appeals.error.sanctionRequired");
        }
        registry.byId(s.citizenId()).orElseThrow(() -> new UserFacingException("appeals.error.unknownCitizen", s.citizenId()));
        if (admin.citizenId() != null && admin.citizenId() == s.citizenId()) {
            throw new UserFacingException("appeals.error.ownSanction");
        }
        text(s.ruleCode(), "appeals.error.ruleRequired", 64);
        text(s.ruleText(), "appeals.error.ruleTextRequired", 400);
        text(s.measure(), "appeals.error.measureRequired", 1000);
        text(s.evidence(), "appeals.error.evidenceRequired", 4000);
        if (s.level() < 1 || s.level() > 3) {
            throw new UserFacingException("appeals.error.badLevel", s.level());
        }
        LocalDate today = LocalDate.now(clock);
        if (s.imposedOn() == null || s.imposedOn().isAfter(today)) {
            throw new UserFacingException("appeals.error.badDate");
        }
        LocalDate adopted = constitution.history(Parameter.APPEAL_FILING_DAYS).stream()
                .map(ParameterVersion::effectiveFrom).min(LocalDate::compareTo).orElse(LocalDate.MAX);
        if (s.imposedOn().isBefore(adopted)) {
            throw new UserFacingException("appeals.error.beforeConstitution", adopted);
        }
        LocalDate deadline = s.imposedOn().plusDays(constitution.inForce(s.imposedOn()).count(Parameter.APPEAL_FILING_DAYS));
        long id = store.insertSanction(s, admin.username(), deadline, clock.instant());
        events.publishEvent(new SanctionImposed(id, s.citizenId(), s.level(), admin.username()));
        return view(store.sanctionOrThrow(id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SanctionView> all() {
        currentUser.require(Role.ADMIN);
        return views(store.sanctions());
    }

    @Override
    @Transactional(readOnly = true)
    public SanctionView get(long sanctionId) {
        Actor me = currentUser.actor();
        Sanction sanction;
        try {
            sanction = store.sanctionOrThrow(sanctionId);
        } catch (UserFacingException unknown) {
            // Only an administrator learns that it does not exist; anyone else gets the refusal they would get for
            // someone else's sanction.
            if (me.has(Role.ADMIN)) {
                throw new NotFoundException(unknown.messageKey(), unknown.args());
            }
            throw new AccessDeniedException("appeals.error.notYourSanction", sanctionId);
        }
        boolean own = me.citizenId() != null && me.citizenId() == sanction.citizenId();
        boolean hearing = me.citizenId() != null && store.appealsOfSanction(sanctionId).stream()
                .anyMatch(a -> roles.roleOf(CaseNumbers.appeal(a.id()), me.citizenId()).isPresent());
        if (!me.has(Role.ADMIN) && !own && !hearing) {
            throw new AccessDeniedException("appeals.error.notYourSanction", sanctionId);
        }
        return view(sanction);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SanctionView> mine() {
        Long citizenId = currentUser.actor().citizenId();
        return citizenId == null ? List.of() : views(store.sanctionsOf(citizenId));
    }

    private List<SanctionView> views(List<Sanction> sanctions) {
        Map<Long, CitizenProfile> people = registry.byIds(sanctions.stream().map(Sanction::citizenId).distinct().toList());
        return sanctions.stream().map(s -> view(s, people.get(s.citizenId()))).toList();
    }

    private SanctionView view(Sanction s) {
        return view(s, registry.byId(s.citizenId()).orElse(null));
    }

    static SanctionView view(Sanction s, CitizenProfile citizen) {
        return new SanctionView(s.id(), s.citizenId(), citizen == null ? "" : citizen.fullName(), s.ruleCode(),
                s.ruleText(), s.level(), s.measure(), s.isolation(), s.evidence(), s.imposedOn(), s.imposedBy(),
                s.appealDeadline(), s.status(), s.currentMeasure(), s.reviewDue(), s.createdAt());
    }

    private static void text(String value, String key, int max) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new UserFacingException(key, max);
        }
    }
}
