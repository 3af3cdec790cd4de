package org.rbe.governance.proceedings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rbe.governance.minutes.MinutesContent;
import org.rbe.governance.proceedings.internal.DeliberationStore;
import org.rbe.governance.proceedings.internal.TableSeating;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a body's deliberation gives its minutes and its next round: the minutes' deliberation section, and the
 * reasons its members gave, as notes for the generation of a returned set.
 */
@Service
@Transactional(readOnly = true)
public class DeliberationMinutes {
    /** The longest notes handed to the next round. */
    public static final int MAX_NOTES = 3500;
    private final DeliberationStore store;

    DeliberationMinutes(DeliberationStore store) {
        this.store = store;
    }

    /**
     * The deliberation section of the panel's minutes, with options named by {@code topicLabel} in {@code locale};
     * null when the panel did not deliberate in the app.
     */
    public MinutesContent.Deliberation section(long panelId, Function<String, String> topicLabel, Locale locale) {
        var header = store.header(panelId).orElse(null);
        if (header == null) {
            return null;
        }
        Function<String, String> label = t -> Deliberation.GENERAL.equals(t)
                ? Messages.get(locale, "deliberation.topic.general") : topicLabel.apply(t);
        List<MinutesContent.QuestionLine> questions = store.questions(panelId).stream()
                .map(q -> new MinutesContent.QuestionLine(label.apply(q.topic()),
                        Messages.get(locale, "deliberation.askedByTable", q.table()), q.text(), q.answer(),
                        q.answeredBy())).toList();
        List<MinutesContent.TableLine> tables = store.summaries(panelId).stream()
                .map(s -> new MinutesContent.TableLine(s.table(), s.text())).toList();
        List<DeliberationView.Post> posts = store.posts(panelId);
        List<MinutesContent.ArgumentCount> counts = new ArrayList<>();
        for (String topic : header.topics()) {
            List<DeliberationView.Post> on = posts.stream().filter(p -> p.topic().equals(topic)).toList();
            counts.add(new MinutesContent.ArgumentCount(label.apply(topic), count(on, Stance.FOR),
                    authors(on, Stance.FOR), count(on, Stance.AGAINST), authors(on, Stance.AGAINST),
                    count(on, Stance.QUESTION)));
        }
        List<MinutesContent.HiddenPost> hidden = posts.stream().filter(DeliberationView.Post::hidden)
                .map(p -> new MinutesContent.HiddenPost(label.apply(p.topic()), p.pseudonym(),
                        Messages.get(locale, "deliberation.hide." + p.hiddenReason())
                                + (p.hiddenNote() == null || p.hiddenNote().isBlank() ? "" : ": " + p.hiddenNote())))
                .toList();
        List<MinutesContent.ReasonLine> reasons = store.reasons(panelId).stream()
                .map(r -> new MinutesContent.ReasonLine(areas(r, locale), r.text())).toList();
        return new MinutesContent.Deliberation(TableSeating.tables(store.members(panelId).size(), header.tableSize()),
                questions, tables, counts, hidden, reasons);
    }

    /**
     * The reasons members gave, as notes for the next round's generation: how many named each area, then their
     * distinct words, the most often given first, up to {@link #MAX_NOTES} characters (a process variable); null when
     * nobody gave any.
     */
    public String reworkNotes(long panelId) {
        List<DeliberationView.Reason> reasons = store.reasons(panelId);
        if (reasons.isEmpty()) {
            return null;
        }
        StringBuilder notes = new StringBuilder("Jurors' reasons (" + reasons.size() + "):");
        for (ChangeArea area : ChangeArea.values()) {
            long n = reasons.stream().filter(r -> r.mustChange().contains(area)).count();
            if (n > 0) {
                notes.append(' ').append(area.name()).append('=').append(n);
            }
        }
        Map<String, Long> words = reasons.stream().map(DeliberationView.Reason::text).filter(t -> !t.isBlank())
                .collect(Collectors.groupingBy(t -> t, java.util.TreeMap::new, Collectors.counting()));
        words.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
            String line = "\n- " + e.getKey() + (e.getValue() > 1 ? " (x" + e.getValue() + ")" : "");
            if (notes.length() + line.length() <= MAX_NOTES) {
                notes.append(line);
            }
        });
        return notes.toString();
    }

    /** The SHA-256 of the reasons in their published order, one "areas|words" line each. */
    static String reasonsSha256(List<DeliberationView.Reason> reasons) {
        return Sha256.hex(reasons.stream().map(r -> r.mustChange().stream().map(Enum::name)
                .collect(Collectors.joining(",")) + "|" + r.text().replace('\n', ' ')).collect(Collectors.joining("\n")));
    }

    private static String areas(DeliberationView.Reason r, Locale locale) {
        return r.mustChange().stream().map(a -> Messages.get(locale, "deliberation.area." + a))
                .collect(Collectors.joining(", "));
    }

    private static int count(List<DeliberationView.Post> posts, Stance stance) {
        return (int) posts.stream().filter(p -> p.stance() == stance).count();
    }

    private static int authors(List<DeliberationView.Post> posts, Stance stance) {
        Set<String> who = posts.stream().filter(p -> p.stance() == stance).map(DeliberationView.Post::pseudonym)
                .collect(Collectors.toSet());
        return who.size();
    }
}
