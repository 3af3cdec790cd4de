package org.rbe.governance.shared;

/**
 * A command-line mode of the application jar: {@code java -jar governance-app.jar <name> [args]}. Each module
 * that offers one implements this and lists it in {@code META-INF/services/org.rbe.governance.shared.CommandLineMode};
 * the mode decides for itself how much of the application it starts.
 */
public interface CommandLineMode {
    /** The first argument that selects this mode, e.g. "simulate". */
    String name();

    /** One line for the usage text. */
    String usage();

    /** Runs the mode with the remaining arguments; returns the process exit code (0 = success). */
    int run(String[] args);
}
