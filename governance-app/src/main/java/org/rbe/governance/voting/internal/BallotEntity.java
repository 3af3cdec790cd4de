package org.rbe.governance.voting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A juror's ballot; the database allows one per juror per vote, and a re-vote (when allowed) rewrites it. */
@Entity
@Table(name = "vote_ballot")
public class BallotEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vote_id", nullable = false)
    private long voteId;
    @Column(name = "citizen_id", nullable = false)
    private long citizenId;
    @Column(name = "option_code", nullable = false)
    private String option;
    @Column(nullable = false)
    private String nonce;
    @Column(nullable = false)
    private String receipt;
    @Column(name = "cast_at", nullable = false)
    private Instant castAt;
    @Column(nullable = false)
    private int revisions;

    protected BallotEntity() {
    }

    public BallotEntity(long voteId, long citizenId) {
        this.voteId = voteId;
        this.citizenId = citizenId;
        this.revisions = -1;
    }

    public void mark(String option, String nonce, String receipt, Instant castAt) {
        this.option = option;
        this.nonce = nonce;
        this.receipt = receipt;
        this.castAt = castAt;
        this.revisions++;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVoteId() {
        return voteId;
    }

    public long getCitizenId() {
        return citizenId;
    }

    public String getOption() {
        return option;
    }

    public String getReceipt() {
        return receipt;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
