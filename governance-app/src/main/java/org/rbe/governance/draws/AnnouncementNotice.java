package org.rbe.governance.draws;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.rbe.governance.shared.Messages;

/** What the clerk entering a draw's public value must know: the draw's announced terms, its source and the time. */
public class AnnouncementNotice extends Div {

    public AnnouncementNotice(DrawAnnouncement announcement, Locale locale) {
        DrawAnnouncement.Terms terms = announcement.terms();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC);
        setId("draw-announcement");
        add(new H3(Messages.get(locale, "draws.notice.title", announcement.id())));
        add(new Paragraph(Messages.get(locale, "draws.notice.source", terms.source())));
        Paragraph when = new Paragraph(Messages.get(locale, "draws.notice.revealAt", time.format(terms.revealAt())));
        when.setId("draw-reveal-at");
        add(when);
        add(new Paragraph(Messages.get(locale, "draws.notice.terms", terms.size(), terms.poolSize(), terms.algorithm())));
        Paragraph pool = new Paragraph(Messages.get(locale, "draws.notice.pool", terms.poolSha256()));
        pool.getStyle().set("overflow-wrap", "anywhere");
        add(pool);
        add(new Anchor("/public/ledger.jsonl", Messages.get(locale, "draws.notice.ledger")));
    }
}
