package org.rbe.governance.voting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One citizen on the eligible roll of a vote. */
@Entity
@Table(name = "vote_eligible")
public class RollEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vote_id", nullable = false)
    private long voteId;
    @Column(name = "citizen_id", nullable = false)
    private long citizenId;

    protected RollEntry() {
    }

    public RollEntry(long voteId, long citizenId) {
        this.voteId = voteId;
        this.citizenId = citizenId;
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
}
