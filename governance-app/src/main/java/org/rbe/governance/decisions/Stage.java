package org.rbe.governance.decisions;

/** The stages of the decision cycle (DESIGN.md §1), in order. */
public enum Stage {
    DATA, SCENARIOS, EXPERT_REVIEW, ETHICS, JURY, VOTE, PUBLICATION, FEEDBACK, CLOSED
}
