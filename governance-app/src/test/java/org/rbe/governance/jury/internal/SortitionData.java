package org.rbe.governance.jury.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The public test instances (copied from the project's shared data; see src/test/resources/sortition/SOURCE.md). */
final class SortitionData {
    private SortitionData() {
    }

    static Path file(String instance, String name) {
        try {
            return Path.of(SortitionData.class.getResource("/sortition/" + instance + "/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SelectionInstance paper(String instance, int k) {
        return SelectionFiles.read(file(instance, "categories.csv"), file(instance, "respondents.csv"), k);
    }

    static SelectionInstance sfFixture() {
        return SelectionFiles.read(file("sf_fixture_150", "features.csv"), file("sf_fixture_150", "candidates.csv"), 22);
    }
}
