package org.rbe.governance.voting;

import org.junit.jupiter.api.Test;
import org.rbe.governance.shared.Messages;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoteRulesTests {

    @Test
    void standardRulesAreHalfQuorumNoRevotingAndTieToRework() {
        VoteRules rules = VoteRules.standard();

        assertThat(rules.quorum()).isEqualTo(0.5);
        assertThat(rules.revotingAllowed()).isFalse();
        assertThat(rules.tieRule()).isEqualTo("REWORK");
    }

    @Test
    void requiredBallotsRoundUpTheQuorumShare() {
        assertThat(VoteRules.standard().requiredBallots(500)).isEqualTo(250);
        assertThat(VoteRules.standard().requiredBallots(501)).isEqualTo(251);
        assertThat(new VoteRules(0.3, false, "REWORK").requiredBallots(10)).isEqualTo(3);
        assertThat(VoteRules.standard().requiredBallots(0)).isZero();
    }

    @Test
    void theRuleIsDescribedInPlainEnglishAndRussian() {
        assertThat(VoteRules.standard().describe(Locale.ENGLISH, 500)).isEqualTo(
                "Simple majority of ballots cast (plurality); quorum: 50% of the 500 eligible jurors;"
                        + " a tie for first place returns the scenarios for rework");
        assertThat(VoteRules.standard().describe(Messages.RUSSIAN, 500))
                .startsWith("Простое большинство").contains("кворум: 50% от 500 присяжных");
        assertThat(new VoteRules(0.5, true, "REWORK").describe(Locale.ENGLISH, 500))
                .endsWith("may change their ballot until the vote closes");
    }

    @Test
    void nonsenseRulesAreRejected() {
        assertThatThrownBy(() -> new VoteRules(1.5, false, "REWORK")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VoteRules(0.5, false, "COIN")).isInstanceOf(IllegalArgumentException.class);
    }
}
