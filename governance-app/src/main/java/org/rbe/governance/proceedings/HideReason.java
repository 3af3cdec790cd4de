package org.rbe.governance.proceedings;

/**
 * The published reasons a clerk may hide a post for. A factual dispute is not one of them: it becomes a question to
 * the experts.
 */
public enum HideReason { ABUSE, PERSONAL_DATA, PRESSURE, OFF_TOPIC, DUPLICATE }
