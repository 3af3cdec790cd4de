package org.rbe.governance.initiatives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.initiatives.internal.InitiativeStore;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.shared.NotFoundException;
import org.rbe.governance.shared.Sha256;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' initiatives (§5.1): a citizen proposes a decision and is its first supporter; other citizens support it
 * once each; when the constitution's number of supporters ({@link Parameter#INITIATIVE_SUPPORTERS}, in force on the
 * day it was proposed) is reached within its collection window, {@code citizen-initiative.bpmn} starts.
 */
@Service
@Transactional
public class Initiatives {
    /** The process an initiative runs once it has enough supporters. */
    public static final String PROCESS_KEY = "citizen-initiative";
    public static final int MIN_TITLE = 10;
    public static final int MAX_TITLE = 200;
    public static final int MIN_PROPOSAL = 50;
    public static final int MAX_PROPOSAL = 8000;
    public static final int MIN_PROBLEM = 20;
    public static final int MAX_PROBLEM = 4000;
    private final InitiativeStore store;
    private final ConstitutionalParameters parameters;
    private final InitiativeSettings settings;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Initiatives(InitiativeStore store, ConstitutionalParameters parameters, InitiativeSettings settings,
                CurrentUser currentUser, RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.parameters = parameters;
        this.settings = settings;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The logged-in citizen proposes an initiative and supports it. Refused, storing nothing, for a title, text or
     * problem of the wrong length, an account of no citizen, or once the proposer's initiatives of the day are used up.
     */
    public CitizenInitiative propose(String title, String proposal, String problem) {
        long proposer = citizen();
        String t = text(title, MIN_TITLE, MAX_TITLE, "initiatives.error.titleLength");
        String p = text(proposal, MIN_PROPOSAL, MAX_PROPOSAL, "initiatives.error.proposalLength");
        String q = text(problem, MIN_PROBLEM, MAX_PROBLEM, "initiatives.error.problemLength");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (store.proposedSince(proposer, today.atStartOfDay(ZoneOffset.UTC).toInstant()) >= settings.perDay()) {
            throw new UserFacingException("initiatives.error.dailyLimit", settings.perDay());
        }
        int threshold = parameters.inForce(today).count(Parameter.INITIATIVE_SUPPORTERS);
        Instant expires = now.atZone(ZoneOffset.UTC).plus(settings.collectionWindow()).toInstant();
        long id = store.insert(t, p, q, proposer, threshold, now, expires);
        events.publishEvent(new InitiativeProposed(id, proposer, t, Sha256.hex(p), threshold));
        count(id, proposer, now);
        return get(id);
    }

    /**
     * The logged-in citizen supports an initiative. Refused when they already do, when it no longer collects
     * supporters (withdrawn, expired, or already enough), or once its collection window has closed.
     */
    public CitizenInitiative support(long id) {
        long citizen = citizen();
        CitizenInitiative initiative = get(id);
        if (!initiative.collecting()) {
            throw new UserFacingException("initiatives.error.notCollecting", initiative.label());
        }
        Instant now = clock.instant();
        if (!now.isBefore(initiative.expiresAt())) {
            throw new UserFacingException("initiatives.error.expired", initiative.label());
        }
        if (store.supports(id, citizen)) {
            throw new UserFacingException("initiatives.error.alreadySupported", initiative.label());
        }
        count(id, citizen, now);
        return get(id);
    }

    private void count(long id, long citizen, Instant now) {
        int supporters;
        try {
            supporters = store.addSupporter(id, citizen, now);
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("initiatives.error.alreadySupported", get(id).label());
        }
        CitizenInitiative initiative = get(id);
        events.publishEvent(new InitiativeSupported(id, supporters, initiative.threshold()));
        if (supporters == initiative.threshold() && store.move(id, CitizenInitiative.COLLECTING,
                CitizenInitiative.ANALYSIS)) {
            store.set(id, "threshold_at", now);
            events.publishEvent(new InitiativeThresholdReached(id, initiative.proposerId(), supporters));
            String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "initiative-" + id,
                    Map.of("initiativeId", id, "caseId", initiative.caseNumber())).getId();
            store.set(id, "process_instance_id", instance);
        }
    }

    /** Its proposer withdraws an initiative that still collects supporters. */
    public CitizenInitiative withdraw(long id) {
        long citizen = citizen();
        CitizenInitiative initiative = get(id);
        if (initiative.proposerId() != citizen) {
            throw new UserFacingException("initiatives.error.notProposer", initiative.label());
        }
        if (!store.move(id, CitizenInitiative.COLLECTING, CitizenInitiative.WITHDRAWN)) {
            throw new UserFacingException("initiatives.error.notCollecting", initiative.label());
        }
        store.set(id, "concluded_at", clock.instant());
        events.publishEvent(new InitiativeWithdrawn(id, initiative.supporters()));
        return get(id);
    }

    /** Closes every initiative whose collection window has closed without enough supporters; returns how many. */
    public int expireDue() {
        Instant now = clock.instant();
        int expired = 0;
        for (long id : store.dueToExpire(now)) {
            if (store.move(id, CitizenInitiative.COLLECTING, CitizenInitiative.EXPIRED)) {
                store.set(id, "concluded_at", now);
                CitizenInitiative initiative = get(id);
                events.publishEvent(new InitiativeExpired(id, initiative.proposerId(), initiative.supporters(),
                        initiative.threshold()));
                expired++;
            }
        }
        return expired;
    }

    @Transactional(readOnly = true)
    public CitizenInitiative get(long id) {
        return store.get(id).orElseThrow(() -> new NotFoundException("initiatives.error.unknown", id));
    }

    /** Every initiative, newest first. */
    @Transactional(readOnly = true)
    public List<CitizenInitiative> all() {
        return store.all();
    }

    /** Whether the logged-in citizen supports the initiative (false when nobody is logged in). */
    @Transactional(readOnly = true)
    public boolean supportedByMe(long id) {
        return currentUser.optionalActor().map(a -> a.citizenId()).map(c -> store.supports(id, c)).orElse(false);
    }

    private long citizen() {
        return currentUser.citizenId().orElseThrow(() -> new UserFacingException("initiatives.error.notACitizen"));
    }

    private static String text(String value, int min, int max, String key) {
        String text = value == null ? "" : value.strip();
        if (text.length() < min || text.length() > max) {
            throw new UserFacingException(key, min, max);
        }
        return text;
    }
}
