package org.rbe.governance.simulation.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.rbe.governance.GovernanceApplication;
import org.rbe.governance.shared.CommandLineMode;
import org.rbe.governance.simulation.SimulateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code simulate --out DIR}: the application without its web server, on a fresh in-memory database. */
public class SimulateMode implements CommandLineMode {
    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String usage() {
        return "simulate --out DIR    one decision through every stage with simulated people; writes minutes and timings.json";
    }

    @Override
    public int run(String[] args) {
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            if ("--out".equals(args[i]) && i + 1 < args.length) {
                out = Path.of(args[++i]);
            }
        }
        if (out == null) {
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
        fresh.put("spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        app.setDefaultProperties(fresh);
        try (ConfigurableApplicationContext context = app.run("--spring.datasource.url=" + database)) {
            Path minutes = context.getBean(SimulateCommand.class).run(out);
            System.out.println("Simulation complete: " + minutes.toAbsolutePath() + " and " + out.resolve("timings.json"));
            return 0;
        } catch (Exception e) {
            System.err.println("Simulation failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }
}
