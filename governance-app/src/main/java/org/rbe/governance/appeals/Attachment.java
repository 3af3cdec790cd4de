package org.rbe.governance.appeals;

/** A file the appellant attaches to their statement. */
public record Attachment(String fileName, byte[] content) {
}
