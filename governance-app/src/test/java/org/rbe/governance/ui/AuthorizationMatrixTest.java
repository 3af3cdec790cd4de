package org.rbe.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.api.ApiTestSupport;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.simulation.SimulatedAppeals;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.OpenVoteFixture;
import org.rbe.governance.voting.VoteRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what, in one table: every REST endpoint and every route, for every kind of caller, with the answer they
 * get. Asserted over real HTTP and through the views' access guard; an endpoint or route the application has and the
 * table lacks fails the test, so a new door cannot open unnoticed.
 */
class AuthorizationMatrixTest extends ApiTestSupport {
    static final List<String> CALLERS = List.of("anonymous", "citizen", "juror", "otherJuror", "technocrat", "ethics",
            "clerk", "analyst", "admin");

    /**
     * Endpoint (method and pattern): the status each caller gets, in the order of {@link #CALLERS}. POSTs carry a valid
     * body, so what is refused is the caller. A vote's page (options, rules, turnout; no names) is open to every
     * logged-in person; a ballot only to its jury; "my receipt" is 404 to anyone without one. The public proofs answer
     * 400 to a malformed receipt and the result 409 while the vote is open.
     */
    static final String ENDPOINTS = """
            GET /api/votes/{voteId}                              401 200 200 200 200 200 200 200 200
            POST /api/votes/{voteId}/ballots                     401 403 201 403 403 403 403 403 403
            GET /api/votes/{voteId}/my-receipt                   401 404 200 404 404 404 404 404 404
            GET /api/public/votes/{voteId}/proofs/{receipt}      400 400 400 400 400 400 400 400 400
            GET /api/public/votes/{voteId}/result                409 409 409 409 409 409 409 409 409
            POST /api/sanctions                                  401 403 403 403 403 403 403 403 201
            GET /api/sanctions                                   401 403 403 403 403 403 403 403 200
            GET /api/sanctions/{id}                              401 403 403 403 403 403 403 403 200
            GET /public/demo/{name}                              200 200 200 200 200 200 200 200 200
            GET /public/decisions/{caseId}/minutes.pdf           404 404 404 404 404 404 404 404 404
            GET /public/decisions.json                           200 200 200 200 200 200 200 200 200
            GET /public/decisions.csv                            200 200 200 200 200 200 200 200 200
            GET /public/decisions.atom                           200 200 200 200 200 200 200 200 200
            GET /public/ledger.jsonl                             200 200 200 200 200 200 200 200 200
            GET /public/ledger/head                              200 200 200 200 200 200 200 200 200
            GET /public/ledger/verify                            200 200 200 200 200 200 200 200 200
            GET /public/ledger/timestamps                        200 200 200 200 200 200 200 200 200
            GET /public/register-certificate.pem                 200 200 200 200 200 200 200 200 200
            GET /public/draws/{panelId}/pool.csv                 404 404 404 404 404 404 404 404 404
            GET /public/draws/{panelId}/record.json              404 404 404 404 404 404 404 404 404
            GET /v3/api-docs                                     200 200 200 200 200 200 200 200 200
            GET /v3/api-docs.yaml                                200 200 200 200 200 200 200 200 200
            """;

