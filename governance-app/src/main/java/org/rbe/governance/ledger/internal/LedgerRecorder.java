package org.rbe.governance.ledger.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rbe.governance.correlation.ObservationsImported;
import org.rbe.governance.decisions.CaseOpened;
import org.rbe.governance.ethics.ScenarioVetoed;
import org.rbe.governance.jury.JurorReplaced;
import org.rbe.governance.jury.PanelDrawn;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.minutes.MinutesSigned;
import org.rbe.governance.publication.DecisionPublished;
import org.rbe.governance.review.ReviewCompleted;
import org.rbe.governance.scenarios.ScenariosGenerated;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.Audited;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.ReceiptRecorded;
import org.rbe.governance.voting.RollFrozen;
import org.rbe.governance.voting.VoteClosed;
import org.rbe.governance.voting.VoteInfo;
import org.rbe.governance.voting.VoteOpened;
import org.rbe.governance.voting.VoteTallied;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.minutes.RegisterCertificate;
import org.rbe.governance.security.ApiTokens;
import org.rbe.governance.security.TwoFactor;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes every legitimacy-relevant event of the other modules into the ledger, in the transaction that published it.
 * Ballot events carry no voter: a receipt, a roll digest, a tally.
 */
@Component
class LedgerRecorder {
    /** Settings whose change matters to the legitimacy of decisions (never secrets). */
    private static final List<String> SETTINGS = List.of("governance.cycle.jury-size", "governance.cycle.vote-duration",
            "governance.cycle.quorum", "governance.cycle.language", "governance.minutes.keystore.path",
            "governance.minutes.key-alias", "governance.demo.enabled", "governance.deadlines.reminder",
            "governance.deadlines.deadline");
    private final AuditLedger ledger;
    private final MinutesVerifier minutesVerifier;
    private final BallotBox ballots;
    private final Roster roster;
    private final Environment environment;
    private final JdbcTemplate jdbc;

    LedgerRecorder(AuditLedger ledger, BallotBox ballots, Roster roster, Environment environment, JdbcTemplate jdbc,
                   MinutesVerifier minutesVerifier) {
        this.minutesVerifier = minutesVerifier;
        this.ledger = ledger;
        this.ballots = ballots;
        this.roster = roster;
        this.environment = environment;
        this.jdbc = jdbc;
    }

    /** Who enrolled a second factor, and which administrator reset whose (no secret, no code). */
    @EventListener
    void on(TwoFactor.Changed e) {
        ledger.append("TWO_FACTOR_" + e.change(), "account:" + e.username(), Map.of("by", e.by()));
    }

    /** Which personal API token (id and label, never the token) an account was issued or revoked. */
    @EventListener
    void on(ApiTokens.Changed e) {
        ledger.append("API_TOKEN_" + e.change(), "account:" + e.username(), Map.of("tokenId", e.tokenId(), "label", e.label()));
    }

    @EventListener
    void on(ObservationsImported e) {
        ledger.append("DATA_IMPORTED", "dataset:" + e.datasetId(), Map.of("sha256", e.sha256(), "rows", e.rows()));
    }

    @EventListener
    void on(CaseOpened e) {
        ledger.append("CASE_OPENED", "case:" + e.caseId(), Map.of("datasetId", e.datasetId(), "openedBy", e.openedBy()));
    }

    @EventListener
    void on(ScenariosGenerated e) {
        ledger.append("SCENARIOS_GENERATED", "case:" + e.caseId(), Map.of("round", e.round(), "count", e.count()));
    }

    @EventListener
    void on(ReviewCompleted e) {
        ledger.append("REVIEW_COMPLETED", "case:" + e.caseId(), Map.of("round", e.round(), "returned", e.returned()));
    }

    @EventListener
    void on(ScenarioVetoed e) {
        ledger.append("SCENARIO_VETOED", "case:" + e.caseId(), Map.of("scenarioId", e.scenarioId(), "member", e.member()));
    }

    @EventListener
    void on(PanelDrawn e) {
        ledger.append("PANEL_DRAWN", "panel:" + e.panelId(), Audited.details("caseId", e.caseId(), "seed", e.seed(),
                "size", e.size(), "algorithm", e.algorithm(), "poolFileSha256", e.poolFileSha256(),
                "quotasSha256", e.quotasSha256(), "lotterySha256", e.lotterySha256()));
    }

