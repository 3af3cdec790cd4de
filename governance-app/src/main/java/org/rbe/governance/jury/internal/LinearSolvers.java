package org.rbe.governance.jury.internal;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;

/**
 * The solvers of Google OR-Tools used by sortition: GLOP for linear programs and SCIP for integer programs. Both are
 * deterministic (one thread; the same program gives the same answer every time), which the draws' reproducibility
 * rests on. The native libraries are loaded once, on first use.
 */
final class LinearSolvers {
    private static volatile boolean loaded;

    private LinearSolvers() {
    }

    /** A new linear program (GLOP). */
    static MPSolver linear(String name) {
        return create(name, "GLOP");
    }

    /**
     * A new linear program (GLOP) for the large, dense programs that are solved again and again as rows are added:
     * without GLOP's presolve, which costs more than it saves on them. Over 1,765 types and 1,000 panels a solve then
     * takes about a third of the time.
     */
    static MPSolver withoutPresolve(String name) {
        MPSolver solver = linear(name);
        if (!solver.setSolverSpecificParametersAsString("use_preprocessing: false")) {
            throw new IllegalStateException("GLOP refused its parameters");
        }
        return solver;
    }

    /**
     * A new integer program (SCIP), stopped after {@code nodes} branch-and-bound nodes (0: no limit). A node limit,
     * unlike a time limit, stops at the same point on any machine under any load, so the answer does not depend on
     * them.
     */
    static MPSolver integer(String name, long nodes) {
        MPSolver solver = create(name, "SCIP");
        if (nodes > 0 && !solver.setSolverSpecificParametersAsString("limits/nodes = " + nodes)) {
            throw new IllegalStateException("SCIP refused its node limit");
        }
        solver.setNumThreads(1);
        return solver;
    }

    private static MPSolver create(String name, String kind) {
        load();
        MPSolver solver = MPSolver.createSolver(kind);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + kind + " solver in this build");
        }
        return solver;
    }

    private static void load() {
        if (!loaded) {
            synchronized (LinearSolvers.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
