package org.rbe.governance.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rbe.governance.minutes.MinutesPublisher;
import org.rbe.governance.minutes.MinutesVerification;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.minutes.SignedMinutes;
import org.rbe.governance.testing.SampleMinutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The register over HTTP, through the application's filters (Shiro), with no session: the exports, the feed and the
 * signed minutes are readable by anyone, and the downloaded minutes verify.
 */
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class PublicRegisterHttpTests {
    @Autowired
    WebApplicationContext context;
    @Autowired
    DecisionRegister register;
    @Autowired
    MinutesPublisher publisher;
    @Autowired
    MinutesVerifier verifier;

    @Test
    void anyoneReadsTheRegisterItsOpenDataAndItsSignedMinutesWithoutLogin() throws Exception {
        // the application's servlet filters (Shiro's among them) in front of Spring MVC, as on the server; the
        // context is the one DatabaseSchemaTests starts, so the suite starts no extra one
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBeansOfType(Filter.class).values().toArray(Filter[]::new)).build();
        assertThat(context.getBeansOfType(Filter.class).values()).anyMatch(f -> f.getClass().getName().contains("shiro"));
        long caseId = 8_000_000_000L + System.nanoTime() % 1_000_000_000L;
        SignedMinutes minutes = publisher.publish(SampleMinutes.content(caseId, "DC-" + caseId));
        register.publish(new RegisterEntry(caseId, minutes.documentId(), "Water for the south " + caseId, "water",
                "South", "Pipeline first", "The jury approved the pipeline.", "Clerk One",
                java.time.Instant.parse("2025-03-03T10:00:00Z"), minutes.sha256(), minutes.developmentKey()),
                minutes.pdf());

        mvc.perform(get("/public/decisions.json").param("q", String.valueOf(caseId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.decisions[0].caseId").value(caseId))
                .andExpect(jsonPath("$.decisions[0].minutesSha256").value(minutes.sha256()))
                .andExpect(jsonPath("$.decisions[0].publishedAt").value("2025-03-03T10:00:00Z"));
        String csv = mvc.perform(get("/public/decisions.csv").param("q", String.valueOf(caseId)))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(minutes.documentId(), minutes.sha256());
        String atom = mvc.perform(get("/public/decisions.atom"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(atom).contains("Water for the south " + caseId, "/public/decisions/" + caseId + "/minutes.pdf");

        byte[] pdf = mvc.perform(get("/public/decisions/" + caseId + "/minutes.pdf"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        MinutesVerification verification = verifier.verify(pdf);
        assertThat(verification.valid()).as(verification.reason()).isTrue();
        assertThat(register.entryByMinutesSha256(minutes.sha256())).map(RegisterEntry::caseId).contains(caseId);

        mvc.perform(get("/public/decisions/" + (caseId + 1) + "/minutes.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/public/decisions.json").param("outcome", "MAYBE")).andExpect(status().isBadRequest());
    }
}
