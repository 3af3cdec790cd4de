package org.rbe.governance.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.proceedings.ChangeArea;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.DeliberationView;
import org.rbe.governance.proceedings.HideReason;
import org.rbe.governance.proceedings.Stance;
import org.rbe.governance.proceedings.TopicNames;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.Messages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Simulated members deliberate as real ones would, each under their own login through {@link Deliberation}: a member
 * of each table asks the experts a question, the experts answer, the tables talk and write their summaries, a share of
 * members argue for and against the options (with replies), a clerk hides one post, and most members give reasons.
 * Seeded, so a run can be repeated; the words come from the bundles in the minutes' language.
 */
@Service
public class SimulatedDeliberation {
    private final Deliberation deliberation;
    private final Sortition sortition;
    private final CurrentUser currentUser;
    private final Roster roster;

    private final ObjectProvider<TopicNames> names;
    private final Locale locale;

    SimulatedDeliberation(Deliberation deliberation, Sortition sortition, CurrentUser currentUser, Roster roster,
                          ObjectProvider<TopicNames> names, @Value("${governance.cycle.language:ru}") String language) {
        this.names = names;
        this.locale = Locale.forLanguageTag(language);
        this.deliberation = deliberation;
        this.sortition = sortition;
        this.currentUser = currentUser;
        this.roster = roster;
    }

    /** The accepted members of the panel deliberate, in the minutes' language; options are named by their titles. */
    public void deliberate(long panelId, Random random) {
        java.util.function.Function<String, String> label = TopicNames.of(names, locale);
        if (!deliberation.exists(panelId)) {
            return;
        }
        List<String> options = currentUser.runAs(admin(), () -> deliberation.view(panelId)).topics().stream()
                .filter(t -> !Deliberation.GENERAL.equals(t)).toList();
        Map<Integer, List<MemberView>> tables = new TreeMap<>();
        for (MemberView m : sortition.panel(panelId).members()) {
            if ("ACCEPTED".equals(m.status())) {
                currentUser.runAs(m.username(), () -> deliberation.seat(panelId))
                        .ifPresent(s -> tables.computeIfAbsent(s.table(), t -> new ArrayList<>()).add(m));
            }
        }
        List<Long> arguments = new ArrayList<>();
        for (Map.Entry<Integer, List<MemberView>> table : tables.entrySet()) {
            List<MemberView> seated = table.getValue();
            String topic = options.get(random.nextInt(options.size()));
            String name = label.apply(topic);
            as(seated.get(0), () -> deliberation.ask(panelId, topic, text(locale, "sim.deliberation.question", name)));
            for (int i = 0; i < Math.min(2, seated.size()); i++) {
                as(seated.get(i), () -> deliberation.tablePost(panelId, text(locale, "sim.deliberation.tablePost", name)));
            }
            as(seated.get(seated.size() - 1), () -> deliberation.writeSummary(panelId,
                    text(locale, "sim.deliberation.summary", table.getKey(), name)));
            for (MemberView m : seated) {
                if (random.nextDouble() < 0.25) {
                    String on = options.get(random.nextInt(options.size()));
                    Stance stance = random.nextDouble() < 0.6 ? Stance.FOR : Stance.AGAINST;
                    Long respondsTo = !arguments.isEmpty() && random.nextDouble() < 0.2
                            ? arguments.get(random.nextInt(arguments.size())) : null;
                    long id = currentUser.runAs(m.username(), () -> deliberation.post(panelId, on, stance,
                            text(locale, "sim.deliberation.argument." + stance, label.apply(on)), respondsTo));
                    if (respondsTo == null) {
                        arguments.add(id);
                    }
                }
                if (random.nextDouble() < 0.7) {
                    List<ChangeArea> areas = List.of(ChangeArea.values()[random.nextInt(ChangeArea.values().length)]);
                    as(m, () -> deliberation.giveReasons(panelId, areas, random.nextBoolean()
                            ? text(locale, "sim.deliberation.reason") : ""));
                }
            }
        }
        answerQuestions(panelId);
        if (!arguments.isEmpty()) {
            String clerk = roster.members(Role.CLERK).get(0).username();
            currentUser.runAs(clerk, () -> {
                deliberation.hide(arguments.get(arguments.size() - 1), HideReason.DUPLICATE,
                        text(locale, "sim.deliberation.hideNote"));
                return null;
            });
        }
    }

    /** Each question is answered by the first of the deliberation's experts (a clerk where it has none). */
    private void answerQuestions(long panelId) {
        DeliberationView view = currentUser.runAs(admin(), () -> deliberation.view(panelId));
        List<String> experts = deliberation.experts(panelId);
        String answerer = experts.isEmpty() ? roster.members(Role.CLERK).get(0).username() : experts.get(0);
        for (DeliberationView.Question q : view.questions()) {
            if (!q.answered()) {
                currentUser.runAs(answerer, () -> {
                    deliberation.answer(q.id(), text(locale, "sim.deliberation.answer", q.table()));
                    return null;
                });
            }
        }
    }

    private String admin() {
        return roster.members(Role.ADMIN).get(0).username();
    }

    private void as(MemberView member, Runnable action) {
        currentUser.runAs(member.username(), () -> {
            action.run();
            return null;
        });
    }

    private String text(Locale locale, String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
