package org.rbe.governance;

import java.util.Arrays;
import java.util.ServiceLoader;
import org.rbe.governance.shared.CommandLineMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point: the web application, or a command-line mode when the first argument names one (see
 * {@link CommandLineMode}; {@code help} lists them).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GovernanceApplication {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(runMode(args));
        }
        SpringApplication.run(GovernanceApplication.class, args);
    }

    static int runMode(String[] args) {
        for (CommandLineMode mode : ServiceLoader.load(CommandLineMode.class)) {
            if (mode.name().equals(args[0])) {
                return mode.run(Arrays.copyOfRange(args, 1, args.length));
            }
        }
        System.err.println("help".equals(args[0]) ? "Modes of java -jar governance-app.jar:" : "Unknown mode: " + args[0]
                + ". Modes of java -jar governance-app.jar:");
        System.err.println("  (no mode)            the web application");
        ServiceLoader.load(CommandLineMode.class).forEach(m -> System.err.println("  " + m.usage()));
        return "help".equals(args[0]) ? 0 : 2;
    }
}
