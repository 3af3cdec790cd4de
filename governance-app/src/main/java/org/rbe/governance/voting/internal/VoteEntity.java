package org.rbe.governance.voting.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.rbe.governance.voting.VoteRules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A vote of one panel on one case: its options, deadline, rules and, once closed, its outcome. */
@Entity
@Table(name = "vote_round")
public class VoteEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "panel_id", nullable = false)
    private long panelId;
    @ElementCollection
    @CollectionTable(name = "vote_option", joinColumns = @JoinColumn(name = "vote_id"))
    @OrderColumn(name = "position_index")
    @Column(name = "option_code", nullable = false)
    private List<String> options = new ArrayList<>();
    @Column(nullable = false)
    private Instant deadline;
    @Column(nullable = false)
    private double quorum;
    @Column(name = "revoting_allowed", nullable = false)
    private boolean revotingAllowed;
    @Column(name = "tie_rule", nullable = false)
    private String tieRule;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column
    private String outcome;
    @Column(name = "winning_option")
    private String winningOption;
    @Column(name = "named_ballots", nullable = false)
    private boolean namedBallots;
    @Column(name = "merkle_root")
    private String merkleRoot;
    @Column(name = "counted_ballots")
    private Integer countedBallots;

    protected VoteEntity() {
    }

    public VoteEntity(long caseId, long panelId, List<String> options, Instant deadline, VoteRules rules, Instant openedAt) {
        this.caseId = caseId;
        this.panelId = panelId;
        this.options = new ArrayList<>(options);
        this.deadline = deadline;
        this.quorum = rules.quorum();
        this.revotingAllowed = rules.revotingAllowed();
        this.tieRule = rules.tieRule();
        this.namedBallots = rules.named();
        this.openedAt = openedAt;
    }

    public void close(Instant at, String outcome, String winningOption, String merkleRoot, int countedBallots) {
        this.closedAt = at;
        this.outcome = outcome;
        this.winningOption = winningOption;
        this.merkleRoot = merkleRoot;
        this.countedBallots = countedBallots;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public VoteRules rules() {
        return new VoteRules(quorum, revotingAllowed, tieRule, namedBallots);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getPanelId() {
        return panelId;
    }

    public List<String> getOptions() {
        return List.copyOf(options);
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getMerkleRoot() {
        return merkleRoot;
    }

    public Integer getCountedBallots() {
        return countedBallots;
    }
}
