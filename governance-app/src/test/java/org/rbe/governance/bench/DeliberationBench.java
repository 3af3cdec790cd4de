package org.rbe.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.DeliberationSettings;
import org.rbe.governance.proceedings.Stance;
import org.rbe.governance.proceedings.TopicNames;
import org.rbe.governance.proceedings.ui.DeliberationPageProbe;
import org.rbe.governance.testing.BrowserlessUi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deliberation issue's load: a jury of 500 deliberates, each juror posting 5 arguments (for, against, questions,
 * replies) through the service under their own login, spread over one hour of the application's clock; every post is
 * stored; then the thread of 2,500 posts is built on the server (the route's page, as the router enters and attaches
 * it, and the first response's UIDL) and loaded by a headless Chromium from the running application.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false"})
class DeliberationBench extends CycleTestSupport {
    private static final int POSTS_EACH = 5;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final int WARM_BUILDS = 3;
    private static final int BUILDS = 7;
    private static final int BROWSER_LOADS = 5;
    @Autowired
    Deliberation deliberation;
    @Autowired
    DeliberationSettings settings;
    @Autowired
    Sortition sortition;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<TopicNames> names;
    @LocalServerPort
    int port;

    @Test
    void fiveHundredJurorsPostFiveArgumentsEachAndTheThreadRenders() throws Exception {
        DecisionCaseView c = openCase("Deliberation bench");
        people.reviewRound(c.id(), "APPROVE", null);
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        PanelView panel = sortition.currentPanel(c.id()).orElseThrow();
        long panelId = panel.id();
        List<MemberView> jurors = panel.members();
        currentUser.runAs("admin", () -> {
            jurors.forEach(m -> sortition.respond(panelId, m.citizenId(), true));
            return null;
        });
        List<String> topics = deliberation.view(panelId).topics();
        System.out.printf(Locale.ROOT, "BENCH deliberation: jury of %d, %d topics; limits per member: %d posts in 24 h,"
                + " %d in all (defaults 5 and 20): %d posts each within an hour are allowed, nothing raised%n",
                jurors.size(), topics.size(), settings.postsPerDay(), settings.postsPerBody(), POSTS_EACH);
        assertThat(settings.postsPerDay()).as("posts a day allowed").isGreaterThanOrEqualTo(POSTS_EACH);
        assertThat(settings.postsPerBody()).as("posts a body allowed").isGreaterThanOrEqualTo(POSTS_EACH);

        int total = jurors.size() * POSTS_EACH;
        long[] nanos = post(panelId, jurors, topics, total);
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM deliberation_post WHERE panel_id = ?", Long.class, panelId);
        List<Integer> perAuthor = jdbc.queryForList("SELECT COUNT(*) FROM deliberation_post WHERE panel_id = ?"
                + " GROUP BY pseudonym", Integer.class, panelId);
        long replies = jdbc.queryForObject("SELECT COUNT(*) FROM deliberation_post WHERE panel_id = ?"
                + " AND responds_to IS NOT NULL", Long.class, panelId);
        assertThat(stored).isEqualTo(total);
        assertThat(perAuthor).hasSize(jurors.size()).containsOnly(POSTS_EACH);
        long sum = Arrays.stream(nanos).sum();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "BENCH deliberation posting: %d posts stored of %d (%d replies) by %d jurors, %d"
                + " each, spread over %d simulated minutes; %.1f s of posting, %.0f posts/s, per post p50 %.2f ms,"
                + " p95 %.2f ms, p99 %.2f ms, max %.2f ms (%s)%n", stored, total, replies, perAuthor.size(), POSTS_EACH,
                HOUR.toMinutes(), sum / 1e9, total / (sum / 1e9), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted[sorted.length - 1] / 1e6, database());

        long lastPost = buildThePage(panelId, total);
        loadInBrowser(panelId, total, lastPost);
    }

    /** Every juror posts {@code POSTS_EACH} times, in rounds, each post at its minute of the hour. */
    private long[] post(long panelId, List<MemberView> jurors, List<String> topics, int total) {
        Random random = new Random(20261203L);
        List<Long> roots = new ArrayList<>();
        long[] nanos = new long[total];
        Instant start = clock.instant();
        int k = 0;
        for (int round = 0; round < POSTS_EACH; round++) {
            List<MemberView> order = new ArrayList<>(jurors);
            Collections.shuffle(order, random);
            for (MemberView juror : order) {
                // rounds: an argument for or against, a question, a reply, an argument, a reply
                boolean reply = (round == 2 || round == 4) && !roots.isEmpty();
                Stance stance = round == 1 ? Stance.QUESTION : random.nextBoolean() ? Stance.FOR : Stance.AGAINST;
                Long parent = reply ? roots.get(random.nextInt(roots.size())) : null;
                String topic = topics.get(random.nextInt(topics.size()));
                String text = text(random, stance, reply);
                clock.moveTo(start.plus(HOUR.multipliedBy(k).dividedBy(total)));
                long t0 = System.nanoTime();
                long id = currentUser.runAs(juror.username(), () -> deliberation.post(panelId, topic, stance, text, parent));
                nanos[k++] = System.nanoTime() - t0;
                if (!reply) {
                    roots.add(id);
                }
            }
        }
        return nanos;
    }

    /** The route's page for a reader who is not a member, built, entered and attached, and its first UIDL written. */
    private long buildThePage(long panelId, int total) {
        BrowserlessUi.start();
        try {
            long[] build = new long[BUILDS];
            long[] uidl = new long[BUILDS];
            int components = 0;
            int postCards = 0;
            int bytes = 0;
            long lastPost = -1;
            for (int run = -WARM_BUILDS; run < BUILDS; run++) {
                UI ui = UI.getCurrent();
                ui.removeAll();
                ui.getInternals().getStateTree().collectChanges(change -> { });
                long t0 = System.nanoTime();
                Component page = DeliberationPageProbe.open(deliberation, currentUser, names, panelId);
                long t1 = System.nanoTime();
                String json = new UidlWriter().createUidl(ui, false).toString();
                long t2 = System.nanoTime();
                if (run >= 0) {
                    build[run] = t1 - t0;
                    uidl[run] = t2 - t1;
                }
                components = count(page);
                postCards = DeliberationPageProbe.postsShown(page);
                lastPost = DeliberationPageProbe.lastPostInThread(page);
                bytes = json.getBytes(StandardCharsets.UTF_8).length;
            }
            assertThat(postCards).isEqualTo(total);
            Arrays.sort(build);
            Arrays.sort(uidl);
            System.out.printf(Locale.ROOT, "BENCH deliberation page (server): %d posts on the page (%s), %d components;"
                    + " build (enter + attach) median %.0f ms (min %.0f, max %.0f), first-response UIDL median %.0f ms,"
                    + " %.2f MB; median of %d after %d warm-up%n", postCards, lastPost < 0 ? "every card built"
                    : "a lazy list, cards built as the browser scrolls", components, median(build), build[0] / 1e6,
                    build[BUILDS - 1] / 1e6, median(uidl), bytes / 1e6, BUILDS, WARM_BUILDS);
            return lastPost;
        } finally {
            BrowserlessUi.stop();
        }
    }

    /**
     * The page loaded by a headless Chromium from the running application, until the thread shows its posts: every
     * card when the page sends them all, the cards in view when it is a lazy list, which is then scrolled to its last
     * post.
     */
    private void loadInBrowser(long panelId, int total, long lastPost) throws Exception {
        var binary = HeadlessChromium.binary();
        if (binary.isEmpty()) {
            System.out.println("BENCH deliberation page (browser): not measured, no Chromium (apt-get install chromium)");
            return;
        }
        String url = "http://localhost:" + port + "/deliberation/" + panelId;
        String cards = "document.querySelectorAll('div[id^=\"post-\"]').length";
        String ready = lastPost < 0 ? cards + " >= " + total : cards + " > 0";
        String shown = lastPost < 0 ? "all " + total + " post cards" : "the first post cards of " + total;
        try (HeadlessChromium browser = HeadlessChromium.start(binary.get())) {
            List<HeadlessChromium.Load> loads = new ArrayList<>();
            List<Double> scrolls = new ArrayList<>();
            for (int run = 0; run <= BROWSER_LOADS; run++) {
                HeadlessChromium.Load load = browser.load(url, ready, cards, Duration.ofSeconds(120));
                loads.add(load);
                String scrolled = "";
                if (lastPost >= 0) {
                    double ms = browser.timeInPage("document.getElementById('deliberation-thread').scrollToIndex(" + total
                            + " * 2)", "document.getElementById('post-" + lastPost + "') !== null");
                    scrolls.add(ms);
                    scrolled = String.format(Locale.ROOT, "; scrolled to the last post (#post-%d) in %.0f ms", lastPost, ms);
                }
                System.out.printf(Locale.ROOT, "BENCH deliberation page (browser) load %d%s: %d post cards in the DOM"
                        + " %.0f ms after the request (DOMContentLoaded %.0f ms, load %.0f ms; %.0f ms seen by the bench)%s%n",
                        run, run == 0 ? " (cold: first visit, empty cache)" : "", load.elements(), load.elementsMs(),
                        load.domContentLoadedMs(), load.loadMs(), load.wallMs(), scrolled);
            }
            // the same route for a panel with no deliberation: what any page of the app costs to start in the browser
            double[] empty = new double[BROWSER_LOADS];
            for (int run = 0; run < BROWSER_LOADS; run++) {
                empty[run] = browser.load("http://localhost:" + port + "/deliberation/0",
                        "document.getElementById('deliberation-not-found') !== null", "1", Duration.ofSeconds(120)).elementsMs();
            }
            Arrays.sort(empty);
            System.out.printf(Locale.ROOT, "BENCH deliberation page (browser), baseline: the same route with no"
                    + " deliberation (a title and a line) shown %.0f ms after the request (median of %d, min %.0f, max %.0f)%n",
                    empty[empty.length / 2], empty.length, empty[0], empty[empty.length - 1]);
            double[] warm = loads.stream().skip(1).mapToDouble(HeadlessChromium.Load::elementsMs).sorted().toArray();
            System.out.printf(Locale.ROOT, "BENCH deliberation page (browser): %s in the DOM %.0f ms after the request"
                    + " (median of %d warm loads, min %.0f, max %.0f; cold %.0f ms)%s; headless Chromium, Vaadin"
                    + " %s mode%n", shown, warm[warm.length / 2], warm.length, warm[0], warm[warm.length - 1],
                    loads.get(0).elementsMs(), scrolls.isEmpty() ? "" : String.format(Locale.ROOT,
                            "; scrolling to the last post: median %.0f ms", scrolls.stream().mapToDouble(d -> d).sorted()
                                    .toArray()[scrolls.size() / 2]), vaadinMode());
        }
    }

    private static int count(Component c) {
        return 1 + c.getChildren().mapToInt(DeliberationBench::count).sum();
    }

    private static String text(Random random, Stance stance, boolean reply) {
        String[] words = {"reserve", "harvest", "north", "pipeline", "trucks", "water", "cost", "risk", "winter",
            "transfer", "storage", "families", "school", "fields", "repair", "season", "quota", "neighbours"};
        StringBuilder b = new StringBuilder(reply ? "In reply: " : stance == Stance.QUESTION ? "Question: " : "");
        int n = 12 + random.nextInt(50);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return b.append(stance == Stance.QUESTION ? "?" : ".").toString();
    }

    private String database() {
        return jdbc.execute((java.sql.Connection con) -> con.getMetaData().getDatabaseProductName() + " "
                + con.getMetaData().getDatabaseProductVersion());
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static double median(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }

    /** Vaadin runs in development mode when its dev server is on the class path ({@code -Pproduction} removes it). */
    private static String vaadinMode() {
        try {
            Class.forName("com.vaadin.base.devserver.DevModeHandlerManagerImpl");
            return "development";
        } catch (ClassNotFoundException e) {
            return "production";
        }
    }
}
