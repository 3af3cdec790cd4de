package org.rbe.governance.jury.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The public test instances (copied from the project's shared data; see src/test/resources/sortition/SOURCE.md). */
public final class SortitionData {
    private SortitionData() {
    }

    public static Path file(String instance, String name) {
        try {
            return Path.of(SortitionData.class.getResource("/sortition/" + instance + "/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SelectionInstance paper(String instance, int k) {
        return SelectionFiles.read(file(instance, "categories.csv"), file(instance, "respondents.csv"), k);
    }

    public static SelectionInstance sfFixture() {
        return SelectionFiles.read(file("sf_fixture_150", "features.csv"), file("sf_fixture_150", "candidates.csv"), 22);
    }
}
