package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;

/** Keeps a turnout line current while it is on screen, by polling every ten seconds (only the count, never results). */
final class LiveTurnout {
    static final int POLL_MILLIS = 10_000;

    private LiveTurnout() {
    }

    static <T extends Component & HasText> void follow(T line, Supplier<String> text) {
        Registration[] poll = new Registration[1];
        line.addAttachListener(attach -> {
            attach.getUI().setPollInterval(POLL_MILLIS);
            poll[0] = attach.getUI().addPollListener(e -> line.setText(text.get()));
        });
        line.addDetachListener(detach -> {
            if (poll[0] != null) {
                poll[0].remove();
            }
            detach.getUI().setPollInterval(-1);
        });
    }
}
