package org.rbe.governance.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/** What another module shows on everyone's start page above their tasks, e.g. an invitation waiting for an answer. */
public interface StartPageItem {
    /** The components for the current person; empty when there is nothing for them. */
    List<Component> forCurrentUser();
}
