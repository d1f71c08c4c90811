package io.pipewright.nodes.ingest;

/**
 * Parses decimal numbers straight from a parser's character buffer, so reading a numeric column
 * creates no String per field. Accepts {@code [+-]digits[.digits][(e|E)[+-]digits]} (".5" and "5."
 * too); anything else, including "NaN" and "Infinity", is not a number.
 */
final class NumberText {
    /** Exact powers of ten as doubles: a mantissa below 2^53 times or divided by one of these is correctly rounded. */
    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
        1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long MAX_EXACT = 1L << 53;

    private NumberText() {
    }

    /** The value of the text, or {@link Double#NaN} when it is not a decimal number. */
    static double parse(char[] buf, int off, int len) {
        int i = off;
        int end = off + len;
        if (i == end) {
            return Double.NaN;
        }
        boolean negative = false;
        char c = buf[i];
        if (c == '-' || c == '+') {
            negative = c == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int significant = 0;
        int scale = 0;
        boolean overflow = false;
        while (i < end && (c = buf[i]) >= '0' && c <= '9') {
            digits++;
            if (significant < 18) {
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0) {
                    significant++;
                }
            } else {
                overflow = true;
                scale++;
            }
            i++;
        }
        if (i < end && buf[i] == '.') {
            i++;
            while (i < end && (c = buf[i]) >= '0' && c <= '9') {
                digits++;
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        significant++;
                    }
                    scale--;
                } else {
                    overflow = true;
                }
                i++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < end && ((c = buf[i]) == 'e' || c == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && ((c = buf[i]) == '-' || c == '+')) {
                negativeExponent = c == '-';
                i++;
            }
            int exponent = 0;
            int exponentDigits = 0;
            while (i < end && (c = buf[i]) >= '0' && c <= '9') {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + (c - '0');
                }
                exponentDigits++;
                i++;
            }
            if (exponentDigits == 0) {
                return Double.NaN;
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (i != end) {
            return Double.NaN;
        }
        double value;
        if (!overflow && mantissa < MAX_EXACT && scale >= -22 && scale <= 22) {
            value = scale >= 0 ? mantissa * POWERS[scale] : mantissa / POWERS[-scale];
        } else {
            value = Double.parseDouble(new String(buf, off, len));
        }
        return negative ? -value : value;
    }

    static double parse(String text) {
        return parse(text.toCharArray(), 0, text.length());
    }
}
