package org.rbe.governance.minutes.internal;

import java.util.List;

import com.itextpdf.layout.Document;

import org.rbe.governance.minutes.MinutesContent;

/** The vote count with its rules, followed by the integrity anchors (ballot Merkle root, audit-log head). */
final class TallySection implements MinutesSection {

    @Override
    public void write(Document document, MinutesContent content, PdfStyle style) {
        MinutesContent.Tally tally = content.tally();
        style.heading(document, "section.tally");
        document.add(style.facts(List.of(
                new String[] {"tally.eligible", String.valueOf(tally.eligible())},
                new String[] {"tally.ballots", String.valueOf(tally.ballots())},
                new String[] {"tally.turnout", style.number(tally.turnoutPercent(), 1) + " %"},
                new String[] {"tally.quorum", style.number(tally.quorumPercent(), 1) + " %"},
                new String[] {"tally.quorumMet", style.yesNo(tally.quorumMet())},
                new String[] {"tally.decisionRule", tally.decisionRule()},
                new String[] {"tally.tieRule", tally.tieRule()},
                new String[] {"tally.ballotSecrecy", style.text(tally.namedBallots() ? "tally.named" : "tally.secret")},
                new String[] {"tally.winner", tally.winningOption()})));
        if (!tally.totals().isEmpty()) {
            List<List<String>> rows = tally.totals().stream()
                    .map(t -> List.of(t.option(), String.valueOf(t.votes()))).toList();
            document.add(style.table(new float[] {75, 25}, List.of("tally.option", "tally.votes"), rows)
                    .setMarginTop(6));
        }
        style.heading(document, "section.integrity");
        document.add(style.facts(List.of(
                new String[] {"integrity.merkleRoot", style.orNotRecorded(content.merkleRoot())},
                new String[] {"integrity.auditLogHead", style.orNotRecorded(content.auditLogHead())})));
    }
}
