package org.rbe.governance.simulation.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rbe.governance.GovernanceApplication;
import org.rbe.governance.notifications.MailOutbox;
import org.rbe.governance.shared.CommandLineMode;
import org.rbe.governance.simulation.AppealSimulation;
import org.rbe.governance.simulation.ReviewSimulation;
import org.rbe.governance.simulation.SimulateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code simulate [--process decision-cycle|sanction-appeal|constitutional-review] --out DIR}: the application without
 * its web server, on a fresh in-memory database; the decision cycle when no process is named.
 */
public class SimulateMode implements CommandLineMode {
    static final String DECISION_CYCLE = "decision-cycle";
    static final String SANCTION_APPEAL = "sanction-appeal";
    static final String CONSTITUTIONAL_REVIEW = "constitutional-review";
    static final List<String> PROCESSES = List.of(DECISION_CYCLE, SANCTION_APPEAL, CONSTITUTIONAL_REVIEW);

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String usage() {
        return "simulate [--process decision-cycle|sanction-appeal|constitutional-review] --out DIR    one decision "
                + "(or appeal, or constitutional review) through every stage with simulated people; writes minutes and timings.json";
    }

    @Override
    public int run(String[] args) {
        Path out = null;
        String process = DECISION_CYCLE;
        List<String> settings = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--out".equals(args[i]) && i + 1 < args.length) {
                out = Path.of(args[++i]);
            } else if ("--process".equals(args[i]) && i + 1 < args.length) {
                process = args[++i];
            } else if (args[i].startsWith("--") && args[i].contains("=")) {
                // any other setting, e.g. --spring.mail.host=..., goes to the application as on the web server's start
                settings.add(args[i]);
            }
        }
        if (out == null || !PROCESSES.contains(process)) {
            System.err.println("Usage: java -jar governance-app.jar " + usage());
            return 2;
        }
        SpringApplication app = new SpringApplication(GovernanceApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        String database = "jdbc:h2:mem:simulation-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        Map<String, Object> fresh = new HashMap<>();
        fresh.put("camunda.bpm.job-execution.enabled", "false");
        fresh.put("governance.demo.enabled", "true");
        fresh.put("spring.main.banner-mode", "off");
        // Daily jobs stay quiet: the simulation moves its own clock by firing the process's timers.
        fresh.put("governance.rotation.cron", "-");
        fresh.put("governance.appeals.review-check-cron", "-");
        fresh.put("governance.constitution.due-check-cron", "-");
        fresh.put("spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        app.setDefaultProperties(fresh);
        settings.add("--spring.datasource.url=" + database);
        try (ConfigurableApplicationContext context = app.run(settings.toArray(new String[0]))) {
            Path minutes = switch (process) {
                case SANCTION_APPEAL -> context.getBean(AppealSimulation.class).run(out);
                case CONSTITUTIONAL_REVIEW -> context.getBean(ReviewSimulation.class).run(out);
                default -> context.getBean(SimulateCommand.class).run(out);
            };
            // the invitations and notices still in the outbox go to SMTP (spring.mail.host) before the command ends
            int mailed = context.getBean(MailOutbox.class).send();
            System.out.println("E-mails handed to SMTP: " + mailed);
            System.out.println("Simulation complete: " + minutes.toAbsolutePath() + " and " + out.resolve("timings.json"));
            return 0;
        } catch (Exception e) {
            System.err.println("Simulation failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }
}
