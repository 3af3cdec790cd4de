/**
 * Signed minutes of a decision: a PDF rendering of what was decided and how, signed as PAdES,
 * and a verifier that anyone can run. iText and BouncyCastle stay inside {@code minutes.internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Minutes")
package org.rbe.governance.minutes;