    /**
     * Route: public, login (sent to the login page), yes (shown) or no (refused), per caller. Pages of one case or
     * task (appeal, task, jury duty) open for every logged-in person and show only what the services let them see:
     * per-case rights are the services' (CycleGuardsTest, AppealGuardsTest). The Correlation Center is readable by
     * all; only analysts upload.
     */
    static final String ROUTES = """
            /                                                    login yes yes yes yes yes yes yes yes
            /admin/sanctions                                     login no no no no no no no yes
            /admin/sortition                                     login no no no no no no no yes
            /api-tokens                                          login yes yes yes yes yes yes yes yes
            /appeal-panels                                       login yes yes yes yes yes yes yes yes
            /appeal/:appealId                                    login yes yes yes yes yes yes yes yes
            /assembly                                            public public public public public public public public public
            /cases                                               login no no no yes yes yes yes yes
            /cases/:caseId                                       login no no no yes yes yes yes yes
            /constitution                                        public public public public public public public public public
            /correlation                                         login yes yes yes yes yes yes yes yes
            /deliberation/:panelId                               public public public public public public public public public
            /initiatives                                         public public public public public public public public public
            /initiatives/:initiativeId                           public public public public public public public public public
            /initiatives/new                                     login yes yes yes yes yes yes yes yes
            /jury                                                login yes yes yes yes yes yes yes yes
            /learning/:caseId                                    public public public public public public public public public
            /ledger                                              public public public public public public public public public
            /login                                               public public public public public public public public public
            /notifications                                       login yes yes yes yes yes yes yes yes
            /oversight                                           public public public public public public public public public
            /receipts                                            public public public public public public public public public
            /register                                            public public public public public public public public public
            /register/:caseId                                    public public public public public public public public public
            /review/:reviewId                                    public public public public public public public public public
            /rotation                                            login yes yes yes yes yes yes yes yes
            /sanctions                                           login yes yes yes yes yes yes yes yes
            /task/:taskId                                        login yes yes yes yes yes yes yes yes
            /two-factor                                          login yes yes yes yes yes yes yes yes
            /verify                                              public public public public public public public public public
            """;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Sortition sortition;
    @Autowired
    BallotBox ballots;
    @Autowired
    SimulatedAppeals appeals;
    private static OpenVoteFixture thisCase;
    private static OpenVoteFixture otherCase;
    private static long sanctionId;

    @BeforeEach
    void twoJuriesAndASanction() {
        if (thisCase == null) {
            thisCase = OpenVoteFixture.open(this, people, sortition, ballots, currentUser, "Matrix case", VoteRules.standard(),
                    clock.instant().plus(Duration.ofDays(1)));
            otherCase = OpenVoteFixture.open(this, people, sortition, ballots, currentUser, "Other case", VoteRules.standard(),
                    clock.instant().plus(Duration.ofDays(1)));
            sanctionId = appeals.impose(9_500, 1, "Access cut by 10% for 3 days", false, clock.today()).id();
        }
    }

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSays() {
        Map<String, String> callers = callers();
        TreeSet<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().flatMap(p -> (info.getMethodsCondition().getMethods().isEmpty()
                        ? List.of("GET") : info.getMethodsCondition().getMethods().stream().map(Enum::name).toList())
                        .stream().map(m -> m + " " + p)))
                .filter(e -> !e.contains("swagger") && !e.contains("/error") && !e.contains("/v3/api-docs/"))
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, List<String>> table = parse(ENDPOINTS);
        assertThat(table.keySet()).as("every endpoint has a row").containsAll(mapped);

