package org.rbe.governance.citizens;

/** A registered citizen with the attributes that stratified selection draws on. */
public record CitizenProfile(long id, String username, String fullName, String region, String ageBand,
                             String gender, String education, String householdId) {

    /** The value of a stratification category by name: region, ageBand, gender, education. */
    public String attribute(String category) {
        return switch (category) {
            case "region" -> region;
            case "ageBand" -> ageBand;
            case "gender" -> gender;
            case "education" -> education;
            default -> throw new IllegalArgumentException("Unknown category: " + category);
        };
    }

    /** The categories every citizen carries, in display order. */
    public static final java.util.List<String> CATEGORIES = java.util.List.of("region", "ageBand", "gender", "education");
}
