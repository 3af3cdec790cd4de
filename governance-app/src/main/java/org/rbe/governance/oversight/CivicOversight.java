package org.rbe.governance.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.oversight.internal.OversightStore;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.NotFoundException;
import org.rbe.governance.shared.Sha256;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for a civic check of a published decision (§6.4) and what became of them. Anyone may ask, signed in or not,
 * and nothing of who asked is kept; a decision has one open check at a time, and the day's requests are capped.
 */
@Service
@Transactional
public class CivicOversight {
    /** The process each check runs. */
    public static final String PROCESS_KEY = "civic-oversight";
    public static final int MIN_CONCERN = 20;
    public static final int MAX_CONCERN = 4000;
    private final OversightStore store;
    private final DecisionRegister register;
    private final RuntimeService runtime;
    private final OversightSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CivicOversight(OversightStore store, DecisionRegister register, RuntimeService runtime, OversightSettings settings,
                   ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.register = register;
        this.runtime = runtime;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks for a check of the decision published as case {@code decisionCase}: refused for a case not in the register,
     * a concern shorter than {@value #MIN_CONCERN} or longer than {@value #MAX_CONCERN} characters, a decision already
     * under check, or once the day's requests are used up.
     */
    public OversightView request(long decisionCase, String concern) {
        String text = concern == null ? "" : concern.strip();
        if (text.length() < MIN_CONCERN || text.length() > MAX_CONCERN) {
            throw new UserFacingException("oversight.error.concernLength", MIN_CONCERN, MAX_CONCERN);
        }
        if (register.entry(decisionCase).isEmpty()) {
            throw new UserFacingException("oversight.error.notPublished", decisionCase);
        }
        if (store.openFor(decisionCase)) {
            throw new UserFacingException("oversight.error.alreadyOpen");
        }
        Instant now = clock.instant();
        Instant dayStart = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (store.requestedSince(dayStart) >= settings.requestsPerDay()) {
            throw new UserFacingException("oversight.error.dailyLimit", settings.requestsPerDay());
        }
        long id = store.insert(decisionCase, text, now);
        events.publishEvent(new OversightRequested(id, decisionCase, Sha256.hex(text)));
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "oversight-" + id, Map.of("oversightId", id, "caseId", CaseNumbers.oversight(id)))
                .getId();
        store.set(id, "process_instance_id", instance);
        return get(id);
    }

    @Transactional(readOnly = true)
    public OversightView get(long id) {
        return store.get(id).orElseThrow(() -> new NotFoundException("oversight.error.unknown", id));
    }

    /** Every check, newest first. */
    @Transactional(readOnly = true)
    public List<OversightView> all() {
        return store.all();
    }
}
