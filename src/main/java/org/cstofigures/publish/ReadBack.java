package org.cstofigures.publish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Re-reads every file of a staged release with a reader of its own format before the swap, so that nothing a
 * reader would reject is ever published: JSON is parsed by Jackson, CSV by Commons CSV (strict UTF-8), every XML
 * part of an XLSX is parsed as XML and the workbook opened by POI, every row group of a Parquet file decoded.
 * A file that fails is an error (exit 3) naming the file and the reader's complaint; output/ is left as it was.
 * Every reader streams (Jackson's token stream, Commons CSV over a strict decoder, SAX over the parts of the
 * workbook, one Parquet column chunk at a time), so a release of any size is checked in bounded memory.
 */
final class ReadBack {

    private ReadBack() {
    }

    static void check(Path dir, List<String> paths) {
        for (String p : paths) {
            Path file = dir.resolve(p);
            try {
                switch (extension(p)) {
                    case "json":
                    case "jsonld":
                        json(file);
                        break;
                    case "csv":
                        csv(file);
                        break;
                    case "xlsx":
                        xlsx(file);
                        break;
                    case "parquet":
                        parquet(file);
                        break;
                    default:
                        break;
                }
            } catch (IOException | RuntimeException | SAXException | ParserConfigurationException e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw new PipelineException(ExitCode.IO, p + ": the file just written cannot be read back by a "
                        + extension(p).toUpperCase(Locale.ROOT) + " reader (" + m.replace('\n', ' ').replace('\r', ' ')
                        + "); nothing was published and output/ was left as it was; please report it", e);
            }
        }
    }

    private static String extension(String p) {
        int dot = p.lastIndexOf('.');
        return dot < 0 ? "" : p.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void json(Path file) throws IOException {
        try (JsonParser p = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .createParser(Files.newInputStream(file))) {
            if (p.nextToken() == null) {
                throw new IOException("no JSON value");
            }
            p.skipChildren();
        }
    }

    private static void csv(Path file) throws IOException {
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                CSVParser parser = CSVFormat.RFC4180.builder().build().parse(r)) {
            int width = -1;
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                if (width < 0) {
                    width = rec.size();
                } else if (rec.size() != width) {
                    throw new IOException("record " + rec.getRecordNumber() + " has " + rec.size()
                            + " fields, the header " + width);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new IOException("not valid UTF-8", e);
            }
            throw e;
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8", e);
        }
    }

    /** Where a workbook keeps its sheets. */
    private static final String SHEETS = "xl/worksheets/";

