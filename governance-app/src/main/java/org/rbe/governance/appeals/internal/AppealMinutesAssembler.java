package org.rbe.governance.appeals.internal;

import java.nio.charset.StandardCharsets;
import org.rbe.governance.proceedings.DrawnBodies;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.appeals.internal.AppealStore.Appeal;
import org.rbe.governance.appeals.internal.AppealStore.Panel;
import org.rbe.governance.appeals.internal.AppealStore.Sanction;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.minutes.MinutesContent;
import org.rbe.governance.proceedings.DeliberationMinutes;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteResult;
import org.springframework.stereotype.Component;

/**
 * Gathers an appeal into minutes ({@link MinutesContent#APPEAL}): the evidence and statement with their hashes, the
 * options before the panel, the expert's advice, replaced panels and why, the deciding panel against its quotas with
 * its seed, the vote and the rule, and the timeline. The appellant is named by citizen number only, since the minutes
 * are public.
 */
@Component
class AppealMinutesAssembler {
    private final DrawnBodies bodies;
    private final DeliberationMinutes deliberation;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private final AppealStore store;
    private final BallotBox ballots;
    private final CitizenRegistry registry;
    private final Roster roster;
    private final ConstitutionalParameters constitution;

    AppealMinutesAssembler(AppealStore store, BallotBox ballots, CitizenRegistry registry,
                           Roster roster, ConstitutionalParameters constitution, DeliberationMinutes deliberation, DrawnBodies bodies) {
        this.bodies = bodies;
        this.store = store;
        this.deliberation = deliberation;
        this.ballots = ballots;
        this.registry = registry;
        this.roster = roster;
        this.constitution = constitution;
    }

    static String documentId(Appeal appeal) {
        return "AP-" + appeal.id() + "-" + DAY.format(appeal.decidedAt());
    }

    MinutesContent assemble(long appealId, Locale locale) {
        Appeal appeal = store.appealOrThrow(appealId);
        Sanction sanction = store.sanctionOrThrow(appeal.sanctionId());
        List<Panel> panels = store.panels(appealId);
        Panel deciding = panels.get(panels.size() - 1);
        List<MinutesContent.Dataset> records = new ArrayList<>();
        records.add(record(Messages.get(locale, "appeals.minutes.evidence"), sanction.evidence()));
        records.add(record(Messages.get(locale, "appeals.minutes.statement"), appeal.statement()));
        store.attachments(appealId).forEach(a -> records.add(new MinutesContent.Dataset(a.fileName(), a.sha256(), a.size())));
        List<MinutesContent.ExpertReview> advice = panels.stream().filter(p -> p.advice() != null)
                .map(p -> new MinutesContent.ExpertReview(p.round(), expertName(p.expert()), adviceAsReview(p.advice()),
                        p.adviceText())).toList();
        List<MinutesContent.Veto> replaced = panels.stream().filter(p -> p.replacedReason() != null)
                .map(p -> new MinutesContent.Veto(Messages.get(locale, "appeals.minutes.panelRound", p.round()),
                        expertName(p.expert()), Messages.get(locale, "appeals.minutes.replacedBecause",
                        AppealStore.TIME.format(p.decisionDeadline())))).toList();
        List<MinutesContent.TimelineEntry> timeline = store.events(appealId).stream()
                .map(e -> new MinutesContent.TimelineEntry(e.at(), Messages.get(locale, "appeals.stage." + e.stage()),
                        Messages.get(locale, e.key(), (Object[]) e.args()))).toList();
        return new MinutesContent(documentId(appeal), locale, CaseNumbers.appeal(appealId), title(appeal, sanction, locale),
                topic(sanction, locale), region(appeal), outcome(appeal, locale), summary(appeal, deciding, locale),
                Messages.get(locale, "appeals.minutes.decidedBy", deciding.round()), appeal.decidedAt(), records, List.of(),
                options(appeal, deciding, locale), advice, replaced, jury(deciding, locale), tally(appeal, deciding, locale),
                null, null, timeline, MinutesContent.APPEAL)
                .withDeliberation(deliberation.section(deciding.juryPanelId(), t -> t, locale));
    }

    RegisterEntry registerEntry(long appealId, String documentId, String sha256, boolean developmentKey, Locale locale) {
        Appeal appeal = store.appealOrThrow(appealId);
        Sanction sanction = store.sanctionOrThrow(appeal.sanctionId());
        Panel deciding = store.currentPanel(appealId).orElseThrow();
        return new RegisterEntry(CaseNumbers.appeal(appealId), documentId, title(appeal, sanction, locale),
                topic(sanction, locale), region(appeal), outcome(appeal, locale), summary(appeal, deciding, locale),
                "appeal-panel", appeal.decidedAt(), sha256, developmentKey);
    }

