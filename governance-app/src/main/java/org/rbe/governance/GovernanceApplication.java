package org.rbe.governance;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.rbe.governance.simulation.SimulateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point: the web application, or a command-line mode when the first argument names one:
 * {@code simulate --out DIR} runs one decision through every stage on a fresh embedded database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GovernanceApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "simulate".equals(args[0])) {
            System.exit(simulate(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(GovernanceApplication.class, args);
    }

    static int simulate(String[] args) {
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            if ("--out".equals(args[i]) && i + 1 < args.length) {
                out = Path.of(args[++i]);
            }
        }
        if (out == null) {
            System.err.println("Usage: java -jar governance-app.jar simulate --out DIR");
            return 2;
        }
        SpringApplication app = new SpringApplication(GovernanceApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> fresh = new HashMap<>();
        fresh.put("spring.datasource.url", "jdbc:h2:mem:simulation-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
        fresh.put("camunda.bpm.job-execution.enabled", "false");
        fresh.put("governance.demo.enabled", "true");
        fresh.put("spring.main.banner-mode", "off");
        fresh.put("spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        app.setDefaultProperties(fresh);
        try (ConfigurableApplicationContext context = app.run("--spring.datasource.url=" + fresh.get("spring.datasource.url"))) {
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