    /**
     * A workbook: every XML part other than the sheets parsed as XML (namespaces on, no document types), then the
     * package opened by POI and every sheet it lists parsed with each cell checked against the workbook's styles and
     * strings ({@link SheetCheck}).
     */
    private static void xlsx(Path file) throws IOException, SAXException, ParserConfigurationException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        SAXParser sax = f.newSAXParser();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                // the sheets, the bulk of a workbook, are parsed once, by POI's reader below
                if ((name.endsWith(".xml") || name.endsWith(".rels")) && !name.startsWith(SHEETS)) {
                    try {
                        sax.parse(new FilterInputStream(zip) {
                            @Override
                            public void close() {
                                // the next part follows in the same stream
                            }
                        }, new DefaultHandler());
                    } catch (SAXException ex) {
                        throw new SAXException(name + ": " + ex.getMessage(), ex);
                    }
                }
            }
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            pkg.getPackageProperties().getTitleProperty();
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int styles = reader.getStylesTable().getNumCellStyles();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String part = sheets.getSheetPart().getPartName().getName().replaceFirst("^/", "");
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new SheetCheck(styles, strings.getCount()));
                    try {
                        xml.parse(new InputSource(sheet));
                    } catch (SAXException ex) {
                        throw new SAXException(part + ": " + ex.getMessage(), ex);
                    }
                }
            }
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * A sheet's cells against the workbook, as a spreadsheet reads them: each cell's style is one the workbook
     * has, its type one of the format's, a number a number, a shared string one the table holds, a yes/no 0 or 1.
     * (POI's own sheet handler checked the same while building every cell's text and rich-text object, which was
     * a fifth of a cold run's Java time on the seed; issue 14.)
     */
    static final class SheetCheck extends DefaultHandler {
        private static final java.util.Set<String> TYPES = java.util.Set.of("n", "s", "str", "inlineStr", "b", "e",
                "d");
        private final int styles;
        private final int strings;
        private final StringBuilder value = new StringBuilder();
        private String ref;
        private String type;
        private boolean inValue;

        SheetCheck(int styles, int strings) {
            this.styles = styles;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String local, String qName, org.xml.sax.Attributes atts)
                throws SAXException {
            if ("c".equals(local)) {
                ref = atts.getValue("r");
                String s = atts.getValue("s");
                if (s != null && index(s, "style") >= styles) {
                    throw new SAXException("cell " + ref + ": style " + s + " is not among the workbook's " + styles);
                }
                type = atts.getValue("t") == null ? "n" : atts.getValue("t");
                if (!TYPES.contains(type)) {
                    throw new SAXException("cell " + ref + ": unknown cell type '" + type + "'");
                }
            } else if ("v".equals(local)) {
                inValue = true;
                value.setLength(0);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if (!"v".equals(local)) {
                return;
            }
            inValue = false;
            String v = value.toString();
            if ("n".equals(type)) {
                try {
                    Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new SAXException("cell " + ref + ": '" + v + "' is not a number");
                }
            } else if ("s".equals(type) && index(v, "shared string") >= strings) {
                throw new SAXException("cell " + ref + ": shared string " + v + " is not among the " + strings);
            } else if ("b".equals(type) && !"0".equals(v) && !"1".equals(v)) {
                throw new SAXException("cell " + ref + ": '" + v + "' is not a yes/no value (0 or 1)");
            }
        }

        private int index(String s, String what) throws SAXException {
            try {
                int i = Integer.parseInt(s.strip());
                if (i >= 0) {
                    return i;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new SAXException("cell " + ref + ": " + what + " index '" + s + "' is not a whole number");
        }
    }

    /**
     * Parquet, read without Hadoop (which the jar does not carry): the magic at both ends, the Thrift footer, and
     * for every column chunk of every row group each page header, its CRC when present and its ZSTD payload
     * decompressed to the size the header states; the values counted must match the chunk's and the rows the
     * footer's.
     */
    private static void parquet(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long n = raf.length();
            byte[] magic = "PAR1".getBytes(StandardCharsets.US_ASCII);
            if (n < 12 || !java.util.Arrays.equals(range(raf, 0, 4), magic)
                    || !java.util.Arrays.equals(range(raf, n - 4, 4), magic)) {
                throw new IOException("no PAR1 magic at both ends");
            }
            int footerLen = java.nio.ByteBuffer.wrap(range(raf, n - 8, 4)).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .getInt();
            if (footerLen <= 0 || footerLen > n - 12) {
                throw new IOException("footer length " + footerLen + " does not fit the file");
            }
            org.apache.parquet.format.FileMetaData meta = org.apache.parquet.format.Util.readFileMetaData(
                    new java.io.ByteArrayInputStream(range(raf, n - 8 - footerLen, footerLen)));
            long rows = 0;
            for (org.apache.parquet.format.RowGroup rg : meta.getRow_groups()) {
                rows += rg.getNum_rows();
                for (org.apache.parquet.format.ColumnChunk cc : rg.getColumns()) {
                    chunk(raf, n, cc.getMeta_data());
                }
            }
            if (rows != meta.getNum_rows()) {
                throw new IOException("row groups hold " + rows + " rows, the footer says " + meta.getNum_rows());
            }
        }
    }

    private static byte[] range(RandomAccessFile raf, long start, int size) throws IOException {
        byte[] b = new byte[size];
        raf.seek(start);
        raf.readFully(b);
        return b;
    }

    /** One column chunk, read alone: memory is bounded by the largest chunk, never the file. */
    private static void chunk(RandomAccessFile raf, long n, org.apache.parquet.format.ColumnMetaData c)
            throws IOException {
        long start = c.isSetDictionary_page_offset() && c.getDictionary_page_offset() > 0
                ? Math.min(c.getDictionary_page_offset(), c.getData_page_offset()) : c.getData_page_offset();
        long size = c.getTotal_compressed_size();
        String col = String.join(".", c.getPath_in_schema());
        if (start < 4 || size < 0 || size > Integer.MAX_VALUE || start + size > n - 8) {
            throw new IOException("column " + col + ": chunk outside the file");
        }
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(range(raf, start, (int) size));
        long values = 0;
        while (in.available() > 0) {
            org.apache.parquet.format.PageHeader h = org.apache.parquet.format.Util.readPageHeader(in);
            byte[] page = in.readNBytes(h.getCompressed_page_size());
            if (page.length != h.getCompressed_page_size()) {
                throw new IOException("column " + col + ": page truncated");
            }
            if (h.isSetCrc()) {
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(page);
                if ((int) crc.getValue() != h.getCrc()) {
                    throw new IOException("column " + col + ": page CRC mismatch");
                }
            }
            int uncompressed = h.getUncompressed_page_size();
            if (h.getType() == org.apache.parquet.format.PageType.DATA_PAGE_V2) {
                org.apache.parquet.format.DataPageHeaderV2 v2 = h.getData_page_header_v2();
                int levels = v2.getRepetition_levels_byte_length() + v2.getDefinition_levels_byte_length();
                if (!v2.isSetIs_compressed() || v2.isIs_compressed()) {
                    inflate(c, col, java.util.Arrays.copyOfRange(page, levels, page.length), uncompressed - levels);
                }
                values += v2.getNum_values();
            } else {
                inflate(c, col, page, uncompressed);
                if (h.getType() == org.apache.parquet.format.PageType.DATA_PAGE) {
                    values += h.getData_page_header().getNum_values();
                }
            }
        }
        if (values != c.getNum_values()) {
            throw new IOException("column " + col + ": pages hold " + values + " values, the chunk says "
                    + c.getNum_values());
        }
    }

    private static void inflate(org.apache.parquet.format.ColumnMetaData c, String col, byte[] data, int size)
            throws IOException {
        if (c.getCodec() == org.apache.parquet.format.CompressionCodec.UNCOMPRESSED) {
            if (data.length != size) {
                throw new IOException("column " + col + ": page size mismatch");
            }
            return;
        }
        if (c.getCodec() != org.apache.parquet.format.CompressionCodec.ZSTD) {
            throw new IOException("column " + col + ": unexpected codec " + c.getCodec());
        }
        byte[] out;
        try {
            out = com.github.luben.zstd.Zstd.decompress(data, size);
        } catch (RuntimeException e) {
            throw new IOException("column " + col + ": ZSTD page does not decompress: " + e.getMessage(), e);
        }
        if (out.length != size) {
            throw new IOException("column " + col + ": page decompresses to " + out.length + " bytes, not " + size);
        }
    }
}
