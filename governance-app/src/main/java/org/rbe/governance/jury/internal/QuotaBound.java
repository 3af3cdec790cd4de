package org.rbe.governance.jury.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A quota as stored with its panel, so later replacements and the minutes use the bounds of the draw. */
@Embeddable
public class QuotaBound {
    @Column(name = "category", nullable = false)
    private String category;
    @Column(name = "value_code", nullable = false)
    private String value;
    @Column(name = "pool_count", nullable = false)
    private int poolCount;
    @Column(name = "min_count", nullable = false)
    private int min;
    @Column(name = "max_count", nullable = false)
    private int max;

    protected QuotaBound() {
    }

    public QuotaBound(Quota quota) {
        this.category = quota.category();
        this.value = quota.value();
        this.poolCount = quota.poolCount();
        this.min = quota.min();
        this.max = quota.max();
    }

    public Quota toQuota() {
        return new Quota(category, value, poolCount, min, max);
    }
}
