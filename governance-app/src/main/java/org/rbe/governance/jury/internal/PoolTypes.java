package org.rbe.governance.jury.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * People with identical values in every category are interchangeable for the quotas: they form one type. The
 * selection problems are solved over types (a panel is a count per type), which shrinks them from thousands of
 * people to the number of distinct value combinations. Types are ordered by their value vector, members by
 * their position in the pool, so everything derived from them is deterministic.
 */
public final class PoolTypes {
    private final SelectionInstance instance;
    private final int[][] featuresOf;
    private final int[][] members;
    private final int[] typeOf;

    public PoolTypes(SelectionInstance instance) {
        this.instance = instance;
        TreeMap<int[], List<Integer>> byValues = new TreeMap<>(Arrays::compare);
        for (int p = 0; p < instance.size(); p++) {
            byValues.computeIfAbsent(instance.features(p), v -> new ArrayList<>()).add(p);
        }
        featuresOf = new int[byValues.size()][];
        members = new int[byValues.size()][];
        typeOf = new int[instance.size()];
        int t = 0;
        for (var entry : byValues.entrySet()) {
            featuresOf[t] = entry.getKey().clone();
            members[t] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            for (int p : members[t]) {
                typeOf[p] = t;
            }
            t++;
        }
    }

    public SelectionInstance instance() {
        return instance;
    }

    public int count() {
        return members.length;
    }

    public int size(int type) {
        return members[type].length;
    }

    /** The global feature indices of the type, one per category. */
    public int[] features(int type) {
        return featuresOf[type];
    }

    public int[] members(int type) {
        return members[type];
    }

    public int typeOf(int person) {
        return typeOf[person];
    }
}
