package org.rbe.governance.voting.internal;

import org.junit.jupiter.api.Test;
import org.rbe.governance.voting.VoteResult;
import org.rbe.governance.voting.VoteRules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTests {
    private static final List<String> OPTIONS = List.of("11", "12", "13", "REWORK");

    @Test
    void exactlyTheQuorumCountsAndOneBallotLessDoesNot() {
        VoteResult met = Tally.count(1, OPTIONS, ballots(150, 100, 0, 0), 500, VoteRules.standard());
        VoteResult missed = Tally.count(1, OPTIONS, ballots(149, 100, 0, 0), 500, VoteRules.standard());

        assertThat(met.quorumMet()).isTrue();
        assertThat(met.outcome()).isEqualTo("APPROVED");
        assertThat(missed.quorumMet()).isFalse();
        assertThat(missed.outcome()).isEqualTo("NO_QUORUM");
        assertThat(missed.winningOption()).isNull();
    }

    @Test
    void pluralityWinsWithoutAnAbsoluteMajority() {
        VoteResult result = Tally.count(2, OPTIONS, ballots(120, 110, 100, 70), 500, VoteRules.standard());

        assertThat(result.outcome()).isEqualTo("APPROVED");
        assertThat(result.winningOption()).isEqualTo("11");
        assertThat(result.ballots()).isEqualTo(400);
        assertThat(result.eligible()).isEqualTo(500);
    }

    @Test
    void aTieForFirstPlaceReturnsTheSetForRework() {
        VoteResult result = Tally.count(3, OPTIONS, ballots(150, 150, 10, 0), 500, VoteRules.standard());

        assertThat(result.outcome()).isEqualTo("REWORK");
        assertThat(result.winningOption()).isNull();
    }

    @Test
    void reworkLeadingReturnsTheSetForRework() {
        VoteResult result = Tally.count(4, OPTIONS, ballots(100, 50, 20, 200), 500, VoteRules.standard());

        assertThat(result.outcome()).isEqualTo("REWORK");
        assertThat(result.winningOption()).isEqualTo("REWORK");
    }

    @Test
    void zeroBallotsMissTheQuorumAndEveryOptionIsListedWithZero() {
        VoteResult result = Tally.count(5, OPTIONS, List.of(), 500, VoteRules.standard());

        assertThat(result.outcome()).isEqualTo("NO_QUORUM");
        assertThat(result.totals()).containsExactly(
                org.assertj.core.api.Assertions.entry("11", 0), org.assertj.core.api.Assertions.entry("12", 0),
                org.assertj.core.api.Assertions.entry("13", 0), org.assertj.core.api.Assertions.entry("REWORK", 0));
    }

    @Test
    void totalsKeepTheBallotOrderOfOptions() {
        VoteResult result = Tally.count(6, OPTIONS, ballots(1, 2, 3, 4), 10, VoteRules.standard());

        assertThat(result.totals().keySet()).containsExactlyElementsOf(OPTIONS);
        assertThat(result.totals().values()).containsExactly(1, 2, 3, 4);
        assertThat(result.ruleDescriptionEn()).contains("quorum: 50% of the 10 eligible jurors");
        assertThat(result.ruleDescriptionRu()).contains("кворум: 50%");
    }

    private static List<String> ballots(int... counts) {
        List<String> ballots = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            ballots.addAll(Collections.nCopies(counts[i], OPTIONS.get(i)));
        }
        return ballots;
    }
}
