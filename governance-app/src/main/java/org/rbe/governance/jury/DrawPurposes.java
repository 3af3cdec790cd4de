package org.rbe.governance.jury;

/** What a draw's purpose says to people: the kind of body it drew, and the page where its members answer and act. */
public final class DrawPurposes {
    private DrawPurposes() {
    }

    /** jury, appeal, assembly (constitutional), civic-assembly, oversight; office for every draw to an office. */
    public static String kind(String purpose) {
        return switch (purpose) {
            case "jury", "appeal", "assembly", "civic-assembly", "oversight" -> purpose;
            default -> "office";
        };
    }

    /** The route of the page where a member of such a body answers the invitation and takes part. */
    public static String route(String purpose) {
        return switch (kind(purpose)) {
            case "jury" -> "jury";
            case "appeal" -> "appeal-panels";
            case "assembly" -> "constitution";
            case "civic-assembly" -> "assembly";
            case "oversight" -> "oversight";
            default -> "rotation";
        };
    }
}
