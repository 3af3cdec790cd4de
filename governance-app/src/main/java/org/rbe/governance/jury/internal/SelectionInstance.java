package org.rbe.governance.jury.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stratified-selection problem independent of where it came from (registry, CSV files): the categories with
 * their values and quota bounds, the people of the pool with one value per category, and the panel size.
 * Features are numbered globally, category by category, in the order given.
 */
public final class SelectionInstance {
    /** Quota bounds of one category value; {@code minFlex}/{@code maxFlex}: how far a relaxation may go. */
    public record Feature(String category, String value, int min, int max, int minFlex, int maxFlex) {
        public Feature {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("Bad quota for " + category + "=" + value + ": min " + min + ", max " + max);
            }
        }

        public Feature(String category, String value, int min, int max) {
            this(category, value, min, max, 0, Integer.MAX_VALUE);
        }

        public String label() {
            return category + "=" + value;
        }
    }

    private final List<String> categories;
    private final List<Feature> features;
    private final int[] firstFeature;
    private final String[] ids;
    private final int[][] featureOf;
    private final String[] households;
    private final int k;

    /**
     * @param featureOf  for each person, the global feature index of their value in each category
     * @param households household key per person, or null when households are not constrained
     */
    public SelectionInstance(List<String> categories, List<Feature> features, String[] ids, int[][] featureOf,
                             String[] households, int k) {
        this.categories = List.copyOf(categories);
        this.features = List.copyOf(features);
        this.ids = ids.clone();
        this.featureOf = featureOf;
        this.households = households == null ? null : households.clone();
        this.k = k;
        firstFeature = new int[categories.size() + 1];
        int f = 0;
        for (int c = 0; c < categories.size(); c++) {
            firstFeature[c] = f;
            while (f < features.size() && features.get(f).category().equals(categories.get(c))) {
                f++;
            }
        }
        firstFeature[categories.size()] = f;
        if (f != features.size()) {
            throw new IllegalArgumentException("Features must be grouped by category in the order of the categories");
        }
        if (ids.length != featureOf.length) {
            throw new IllegalArgumentException("One row of values per person");
        }
        for (int[] row : featureOf) {
            if (row.length != categories.size()) {
                throw new IllegalArgumentException("One value per category per person");
            }
            for (int c = 0; c < row.length; c++) {
                if (row[c] < firstFeature[c] || row[c] >= firstFeature[c + 1]) {
                    throw new IllegalArgumentException("Value outside its category");
                }
            }
        }
    }

    /** Builds an instance from people given as maps category → value; values missing from the features are an error. */
    public static SelectionInstance of(List<Feature> features, List<String> ids, List<Map<String, String>> values,
                                       List<String> households, int k) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            Feature feature = features.get(f);
            if (!categories.contains(feature.category())) {
                categories.add(feature.category());
            }
            index.put(feature.category() + '\u0000' + feature.value(), f);
        }
        int[][] featureOf = new int[ids.size()][categories.size()];
        for (int p = 0; p < ids.size(); p++) {
            for (int c = 0; c < categories.size(); c++) {
                String value = values.get(p).get(categories.get(c));
                Integer f = index.get(categories.get(c) + '\u0000' + value);
                if (f == null) {
                    throw new IllegalArgumentException("Person " + ids.get(p) + " has " + categories.get(c) + "="
                            + value + ", which has no quota line");
                }
                featureOf[p][c] = f;
            }
        }
        return new SelectionInstance(categories, features, ids.toArray(String[]::new), featureOf,
                households == null ? null : households.toArray(String[]::new), k);
    }

    public List<String> categories() {
        return categories;
    }

    public List<Feature> features() {
        return features;
    }

    public int featureCount() {
        return features.size();
    }

    /** Global index of the first feature of category {@code c}; {@code firstFeature(categories)} = feature count. */
    public int firstFeature(int c) {
        return firstFeature[c];
    }

    public int categoryOf(int feature) {
        for (int c = 0; c < categories.size(); c++) {
            if (feature < firstFeature[c + 1]) {
                return c;
            }
        }
        throw new IllegalArgumentException("No feature " + feature);
    }

    public int size() {
        return ids.length;
    }

    public String id(int person) {
        return ids[person];
    }

    public int feature(int person, int category) {
        return featureOf[person][category];
    }

    public int[] features(int person) {
        return featureOf[person];
    }

    public String household(int person) {
        return households == null ? null : households[person];
    }

    public boolean hasHouseholds() {
        return households != null;
    }

    public int k() {
        return k;
    }

    /** The same pool and quotas with other bounds (a relaxation). */
    public SelectionInstance withFeatures(List<Feature> other) {
        return new SelectionInstance(categories, other, ids, featureOf, households, k);
    }

    /** The same pool and quotas for a panel of another size. */
    public SelectionInstance withK(int panelSize) {
        return new SelectionInstance(categories, features, ids, featureOf, households, panelSize);
    }

    /** How many people of the pool carry each feature. */
    public int[] poolCounts() {
        int[] counts = new int[features.size()];
        for (int[] row : featureOf) {
            for (int f : row) {
                counts[f]++;
            }
        }
        return counts;
    }

    /** Whether the given people (indices) form a panel of size k meeting every quota. */
    public boolean meetsQuotas(int[] panel) {
        if (panel.length != k || Arrays.stream(panel).distinct().count() != k) {
            return false;
        }
        int[] counts = new int[features.size()];
        for (int p : panel) {
            for (int f : featureOf[p]) {
                counts[f]++;
            }
        }
        for (int f = 0; f < counts.length; f++) {
            if (counts[f] < features.get(f).min() || counts[f] > features.get(f).max()) {
                return false;
            }
        }
        return true;
    }
}
