package org.rbe.governance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rbe.governance.shared.Audited;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.context.event.EventListener;

/**
 * The audit chain records every event it promises: every event type the application publishes (found by reading the
 * compiled classes for {@code publishEvent(new X(...))}) is an {@link Audited} event, or has an {@code @EventListener}
 * in the ledger's recorder, or is exempted below with the reason. A new event fails this test until it is decided.
 */
class LedgerCompletenessTests {
    private static final String RECORDER = "org.rbe.governance.ledger.internal.LedgerRecorder";
    /** Published but deliberately not ledgered, with why. */
    private static final Map<String, String> EXEMPT = Map.of(
            "org.rbe.governance.voting.BallotCast", "each ballot is in the chain as its receipt (BALLOT_RECEIPT); an entry"
                    + " per first ballot would only add the order in which the roll voted, which the secret ballot hides",
            "org.rbe.governance.appeals.AppealStepNoticed", "a notice to the appellant of a step whose facts the ledger"
                    + " holds through the step's own events (SANCTION_APPEAL_*, BODY_*); ledgering the notice would name"
                    + " the appellant, whom the public ledger never names");
    /** Event type to one place that publishes it. */
    private static final Map<String, String> PUBLISHED = new TreeMap<>();
    /** Places that publish something other than a freshly constructed object. */
    private static final List<String> UNNAMED = new ArrayList<>();

    @BeforeAll
    static void readTheCompiledClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(Audited.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    new ClassReader(in).accept(new Publications(), ClassReader.SKIP_DEBUG);
                }
            }
        }
    }

    @Test
    void everyPublishedEventIsLedgeredOrExemptedWithAReason() throws ClassNotFoundException {
        assertThat(PUBLISHED).as("the scan finds the events of every process").containsKeys(
                "org.rbe.governance.appeals.AppealDecided", "org.rbe.governance.constitution.ParametersAmended",
                "org.rbe.governance.jury.PanelDrawn", "org.rbe.governance.rotation.TermEnded",
                "org.rbe.governance.voting.VoteTallied", "org.rbe.governance.assembly.AssemblyConcluded");
        Set<String> recorded = recordedByTheRecorder();
        List<String> unrecorded = new ArrayList<>();
        for (Map.Entry<String, String> e : PUBLISHED.entrySet()) {
            Class<?> type = Class.forName(e.getKey());
            if (!Audited.class.isAssignableFrom(type) && !recorded.contains(e.getKey()) && !EXEMPT.containsKey(e.getKey())) {
                unrecorded.add(e.getKey() + " (published in " + e.getValue() + ")");
            }
        }
        assertThat(unrecorded).as("published events that never reach the ledger: make them Audited, record them in"
                + " LedgerRecorder, or exempt them here with the reason").isEmpty();
        assertThat(PUBLISHED.keySet()).as("an exemption of an event nobody publishes is stale").containsAll(EXEMPT.keySet());
    }

    @Test
    void everyPublicationNamesItsEventSoTheScanSeesIt() {
        assertThat(UNNAMED).as("publish events as publishEvent(new SomeEvent(...))").isEmpty();
    }

    /** The event types that LedgerRecorder's listener methods take. */
    private static Set<String> recordedByTheRecorder() throws ClassNotFoundException {
        Set<String> types = new TreeSet<>();
        for (Method m : Class.forName(RECORDER).getDeclaredMethods()) {
            if (m.isAnnotationPresent(EventListener.class) && m.getParameterCount() == 1) {
                types.add(m.getParameterTypes()[0].getName());
            }
        }
        assertThat(types).as("the recorder's listeners").isNotEmpty();
        return types;
    }

    /** Finds each publishEvent call and the constructor call just before it, whose object it publishes. */
    private static final class Publications extends ClassVisitor {
        private String className;

        Publications() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name.replace('/', '.');
        }

        @Override
        public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                private String constructed;

                @Override
                public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean isInterface) {
                    if (name.equals("publishEvent") && desc.equals("(Ljava/lang/Object;)V")) {
                        String where = className + "." + method;
                        if (constructed != null && constructed.startsWith("org.rbe.governance.")) {
                            PUBLISHED.putIfAbsent(constructed, where);
                        } else {
                            UNNAMED.add(where);
                        }
                    }
                    constructed = opcode == Opcodes.INVOKESPECIAL && name.equals("<init>") ? owner.replace('/', '.') : null;
                }

                @Override
                public void visitInsn(int opcode) {
                    constructed = null;
                }

                @Override
                public void visitVarInsn(int opcode, int var) {
                    constructed = null;
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String name, String desc) {
                    constructed = null;
                }
            };
        }
    }
}