    @EventListener
    void on(JurorReplaced e) {
        ledger.append("JUROR_REPLACED", "panel:" + e.panelId(), Map.of("declinedCitizenId", e.declinedCitizenId(),
                "replacementCitizenId", e.replacementCitizenId()));
    }

    @EventListener
    void on(VoteOpened e) {
        VoteInfo v = ballots.info(e.voteId());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("caseId", v.caseId());
        p.put("panelId", v.panelId());
        p.put("options", v.options());
        p.put("deadline", v.deadline().toString());
        p.put("quorum", v.rules().quorum());
        p.put("revoting", v.rules().revotingAllowed());
        p.put("named", v.rules().named());
        p.put("tieRule", v.rules().tieRule());
        p.put("eligible", v.eligible());
        p.put("rollSha256", v.rollSha256());
        ledger.append("VOTE_OPENED", "vote:" + e.voteId(), p);
    }

    @EventListener
    void on(ReceiptRecorded e) {
        ledger.append("BALLOT_RECEIPT", "vote:" + e.voteId(), Map.of("receipt", e.receipt()));
    }

    @EventListener
    void on(RollFrozen e) {
        ledger.append("ROLL_FROZEN", "vote:" + e.voteId(), Map.of("caseId", e.caseId(), "eligible", e.eligible(),
                "voted", e.voted(), "rollSha256", e.rollSha256(), "participationSha256", e.participationSha256()));
    }

    @EventListener
    void on(VoteTallied e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("caseId", e.caseId());
        p.put("outcome", e.outcome());
        p.put("winningOption", e.winningOption());
        p.put("totals", new TreeMap<>(e.totals()));
        p.put("ballots", e.ballots());
        p.put("eligible", e.eligible());
        p.put("quorumMet", e.quorumMet());
        p.put("merkleRoot", e.merkleRoot());
        ledger.append("VOTE_TALLIED", "vote:" + e.voteId(), p);
    }

    @EventListener
    void on(VoteClosed e) {
        ledger.append("VOTE_CLOSED", "vote:" + e.voteId(), Map.of("caseId", e.caseId(), "outcome", e.outcome()));
    }

    @EventListener
    void on(MinutesSigned e) {
        ledger.append("MINUTES_SIGNED", "case:" + e.caseId(), Map.of("documentId", e.documentId(), "sha256", e.sha256()));
    }

    @EventListener
    void on(DecisionPublished e) {
        ledger.append("DECISION_PUBLISHED", "case:" + e.caseId(), Map.of("documentId", e.documentId()));
    }

    @EventListener
    void on(Audited e) {
        ledger.append(e.auditType(), e.auditSubject(), e.auditPayload());
    }

    /**
     * At start, records the legitimacy-relevant settings and who holds each staff role, when they differ from what
     * the ledger last recorded: a change made while the application was down (or straight in the database) shows up.
     */
    @EventListener(ApplicationReadyEvent.class)
    void recordConfigurationAndRoles() {
        Map<String, Object> settings = new TreeMap<>();
        SETTINGS.forEach(key -> settings.put(key, environment.getProperty(key, "")));
        // the certificate the minutes are signed with: minutes-verify --certificate checks against it
        settings.put("registerCertificateSha256", RegisterCertificate.fingerprint(minutesVerifier.registerCertificate()));
        recordIfChanged("CONFIGURATION", "configuration", settings);
        Map<String, Object> roles = new TreeMap<>();
        for (Role role : Role.values()) {
            if (role != Role.CITIZEN) {
                roles.put(role.id(), roster.members(role).stream().map(Actor::username).sorted().toList());
            }
        }
        recordIfChanged("ROLES", "roles", roles);
    }

    private void recordIfChanged(String kind, String subject, Map<String, Object> now) {
        List<String> last = jdbc.queryForList("SELECT payload FROM ledger_entry WHERE subject = ? ORDER BY seq DESC"
                + " FETCH FIRST 1 ROWS ONLY", String.class, subject);
        Map<String, Object> payload = new TreeMap<>(now);
        if (last.isEmpty() || !same(last.get(0), payload)) {
            ledger.append(last.isEmpty() ? kind + "_RECORDED" : kind + "_CHANGED", subject, payload);
        }
    }

    private static boolean same(String storedJson, Map<String, Object> payload) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(storedJson)
                    .equals(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(payload));
        } catch (Exception e) {
            return false;
        }
    }
}
