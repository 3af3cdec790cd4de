package org.rbe.governance.scenarios;

/**
 * One line of a scenario's plan: how much of a resource a region receives, and from where.
 * {@code kind} is {@code local}, {@code transfer-in from <region>}, {@code import}, {@code substitution}
 * (tonnes of the staple replaced by the substitute) or {@code reserve} (left in store).
 */
public record Allocation(String region, String resource, String kind, double quantity, String unit) {
    public static final String LOCAL = "local";
    public static final String IMPORT = "import";
    public static final String SUBSTITUTION = "substitution";
    public static final String RESERVE = "reserve";
    public static final String TRANSFER_IN_FROM = "transfer-in from ";
}
