package org.rbe.governance.appeals;

/** An attached file as listed beside the statement (the content is fetched separately). */
public record AttachmentView(long id, long appealId, String fileName, String sha256, int size) {
}
