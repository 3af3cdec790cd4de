package org.rbe.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rbe.governance.appeals.AppealPanelView;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.appeals.Appeals;
import org.rbe.governance.appeals.NewSanction;
import org.rbe.governance.appeals.SanctionView;
import org.rbe.governance.appeals.Sanctions;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.jury.MemberView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 1,000 citizens appeal their sanctions at once: every appeal is admitted and gets its panel of 12 citizens drawn by
 * the jury module plus 1 expert, with no conflict of interest (no appellant, household member, imposer or expert on
 * any panel of their own case). Prints the seconds from the first filing to the last panel formed.
 */
@Tag("bench")
class AppealsBench extends CycleTestSupport {
    private static final int APPEALS = 1000;
    private static final int THREADS = 2;
    @Autowired
    Sanctions sanctions;
    @Autowired
    Appeals appeals;
    @Autowired
    CitizenRegistry registry;

    @Test
    void thousandAppealsFiledAtOnceAllGetConflictFreePanels() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<CitizenProfile> appellants = registry.all().stream().filter(c -> c.id() > 100).limit(APPEALS).toList();
        List<SanctionView> recorded = currentUser.runAs("admin", () -> appellants.stream()
                .map(c -> sanctions.impose(new NewSanction(c.id(), "R-1.1", "Overuse of a basic-distribution quota", 1,
                        "Access to water cut by 50% for 30 days", false, "Meter log (bench)", today))).toList());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<Future<AppealView>> filed = new ArrayList<>();
        for (int i = 0; i < APPEALS; i++) {
            SanctionView s = recorded.get(i);
            String appellant = appellants.get(i).username();
            filed.add(pool.submit(() -> currentUser.runAs(appellant,
                    () -> appeals.file(s.id(), "Bench appeal " + s.id(), List.of()))));
        }
        List<AppealView> all = new ArrayList<>();
        for (Future<AppealView> f : filed) {
            all.add(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "BENCH appeals: %d appeals filed at once on %d threads, %d panels of 12 + 1"
                + " formed in %.2f s wall (%.1f ms per appeal); the JVM used %.2f s of CPU (%.2f s on %d cores if"
                + " nothing else runs); machine load average %.1f%n", APPEALS, THREADS, all.size(), seconds,
                seconds * 1000 / APPEALS, cpu, cpu / os.getAvailableProcessors(), os.getAvailableProcessors(),
                os.getSystemLoadAverage());
        assertNoConflicts(all);
        System.out.printf(Locale.ROOT, "BENCH appeals: conflicts of interest found: 0 of %d panels checked%n", all.size());
    }

    private void assertNoConflicts(List<AppealView> all) {
        Map<String, Set<Long>> households = new HashMap<>();
        Map<Long, CitizenProfile> byId = new HashMap<>();
        registry.all().forEach(c -> {
            households.computeIfAbsent(c.householdId(), h -> new HashSet<>()).add(c.id());
            byId.put(c.id(), c);
        });
        long imposer = registry.byUsername("admin").orElseThrow().id();
        for (AppealView appeal : all) {
            assertThat(appeal.stage()).isEqualTo(AppealView.HEARING);
            AppealPanelView panel = currentUser.runAs("admin", () -> appeals.currentPanel(appeal.id())).orElseThrow();
            Set<Long> members = new HashSet<>();
            panel.members().stream().map(MemberView::citizenId).forEach(members::add);
            assertThat(members).hasSize(12);
            Set<Long> conflicted = new HashSet<>(households.get(byId.get(appeal.appellantId()).householdId()));
            conflicted.add(imposer);
            registry.byUsername(panel.expert()).ifPresent(e -> conflicted.add(e.id()));
            assertThat(members).doesNotContainAnyElementsOf(conflicted);
            assertThat(panel.expert()).isNotEqualTo(registry.byId(appeal.appellantId()).orElseThrow().username());
        }
    }
}