    private static String title(Appeal appeal, Sanction sanction, Locale locale) {
        return Messages.get(locale, AppealView.ISOLATION_REVIEW.equals(appeal.kind()) ? "appeals.minutes.reviewTitle"
                : "appeals.minutes.title", appeal.id(), sanction.id(), sanction.ruleCode(), sanction.level());
    }

    private static String topic(Sanction sanction, Locale locale) {
        return Messages.get(locale, "appeals.minutes.topic", sanction.ruleText(), sanction.level());
    }

    private String region(Appeal appeal) {
        return registry.byId(appeal.appellantId()).map(CitizenProfile::region).orElse("");
    }

    private static String outcome(Appeal appeal, Locale locale) {
        return Messages.get(locale, "appeals.outcome." + appeal.outcome(),
                appeal.decidedMeasure() == null ? "" : appeal.decidedMeasure());
    }

    private String summary(Appeal appeal, Panel deciding, Locale locale) {
        int seats = constitution.inForce(appeal.filedOn()).count(Parameter.APPEAL_PANEL_SIZE);
        return Messages.get(locale, "appeals.minutes.summary", appeal.appellantId(), seats,
                appeal.decisionRule() == null ? "" : appeal.decisionRule(), outcome(appeal, locale),
                deciding.advice() == null ? Messages.get(locale, "appeals.minutes.noAdvice")
                        : Messages.get(locale, "appeals.advice." + deciding.advice()));
    }

    private static List<MinutesContent.Scenario> options(Appeal appeal, Panel deciding, Locale locale) {
        List<MinutesContent.Scenario> options = new ArrayList<>();
        options.add(new MinutesContent.Scenario(Messages.get(locale, "appeals.option.UPHOLD"),
                Messages.get(locale, "appeals.option.UPHOLD.title"),
                Messages.get(locale, "appeals.option.UPHOLD.text", appeal.measureBefore()), List.of(), false));
        if (deciding.proposedMeasure() != null) {
            options.add(new MinutesContent.Scenario(Messages.get(locale, "appeals.option.MODIFY"),
                    Messages.get(locale, "appeals.option.MODIFY.title"), Messages.get(locale, "appeals.option.MODIFY.text",
                    deciding.proposedMeasure(), deciding.proposedBy()), List.of(), false));
        }
        options.add(new MinutesContent.Scenario(Messages.get(locale, "appeals.option.LIFT"),
                Messages.get(locale, "appeals.option.LIFT.title"), Messages.get(locale, "appeals.option.LIFT.text"),
                List.of(), false));
        return options;
    }

    private MinutesContent.Jury jury(Panel deciding, Locale locale) {
        return bodies.minutesPart(deciding.juryPanelId(), "appeals.minutes.method", locale, deciding.expertSeed());
    }

    private MinutesContent.Tally tally(Appeal appeal, Panel deciding, Locale locale) {
        VoteResult r = ballots.result(deciding.voteId());
        List<MinutesContent.OptionTotal> totals = r.totals().entrySet().stream()
                .map(e -> new MinutesContent.OptionTotal(Messages.get(locale, "appeals.option." + e.getKey()), e.getValue()))
                .toList();
        var rules = constitution.inForce(appeal.filedOn());
        int required = rules.count(Parameter.APPEAL_DECISION_VOTES);
        int seats = rules.count(Parameter.APPEAL_PANEL_SIZE);
        return new MinutesContent.Tally(r.eligible(), r.ballots(), r.eligible() == 0 ? 0 : 100.0 * r.ballots() / r.eligible(),
                100.0 * required / seats, r.ballots() >= required, appeal.decisionRule(),
                Messages.get(locale, "appeals.minutes.tieRule", required), totals, outcome(appeal, locale));
    }

    private String expertName(String username) {
        return roster.members(Role.TECHNOCRAT).stream().filter(a -> a.username().equals(username))
                .map(Actor::displayName).findFirst().orElse(username);
    }

    private static MinutesContent.ReviewDecision adviceAsReview(String advice) {
        return switch (advice) {
            case PanelDecisionRule.MODIFY -> MinutesContent.ReviewDecision.ANNOTATE;
            case PanelDecisionRule.LIFT -> MinutesContent.ReviewDecision.RETURN;
            default -> MinutesContent.ReviewDecision.APPROVE;
        };
    }

    private static MinutesContent.Dataset record(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new MinutesContent.Dataset(name, sha256(bytes), bytes.length);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
