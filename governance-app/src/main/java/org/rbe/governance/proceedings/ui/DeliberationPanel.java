package org.rbe.governance.proceedings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.DeliberationView;
import org.rbe.governance.proceedings.HideReason;
import org.rbe.governance.proceedings.Stance;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.ui.Notices;

/**
 * A body's deliberation on one screen, one column so that it reads on a phone: the questions to the experts with their
 * answers, the member's table (its talk and summary), the public arguments for and against each option, and the
 * reasons beside the vote. What the reader may do depends on who they are: a member asks, posts and writes; an expert
 * answers; a clerk hides a post with a reason; anyone else reads. A long thread is a lazy list: the reader's browser
 * gets the cards it shows as it scrolls.
 */
public class DeliberationPanel extends Composite<VerticalLayout> {
    /** Threads of at most this many lines (headings, posts, replies) are shown whole; longer ones lazily. */
    static final int INLINE = 50;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final Deliberation deliberation;
    private final CurrentUser currentUser;
    private final long panelId;
    private final Function<String, String> label;

    /** {@code label} names an option (a topic) in the reader's language. */
    public DeliberationPanel(Deliberation deliberation, CurrentUser currentUser, long panelId,
                             Function<String, String> label) {
        this.deliberation = deliberation;
        this.currentUser = currentUser;
        this.panelId = panelId;
        this.label = t -> Deliberation.GENERAL.equals(t) ? getTranslation("deliberation.topic.general") : label.apply(t);
        getContent().setPadding(false);
        getContent().setId("deliberation-" + panelId);
        render();
    }

    void render() {
        VerticalLayout box = getContent();
        box.removeAll();
        DeliberationView v = deliberation.view(panelId);
        box.add(new H4(getTranslation("deliberation.title")));
        Paragraph intro = new Paragraph(v.seat() == null ? getTranslation(v.open() ? "deliberation.introReader"
                : "deliberation.introClosed") : getTranslation("deliberation.introMember", v.seat().pseudonym(),
                v.seat().table(), v.tables()));
        intro.setId("deliberation-intro");
        box.add(intro);
        List<String> experts = deliberation.experts(panelId);
        boolean answers = currentUser.optionalActor().map(a -> experts.isEmpty() ? a.has(Role.CLERK)
                : experts.contains(a.username())).orElse(false);
        box.add(section("questions", getTranslation("deliberation.questionsTitle", v.questions().size()),
                new QuestionsPart(this, deliberation, v, answers)));
        if (v.seat() != null) {
            box.add(section("table", getTranslation("deliberation.tableTitle", v.seat().table()), new TablePart(this,
                    deliberation, v)));
        } else if (!v.summaries().isEmpty()) {
            box.add(section("summaries", getTranslation("deliberation.summariesTitle", v.summaries().size()),
                    TablePart.summaries(v, this)));
        }
        box.add(section("arguments", getTranslation("deliberation.argumentsTitle", v.posts().size()), arguments(v)));
        if (v.seat() != null && v.open()) {
            box.add(section("reasons", getTranslation("deliberation.reasonsTitle"), new ReasonsPart(this, deliberation, v)));
        } else if (!v.reasons().isEmpty()) {
            box.add(section("reasons", getTranslation("deliberation.reasonsPublished", v.reasons().size()),
                    ReasonsPart.published(v, this)));
        }
    }

    private Details section(String id, String title, Component content) {
        Details details = new Details(title, content);
        details.setId("deliberation-" + id);
        details.setOpened(!"arguments".equals(id) || getContent().getComponentCount() < 4);
        details.setWidthFull();
        return details;
    }

