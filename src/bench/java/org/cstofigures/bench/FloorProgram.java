package org.cstofigures.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floor for a cold {@code run} (issue 14): the least a program can do to write the same four formats with the
 * same libraries for the same rows. It reads the tables of a published release from {@code <release>/csv/*.csv}
 * (Commons CSV) and writes each as CSV (Commons CSV), one sheet of one workbook (POI SXSSF), Parquet (parquet-hadoop
 * with LocalOutputFile, ZSTD through zstd-jni, every column a UTF-8 string) and a JSON array of objects (Jackson's
 * streaming generator). No extraction, validation, metadata or read-back: whatever {@code run} takes beyond this
 * program is the pipeline's own cost. Not part of the shipped jar (src/bench, compiled only by -Pbench):
 * <pre>
 * mvn -B -q -Pbench package -DskipTests
 * java -cp target/csto-figures.jar:target/test-classes org.cstofigures.bench.FloorProgram output /tmp/floor
 * </pre>
 */
public final class FloorProgram {

    private FloorProgram() {
    }

    public static void main(String[] args) throws IOException {
        Path release = Path.of(args[0]);
        Path out = Path.of(args[1]);
        for (String d : List.of("csv", "json", "parquet", "xlsx")) {
            Files.createDirectories(out.resolve(d));
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(release.resolve("csv"))) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            for (Path f : files) {
                String name = f.getFileName().toString().replace(".csv", "");
                List<String> header = new ArrayList<>();
                List<List<String>> rows = new ArrayList<>();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                        CSVParser p = CSVFormat.RFC4180.builder().setHeader().build().parse(r)) {
                    header.addAll(p.getHeaderNames());
                    for (CSVRecord rec : p) {
                        rows.add(rec.toList());
                    }
                }
                csv(out.resolve("csv/" + name + ".csv"), header, rows);
                json(out.resolve("json/" + name + ".json"), header, rows);
                parquet(out.resolve("parquet/" + name + ".parquet"), header, rows);
                Sheet sh = wb.createSheet(name);
                Row h = sh.createRow(0);
                for (int i = 0; i < header.size(); i++) {
                    h.createCell(i).setCellValue(header.get(i));
                }
                int n = 1;
                for (List<String> row : rows) {
                    Row x = sh.createRow(n++);
                    for (int i = 0; i < row.size(); i++) {
                        x.createCell(i).setCellValue(row.get(i));
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(out.resolve("xlsx/floor.xlsx"))) {
                wb.write(o);
            }
        }
    }

    private static void csv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(header);
            for (List<String> row : rows) {
                p.printRecord(row);
            }
        }
    }

    private static void json(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (List<String> row : rows) {
                g.writeStartObject();
                for (int i = 0; i < row.size(); i++) {
                    g.writeStringField(header.get(i), row.get(i));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void parquet(Path file, List<String> header, List<List<String>> rows) throws IOException {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (String c : header) {
            b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c);
        }
        MessageType schema = b.named("row");
        try (ParquetWriter<List<String>> w = new Builder(new LocalOutputFile(file), schema)
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new Zstd3())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build()) {
            for (List<String> row : rows) {
                w.write(row);
            }
        }
    }

    private static final class Builder extends ParquetWriter.Builder<List<String>, Builder> {
        private final MessageType schema;

        Builder(OutputFile file, MessageType schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<List<String>> getWriteSupport(ParquetConfiguration conf) {
            return new WriteSupport<>() {
                private RecordConsumer rc;

                @Override
                public WriteContext init(ParquetConfiguration c) {
                    return new WriteContext(schema, new HashMap<>());
                }

                @Override
                @SuppressWarnings("deprecation")
                public WriteContext init(org.apache.hadoop.conf.Configuration c) {
                    return new WriteContext(schema, new HashMap<>());
                }

                @Override
                public void prepareForWrite(RecordConsumer recordConsumer) {
                    rc = recordConsumer;
                }

                @Override
                public void write(List<String> row) {
                    rc.startMessage();
                    for (int i = 0; i < row.size(); i++) {
                        if (!row.get(i).isEmpty()) {
                            rc.startField(schema.getFieldName(i), i);
                            rc.addBinary(Binary.fromString(row.get(i)));
                            rc.endField(schema.getFieldName(i), i);
                        }
                    }
                    rc.endMessage();
                }
            };
        }

        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<List<String>> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return getWriteSupport((ParquetConfiguration) null);
        }
    }

    /** ZSTD level 3 through zstd-jni, as the pipeline compresses (no Hadoop codec). */
    private static final class Zstd3 implements CompressionCodecFactory {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    return BytesInput.from(Zstd.compress(bytes.toInputStream().readAllBytes(), 3));
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return codec;
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            return new BytesInputDecompressor() {
                @Override
                public BytesInput decompress(BytesInput bytes, int size) throws IOException {
                    return BytesInput.from(Zstd.decompress(bytes.toInputStream().readAllBytes(), size));
                }

                @Override
                public void decompress(ByteBuffer in, int compressedSize, ByteBuffer out, int size) {
                    byte[] b = new byte[compressedSize];
                    in.get(b);
                    out.put(Zstd.decompress(b, size));
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public void release() {
        }
    }
}
