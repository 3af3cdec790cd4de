package org.rbe.governance.cycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.simulation.SimulatedBeacon;
import org.rbe.governance.simulation.SimulatedPeople;
import org.rbe.governance.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the test database (in-memory H2, or PostgreSQL with {@code -Ppostgres}), with the job
 * executor off so that tests fire timers themselves. Every test class extending this shares one Spring context.
 */
@ActiveProfiles("test")
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"})
public abstract class CycleTestSupport {
    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected CorrelationCenter correlation;
    @Autowired
    protected DecisionCases cases;
    @Autowired
    protected SimulatedPeople people;
    /** The simulated clerk who enters the public value of each announced draw. */
    @Autowired
    protected SimulatedBeacon beacon;
    @Autowired
    protected CurrentUser currentUser;
    /** The application's clock, pinned; tests move it and it is reset after each test. */
    @Autowired
    protected MovableClock clock;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * The analyst uploads the demo data and opens a case; a clerk enters the public value of the reviewers' draw, and
     * the cycle runs to the expert review.
     */
    protected DecisionCaseView openCase(String title) {
        byte[] csv = demoData();
        DecisionCaseView opened = currentUser.runAs("analyst", () -> {
            long datasetId = correlation.importObservations("observations.csv", csv, "analyst").id();
            return cases.open(title, "food", "South", datasetId);
        });
        beacon.enterPublicValues(opened.id());
        return cases.get(opened.id());
    }

    /** {@link #openCase} for fixtures in other packages. */
    public DecisionCaseView openCaseForFixture(String title) {
        return openCase(title);
    }

    protected ProcessInstance processOf(DecisionCaseView c) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(c.processInstanceId())
                .singleResult();
    }

    protected static byte[] demoData() {
        try (InputStream in = CycleTestSupport.class.getClassLoader().getResourceAsStream("demo/observations.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
