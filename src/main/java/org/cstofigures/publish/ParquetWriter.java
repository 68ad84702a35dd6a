package org.cstofigures.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes each table as {@code parquet/<table>.parquet}, ZSTD-compressed, without Hadoop at run time. Types:
 * text is STRING (UTF-8 BINARY), numbers the exact decimal type their column declares ({@link Column#decimal()},
 * DECIMAL(38,12): a 16-byte FIXED_LEN_BYTE_ARRAY, as Spark and Arrow write it; never a binary fraction),
 * integers INT32, dates DATE, booleans BOOLEAN; a column is REQUIRED where the schema says it is never empty,
 * OPTIONAL otherwise.
 * Vocabulary columns and columns where at most half the values are distinct are dictionary-encoded. The footer's
 * key-value metadata carries the provenance, the release and each column's description. A write goes to a
 * temporary file that is renamed only when complete, so a failure never leaves a truncated file.
 */
public final class ParquetWriter implements FormatWriter {

    /** Directory of the Parquet files. */
    public static final String DIR = "parquet";
    /** Footer key of a column's description: {@code column.<name>.description}. */
    public static final String COLUMN_KEY = "column.%s.description";

    private static final Format FORMAT = new Format("parquet", "application/vnd.apache.parquet", null,
            "Every table as Parquet with exact decimal types.",
            List.of(new Format.Layout(DIR + "/{table}.parquet",
                    "The {table} table as Parquet (ZSTD); provenance and column descriptions in the footer.")));

    @Override
    public Format declaration() {
        return FORMAT;
    }

    @Override
    public List<String> write(Release release, Path dir) throws IOException {
        Files.createDirectories(dir.resolve(DIR));
        List<String> out = new ArrayList<>();
        for (Table t : Cells.published(release)) {
            String rel = DIR + "/" + t.name() + ".parquet";
            Path target = dir.resolve(rel);
            Path tmp = target.resolveSibling("." + t.name() + ".parquet.tmp");
            Files.deleteIfExists(tmp);
            try {
                writeTable(release, t, tmp);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            out.add(rel);
        }
        return out;
    }

    /** The Parquet schema of a table. */
    public static MessageType schema(Table t) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Column c : t.columns()) {
            Type.Repetition rep = c.required() ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL;
            switch (c.type()) {
                case STRING:
                    b.primitive(PrimitiveTypeName.BINARY, rep).as(LogicalTypeAnnotation.stringType()).named(c.name());
                    break;
                case INTEGER:
                    b.primitive(PrimitiveTypeName.INT32, rep).as(LogicalTypeAnnotation.intType(32, true))
                            .named(c.name());
                    break;
                case NUMBER:
                    decimal(b, rep, c.decimal()).named(c.name());
                    break;
                case DATE:
                    b.primitive(PrimitiveTypeName.INT32, rep).as(LogicalTypeAnnotation.dateType()).named(c.name());
                    break;
                case BOOLEAN:
                    b.primitive(PrimitiveTypeName.BOOLEAN, rep).named(c.name());
                    break;
                default:
                    throw new IllegalStateException("unknown type " + c.type());
            }
        }
        return b.named(t.name());
    }

    /**
     * A decimal as a FIXED_LEN_BYTE_ARRAY just long enough for its precision (16 bytes for 38 digits), which the
     * Parquet format allows for any precision and every reader of DECIMAL(38,·) expects.
     */
    private static Types.PrimitiveBuilder<Types.GroupBuilder<MessageType>> decimal(Types.MessageTypeBuilder b,
            Type.Repetition rep, DecimalType d) {
        return b.primitive(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, rep).length(bytes(d.precision()))
                .as(LogicalTypeAnnotation.decimalType(d.scale(), d.precision()));
    }

    /** The fewest bytes whose two's complement holds every integer of {@code precision} digits. */
    static int bytes(int precision) {
        java.math.BigInteger max = java.math.BigInteger.TEN.pow(precision).subtract(java.math.BigInteger.ONE);
        return (max.bitLength() + 1 + 7) / 8;
    }

    /** Footer metadata: provenance, release, table and column descriptions, sorted by key. */
    static Map<String, String> footer(Release release, Table t) {
        Map<String, String> m = new TreeMap<>(release.provenance());
        m.put("release.name", release.metadata().name());
        m.put("release.version", release.metadata().version());
        m.put("release.created", release.metadata().created().toString());
        m.put("release.license", release.metadata().license().name());
        m.put("release.citation", release.metadata().citation());
        m.put("table.name", t.name());
        m.put("table.description", t.description());
        for (Column c : t.columns()) {
            m.put(String.format(COLUMN_KEY, c.name()), c.description());
        }
        return m;
    }

    private static void writeTable(Release release, Table t, Path file) throws IOException {
        MessageType schema = schema(t);
        RowsBuilder b = new RowsBuilder(new LocalOutputFile(file), schema, footer(release, t))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ZstdCodecFactory())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withDictionaryEncoding(false)
                .withValidation(true);
        for (int i = 0; i < t.columns().size(); i++) {
            if (dictionary(t, i)) {
                b = b.withDictionaryEncoding(t.columns().get(i).name(), true);
            }
        }
        try (org.apache.parquet.hadoop.ParquetWriter<List<Object>> w = b.build()) {
            int r = 0;
            for (List<Object> row : t.rows()) {
                r++;
                check(t, row, r);
                w.write(row);
            }
        }
    }

    /** Whether a column is low-cardinality: a closed vocabulary, or at most half its values distinct. */
    static boolean dictionary(Table t, int col) {
        Column c = t.columns().get(col);
        if (c.type() != FieldType.STRING) {
            return false;
        }
        if (!c.enumValues().isEmpty()) {
            return true;
        }
        int n = t.rows().size();
        Set<Object> distinct = new HashSet<>();
        for (int r = 0; r < n; r++) {
            distinct.add(t.cell(r, col));
            if (distinct.size() * 2 > n) {
                return false; // more than half distinct already: no need to read (or hold) the rest
            }
        }
        return n > 0;
    }

    /** " (source s, line n)" for a row of a table that has source_id and line (or first_line); else "". */
    private static String origin(Table t, List<Object> row) {
        List<String> names = t.columns().stream().map(Column::name).toList();
        int source = names.indexOf("source_id");
        int line = names.contains("line") ? names.indexOf("line") : names.indexOf("first_line");
        if (source < 0 || line < 0) {
            return "";
        }
        return " (source " + row.get(source) + ", line " + row.get(line) + ")";
    }

    private static String where(Table t, List<Object> row, int r, Column c) {
        return "table " + t.name() + " row " + r + origin(t, row) + " column " + c.name() + ": ";
    }

    /** Refuses a row Parquet cannot hold exactly, naming table, row (and its source and line) and column. */
    private static void check(Table t, List<Object> row, int r) {
        for (int i = 0; i < row.size(); i++) {
            Column c = t.columns().get(i);
            Object v = row.get(i);
            if (v == null) {
                if (c.required()) {
                    throw new IllegalArgumentException(where(t, row, r, c) + "empty in a required column");
                }
                continue;
            }
            if (c.type() == FieldType.NUMBER) {
                String misfit = c.decimal().misfit((BigDecimal) v);
                if (misfit != null) {
                    throw new IllegalArgumentException(where(t, row, r, c) + misfit);
                }
            }
            if (c.type() == FieldType.INTEGER) {
                long l = ((Number) v).longValue();
                if (l != (int) l) {
                    throw new IllegalArgumentException(where(t, row, r, c) + l + " does not fit INT32");
                }
            }
        }
    }

    /** The writer builder for rows of a {@link Table}. */
    private static final class RowsBuilder
            extends org.apache.parquet.hadoop.ParquetWriter.Builder<List<Object>, RowsBuilder> {

        private final MessageType schema;
        private final Map<String, String> meta;

        RowsBuilder(OutputFile file, MessageType schema, Map<String, String> meta) {
            super(file);
            this.schema = schema;
            this.meta = meta;
        }

        @Override
        protected RowsBuilder self() {
            return this;
        }

        /** Required by the base class; never called, since the builder is given a ParquetConfiguration. */
        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<List<Object>> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return new RowWriteSupport(schema, meta);
        }

        @Override
        protected WriteSupport<List<Object>> getWriteSupport(ParquetConfiguration conf) {
            return new RowWriteSupport(schema, meta);
        }
    }

    /** Writes one row (cells in schema order) as one Parquet record. */
    private static final class RowWriteSupport extends WriteSupport<List<Object>> {

        private final MessageType schema;
        private final Map<String, String> meta;
        private RecordConsumer consumer;

        RowWriteSupport(MessageType schema, Map<String, String> meta) {
            this.schema = schema;
            this.meta = new LinkedHashMap<>(meta);
        }

        /** Required by the base class; never called, since the builder is given a ParquetConfiguration. */
        @Override
        @SuppressWarnings("deprecation")
        public WriteContext init(org.apache.hadoop.conf.Configuration conf) {
            return new WriteContext(schema, meta);
        }

        @Override
        public WriteContext init(ParquetConfiguration conf) {
            return new WriteContext(schema, meta);
        }

        @Override
        public String getName() {
            return "csto-figures";
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(List<Object> row) {
            consumer.startMessage();
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                if (v == null) {
                    continue;
                }
                Type field = schema.getType(i);
                consumer.startField(field.getName(), i);
                LogicalTypeAnnotation lt = field.getLogicalTypeAnnotation();
                if (lt instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation) {
                    decimal(field.asPrimitiveType(), (LogicalTypeAnnotation.DecimalLogicalTypeAnnotation) lt,
                            (BigDecimal) v);
                } else if (lt instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
                    consumer.addInteger(Math.toIntExact(((LocalDate) v).toEpochDay()));
                } else if (v instanceof Boolean) {
                    consumer.addBoolean((Boolean) v);
                } else if (lt instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation) {
                    consumer.addInteger(Math.toIntExact(((Number) v).longValue()));
                } else {
                    consumer.addBinary(Binary.fromString(v.toString()));
                }
                consumer.endField(field.getName(), i);
            }
            consumer.endMessage();
        }

        /** A decimal as its unscaled integer in big-endian two's complement, sign-extended to the field's length. */
        private void decimal(org.apache.parquet.schema.PrimitiveType field,
                LogicalTypeAnnotation.DecimalLogicalTypeAnnotation lt, BigDecimal v) {
            java.math.BigInteger unscaled = v.setScale(lt.getScale(), RoundingMode.UNNECESSARY).unscaledValue();
            byte[] b = unscaled.toByteArray();
            int n = field.getTypeLength();
            if (b.length > n) {
                throw new ArithmeticException(v.toPlainString() + " does not fit " + n + " bytes");
            }
            byte[] fixed = new byte[n];
            java.util.Arrays.fill(fixed, 0, n - b.length, (byte) (unscaled.signum() < 0 ? 0xFF : 0));
            System.arraycopy(b, 0, fixed, n - b.length, b.length);
            consumer.addBinary(Binary.fromConstantByteArray(fixed));
        }
    }
}
