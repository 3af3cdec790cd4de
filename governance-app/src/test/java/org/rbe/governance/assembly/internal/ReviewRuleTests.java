package org.rbe.governance.assembly.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the civic assembly's vote opens an extraordinary review. */
class ReviewRuleTests {
    @Test
    void aMajorityOfTheBallotsWithTheQuorumOpensAReview() {
        assertThat(AssemblyConductor.opensReview(true, 301, 299, 600, 0.5)).isTrue();
    }

    @Test
    void aTieOpensNoReview() {
        assertThat(AssemblyConductor.opensReview(true, 300, 300, 600, 0.5)).isFalse();
    }

    @Test
    void withoutTheQuorumEvenUnanimityOpensNoReview() {
        assertThat(AssemblyConductor.opensReview(false, 100, 0, 100, 0.5)).isFalse();
    }

    @Test
    void abstentionsCountAmongTheBallotsAgainstAHigherThreshold() {
        // 400 for, 100 against, 100 abstaining: 66.7% of 600 ballots are for, short of a two-thirds-plus threshold.
        assertThat(AssemblyConductor.opensReview(true, 400, 100, 600, 0.7)).isFalse();
        assertThat(AssemblyConductor.opensReview(true, 400, 100, 600, 0.6)).isTrue();
    }

    @Test
    void noBallotsOpenNoReview() {
        assertThat(AssemblyConductor.opensReview(true, 0, 0, 0, 0.5)).isFalse();
    }
}
