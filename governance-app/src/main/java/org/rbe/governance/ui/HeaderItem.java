package org.rbe.governance.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Something another module puts in the header of every page for the logged-in person, e.g. the unread notices. */
public interface HeaderItem {
    /** The component for the current person, or empty when there is nothing to show. */
    Optional<Component> forCurrentUser();
}
