package org.cstofigures.publish;

import java.math.BigDecimal;

/**
 * The exact decimal type of a number column, as SQL and Parquet name it: DECIMAL(precision, scale) holds any
 * value with at most {@code precision - scale} digits before the point and {@code scale} after it. Declared
 * once per column ({@link Column#decimal()}); the Parquet type, the codebook, README's data dictionary and the
 * check that refuses a value no format can hold all read it from there.
 *
 * <p>{@link #DEFAULT}, DECIMAL(38,12), is the widest decimal that DuckDB, Spark, Arrow (decimal128), pandas and
 * BigQuery (BIGNUMERIC) read without loss: 26 digits before the point hold any count and any sum of money in any
 * currency (10<sup>26</sup> won is far above the world's GDP in won; a 20-digit count fits), and 12 after it hold
 * milligrams (0.000001 kg) and micrograms in kilograms, a square metre (0.0001 ha) and a 평 (0.0003305785 ha) with
 * two decimals in hectares. DECIMAL(18,6) would have left 12 digits, less than 1조 (10<sup>12</sup>) won.
 */
public record DecimalType(int precision, int scale) {

    /** The type of every number column unless its definition says otherwise: DECIMAL(38,12). */
    public static final DecimalType DEFAULT = new DecimalType(38, 12);

    /** Parquet, Arrow, Spark and DuckDB hold at most 38 digits in a decimal (a 16-byte integer). */
    public static final int MAX_PRECISION = 38;

    public DecimalType {
        if (precision < 1 || precision > MAX_PRECISION) {
            throw new IllegalArgumentException("precision " + precision + " must be 1.." + MAX_PRECISION);
        }
        if (scale < 0 || scale > precision) {
            throw new IllegalArgumentException("scale " + scale + " must be 0.." + precision);
        }
    }

    /** Digits before the decimal point. */
    public int integerDigits() {
        return precision - scale;
    }

    /** As SQL and Parquet write it: {@code DECIMAL(38,12)}. */
    public String sql() {
        return "DECIMAL(" + precision + "," + scale + ")";
    }

    /**
     * Why {@code v} does not fit this type exactly, naming the value ("0.0000000000015 has 13 decimal places;
     * DECIMAL(38,12) holds 12"), or null when it fits. Rounding is never an option: a value that does not fit is
     * refused, not changed.
     */
    public String misfit(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        String plain = Cells.plain(v);
        int decimals = Math.max(0, s.scale());
        if (decimals > scale) {
            return plain + " has " + decimals + " decimal places; " + sql() + " holds " + scale;
        }
        int integer = Math.max(0, s.precision() - s.scale());
        if (integer > integerDigits()) {
            return plain + " has " + integer + " digits before the decimal point; " + sql() + " holds "
                    + integerDigits();
        }
        return null;
    }
}