        // Staff are citizens too: one drawn onto this jury is a juror of this case (issue 12 is to exclude them).
        java.util.Set<Long> jury = thisCase.jurors().stream().map(MemberView::citizenId).collect(Collectors.toSet());
        StringBuilder expected = new StringBuilder();
        for (Map.Entry<String, List<String>> row : table.entrySet()) {
            List<String> cells = new ArrayList<>(row.getValue());
            for (int i = 0; i < CALLERS.size(); i++) {
                String user = callers.get(CALLERS.get(i));
                if (row.getKey().contains("{voteId}") && user != null && i > CALLERS.indexOf("juror")
                        && jury.contains(currentUser.runAs(user, () -> currentUser.actor().citizenId()))) {
                    cells.set(i, cells.get(CALLERS.indexOf("juror")));
                }
            }
            expected.append(String.format("%-52s %s%n", row.getKey(), String.join(" ", cells)));
        }
        StringBuilder actual = new StringBuilder();
        for (String endpoint : table.keySet()) {
            List<String> row = new ArrayList<>();
            for (String caller : CALLERS) {
                row.add(String.valueOf(call(endpoint, callers.get(caller))));
            }
            actual.append(String.format("%-52s %s%n", endpoint, String.join(" ", row)));
        }
        assertThat(actual.toString()).isEqualTo(expected.toString());
    }

    @Test
    void everyRouteShowsOrRefusesEachCallerAsTheTableSays() throws Exception {
        Map<String, String> callers = callers();
        Map<String, Class<?>> routes = PublicPagesTests.routes();
        Map<String, List<String>> table = parse(ROUTES);
        StringBuilder actual = new StringBuilder();
        Method check = AccessGuard.class.getDeclaredMethod("check", BeforeEnterEvent.class);
        check.setAccessible(true);
        AccessGuard guard = new AccessGuard(currentUser);
        for (Map.Entry<String, Class<?>> route : new java.util.TreeMap<>(routes).entrySet()) {
            List<String> row = new ArrayList<>();
            for (String caller : CALLERS) {
                BeforeEnterEvent event = mock(BeforeEnterEvent.class, org.mockito.Mockito.RETURNS_DEEP_STUBS);
                doReturn(route.getValue()).when(event).getNavigationTarget();
                String user = callers.get(caller);
                if (user == null) {
                    invoke(check, guard, event);
                } else {
                    currentUser.runAs(user, () -> invoke(check, guard, event));
                }
                row.add(verdict(event, route.getValue()));
            }
            actual.append(String.format("%-52s %s%n", "/" + route.getKey(), String.join(" ", row)));
        }
        assertThat(table.keySet()).as("every route has a row").containsAll(routes.keySet().stream().map(r -> "/" + r).toList());
        assertThat(actual.toString()).isEqualTo(normalise(ROUTES));
    }

    private static Object invoke(Method check, AccessGuard guard, BeforeEnterEvent event) {
        try {
            return check.invoke(guard, event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String verdict(BeforeEnterEvent event, Class<?> view) {
        boolean forwarded = mockingDetails(event).getInvocations().stream().anyMatch(i -> i.getMethod().getName().equals("forwardTo"));
        boolean refused = mockingDetails(event).getInvocations().stream().anyMatch(i -> i.getMethod().getName().equals("rerouteToError"));
        if (view.isAnnotationPresent(com.vaadin.flow.server.auth.AnonymousAllowed.class)) {
            return "public";
        }
        return forwarded ? "login" : refused ? "no" : "yes";
    }

    private Map<String, String> callers() {
        List<String> a = thisCase.jurors().stream().map(MemberView::username).toList();
        List<String> b = otherCase.jurors().stream().map(MemberView::username).filter(u -> !a.contains(u)).toList();
        String citizen = java.util.stream.IntStream.range(100, 10_000).mapToObj(i -> String.format("citizen%05d", i))
                .filter(u -> !a.contains(u) && !b.contains(u)).findFirst().orElseThrow();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("citizen", citizen);
        callers.put("juror", a.stream().filter(u -> u.startsWith("citizen")).findFirst().orElseThrow());
        callers.put("otherJuror", b.stream().filter(u -> u.startsWith("citizen")).findFirst().orElseThrow());
        callers.put("technocrat", "tech01");
        callers.put("ethics", "ethics1");
        callers.put("clerk", "clerk1");
        callers.put("analyst", "analyst");
        callers.put("admin", "admin");
        return callers;
    }

    private int call(String endpoint, String user) {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{voteId}", String.valueOf(thisCase.voteId())).replace("{receipt}", "no-such-receipt")
                .replace("{id}", String.valueOf(sanctionId)).replace("{caseId}", "999999")
                .replace("{panelId}", "999999").replace("{name}", "observations.csv");
        HttpRequest.Builder request = request(path, user);
        if ("POST".equals(parts[0])) {
            // a valid body, so that what is refused is the caller, not the request
            String body = path.endsWith("/ballots") ? "{\"option\":\"" + thisCase.options().get(0) + "\"}"
                    : "{\"citizenId\":9600,\"ruleCode\":\"R-1.1\",\"ruleText\":\"Overuse\",\"level\":1,\"measure\":"
                    + "\"Cut by 10%\",\"isolation\":false,\"evidence\":\"Meter log\",\"imposedOn\":\"" + clock.today() + "\"}";
            request.header("Content-Type", "application/json").header("Idempotency-Key", "matrix-" + System.nanoTime())
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(parts[0], HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build()).statusCode();
    }

    private static Map<String, List<String>> parse(String table) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : table.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.trim().split("\\s+");
            int first = cells[0].startsWith("/") ? 1 : 2;
            String key = String.join(" ", java.util.Arrays.copyOfRange(cells, 0, first));
            rows.put(key, List.of(java.util.Arrays.copyOfRange(cells, first, cells.length)));
        }
        return rows;
    }

    private static String normalise(String table) {
        return parse(table).entrySet().stream().map(e -> String.format("%-52s %s%n", e.getKey(), String.join(" ", e.getValue())))
                .collect(Collectors.joining());
    }
}
