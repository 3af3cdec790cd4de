/**
 * The deliberation's screens: {@link org.rbe.governance.proceedings.ui.DeliberationPanel}, which every body's screen
 * embeds for its members, and the public page of a deliberation. Other modules' screens use the panel.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.rbe.governance.proceedings.ui;
