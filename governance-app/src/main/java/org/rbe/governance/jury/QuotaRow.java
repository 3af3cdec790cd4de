package org.rbe.governance.jury;

/** One line of a panel's composition against its quotas, for screens and the minutes. */
public record QuotaRow(String category, String value, int poolCount, int min, int max, int actual) {
}
