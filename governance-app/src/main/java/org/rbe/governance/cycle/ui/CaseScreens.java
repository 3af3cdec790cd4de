package org.rbe.governance.cycle.ui;

import java.util.Locale;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.ethics.EthicsCouncil;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.jury.JurorNames;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteResult;
import org.springframework.stereotype.Component;

/** The services behind the case screens, handed to views as one bean. */
@Component
record CaseScreens(DecisionCases cases, ScenarioGenerator scenarios, ExpertReview review, EthicsCouncil ethics,
                   Sortition sortition, JurorNames jurorNames, BallotBox ballots, CurrentUser currentUser,
                   Deliberation deliberation) {

    /** A ballot option as people read it: the scenario's title, or "return for rework". */
    String optionLabel(String option, Locale locale) {
        return VoteResult.REWORK.equals(option) ? Messages.get(locale, "option.rework")
                : scenarios.scenario(Long.parseLong(option)).title(locale);
    }
}
