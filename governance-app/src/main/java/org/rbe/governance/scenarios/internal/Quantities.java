package org.rbe.governance.scenarios.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats numbers for explanations: English "5,479" and "0.5", Russian "5 479" and "0,5". */
final class Quantities {
    private final char grouping;
    private final char decimal;

    static final Quantities EN = new Quantities(',', '.');
    static final Quantities RU = new Quantities(' ', ',');

    private Quantities(char grouping, char decimal) {
        this.grouping = grouping;
        this.decimal = decimal;
    }

    /** A whole number, rounded half up, with thousands grouped. */
    String whole(double value) {
        return format("#,##0", Math.abs(value) < 0.5 ? 0 : value);
    }

    /** A number with up to two decimals. */
    String decimal(double value) {
        return format("#,##0.##", value);
    }

    private String format(String pattern, double value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }
}