    private VerticalLayout arguments(DeliberationView v) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        if (v.seat() != null && v.open()) {
            list.add(composer(v));
        }
        boolean canHide = v.open() && currentUser.optionalActor().map(a -> a.has(Role.CLERK)).orElse(false);
        List<Entry> thread = thread(v);
        if (thread.size() <= INLINE) {
            thread.forEach(e -> list.add(entry(e, canHide)));
        } else {
            // a long thread (a jury of 500 posts thousands): the browser holds only the cards in view, built as it
            // scrolls, instead of every card in the first response
            VirtualList<Entry> lazy = new VirtualList<>();
            lazy.setId("deliberation-thread");
            lazy.setItems(thread);
            lazy.setRenderer(new ComponentRenderer<>(e -> entry(e, canHide)));
            lazy.setWidthFull();
            lazy.setHeight("70vh");
            list.add(lazy);
        }
        if (v.posts().isEmpty()) {
            list.add(new Paragraph(getTranslation("deliberation.noArguments")));
        }
        return list;
    }

    /** One line of the thread: a topic's heading (no post), or a post under it, a reply indented under its post. */
    record Entry(String topic, String heading, DeliberationView.Post post, boolean reply) {
    }

    /**
     * The thread in reading order, in one pass: each topic that has posts, its heading, then each of its arguments
     * (oldest first) followed by its replies.
     */
    private List<Entry> thread(DeliberationView v) {
        Map<String, List<DeliberationView.Post>> roots = new HashMap<>();
        Map<Long, List<DeliberationView.Post>> replies = new HashMap<>();
        for (DeliberationView.Post p : v.posts()) {
            if (p.respondsTo() == null) {
                roots.computeIfAbsent(p.topic(), t -> new ArrayList<>()).add(p);
            } else {
                replies.computeIfAbsent(p.respondsTo(), r -> new ArrayList<>()).add(p);
            }
        }
        List<Entry> thread = new ArrayList<>();
        for (String topic : v.topics()) {
            List<DeliberationView.Post> on = roots.getOrDefault(topic, List.of());
            if (on.isEmpty()) {
                continue;
            }
            thread.add(new Entry(topic, label.apply(topic), null, false));
            for (DeliberationView.Post p : on) {
                thread.add(new Entry(topic, null, p, false));
                replies.getOrDefault(p.id(), List.of()).forEach(r -> thread.add(new Entry(topic, null, r, true)));
            }
        }
        return thread;
    }

    private Component entry(Entry e, boolean canHide) {
        return e.post() == null ? new Span(e.heading()) : post(e.post(), canHide, e.reply());
    }

    private Div post(DeliberationView.Post p, boolean canHide, boolean reply) {
        Div card = new Div();
        card.setId("post-" + p.id());
        card.getStyle().set("border-left", "4px solid " + (p.stance() == Stance.FOR ? "var(--lumo-success-color)"
                        : p.stance() == Stance.AGAINST ? "var(--lumo-error-color)" : "var(--lumo-contrast-50pct)"))
                .set("padding", "0 var(--lumo-space-s)").set("margin-left", reply ? "var(--lumo-space-l)" : "0")
                .set("overflow-wrap", "anywhere");
        Span stance = new Span(getTranslation("deliberation.stance." + p.stance()));
        stance.getElement().getThemeList().add(p.stance() == Stance.FOR ? "badge success"
                : p.stance() == Stance.AGAINST ? "badge error" : "badge contrast");
        card.add(stance, new Span(" " + p.pseudonym() + " · " + TIME.format(p.postedAt())));
        if (p.hidden()) {
            Paragraph tombstone = new Paragraph(getTranslation("deliberation.hiddenBecause",
                    getTranslation("deliberation.hide." + p.hiddenReason()), p.hiddenNote() == null ? "" : p.hiddenNote()));
            tombstone.getStyle().set("font-style", "italic");
            card.add(tombstone);
            return card;
        }
        card.add(new Paragraph(p.text()));
        if (canHide) {
            Select<HideReason> reason = new Select<>();
            reason.setLabel(getTranslation("deliberation.hideReason"));
            reason.setItems(HideReason.values());
            reason.setItemLabelGenerator(r -> getTranslation("deliberation.hide." + r));
            Button hide = new Button(getTranslation("deliberation.hide"), e -> {
                if (Notices.attempt(() -> deliberation.hide(p.id(), reason.getValue(), ""))) {
                    Notices.success("deliberation.hidden");
                    render();
                }
            });
            hide.setId("hide-" + p.id());
            hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            card.add(new Details(getTranslation("deliberation.moderate"), new Div(reason, hide)));
        }
        return card;
    }

    private VerticalLayout composer(DeliberationView v) {
        Select<String> topic = topicSelect(v, "post-topic");
        Select<Stance> stance = new Select<>();
        stance.setId("post-stance");
        stance.setLabel(getTranslation("deliberation.stanceLabel"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> getTranslation("deliberation.stance." + s));
        TextArea text = area("post-text", getTranslation("deliberation.postLabel", v.seat().pseudonym()), 500);
        Button send = new Button(getTranslation("deliberation.post"), e -> {
            if (Notices.attempt(() -> deliberation.post(panelId, topic.getValue(), stance.getValue(), text.getValue(),
                    null))) {
                Notices.success("deliberation.posted");
                render();
            }
        });
        send.setId("post-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout composer = new VerticalLayout(new Paragraph(getTranslation("deliberation.postRules")), topic,
                stance, text, send);
        composer.setPadding(false);
        return composer;
    }

    Select<String> topicSelect(DeliberationView v, String id) {
        Select<String> topic = new Select<>();
        topic.setId(id);
        topic.setLabel(getTranslation("deliberation.topicLabel"));
        topic.setItems(v.topics());
        topic.setItemLabelGenerator(label::apply);
        topic.setValue(Deliberation.GENERAL);
        topic.setWidthFull();
        return topic;
    }

    String label(String topic) {
        return label.apply(topic);
    }

    static TextArea area(String id, String label, int max) {
        TextArea text = new TextArea(label);
        text.setId(id);
        text.setMaxLength(max);
        text.setWidthFull();
        text.setHelperText(max + "");
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> text.setHelperText(e.getValue().length() + " / " + max));
        return text;
    }

    long panelId() {
        return panelId;
    }
}
