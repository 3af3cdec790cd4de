/**
 * Benchmarks: JUnit classes tagged {@code @Tag("bench")} that print figures; excluded from {@code mvn verify},
 * run with {@code mvn -B verify -Pbench}. Modules may also keep their benchmark next to their tests with the tag.
 */
package org.rbe.governance.bench;
