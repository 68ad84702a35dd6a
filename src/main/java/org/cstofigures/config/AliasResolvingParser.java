package org.cstofigures.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * A YAML parser whose aliases ({@code *lic}) read as the value their anchor ({@code &lic}) names, so that a
 * legitimate {@code code_license: *lic} binds like the value written out. The YAML library alone reads an alias
 * as its name. Locations stay those of the YAML text: inside an alias's value, the alias's own line, so that
 * an error there still names {@code file:line}.
 *
 * <p>An alias bomb ("billion laughs": anchors of lists of aliases of lists of aliases …) is refused: once the
 * aliases of one document expand to more than {@link #MAX_EXPANDED} tokens, reading fails with a parse error.
 * Merge keys ({@code <<: *base}) are not supported: they read as a key {@code <<}, which the strict binding
 * refuses as unknown.
 */
final class AliasResolvingParser extends JsonParserDelegate {

    /** The most tokens the aliases of one document may expand to; a configuration file is far smaller. */
    static final int MAX_EXPANDED = 100_000;

    private final AnchoredParser yaml;
    private final Map<String, TokenBuffer> anchors = new HashMap<>();
    private final List<Recorder> recording = new ArrayList<>();
    private JsonParser replay;
    private long expanded;

    /** An anchored value being recorded: its name, its tokens so far and how deep in it the parser is. */
    private static final class Recorder {
        final String anchor;
        final TokenBuffer tokens;
        int depth;

        Recorder(String anchor, TokenBuffer tokens) {
            this.anchor = anchor;
            this.tokens = tokens;
        }
    }

    AliasResolvingParser(AnchoredParser yaml) {
        super(yaml);
        this.yaml = yaml;
    }

    /** Wraps {@code p} when it comes from a {@link Factory}; any other parser is returned as it is. */
    static JsonParser of(JsonParser p) {
        return p instanceof AnchoredParser ? new AliasResolvingParser((AnchoredParser) p) : p;
    }

    /**
     * A YAML factory whose parsers tell the anchor of every value: the YAML library's own parser loses the anchor
     * of a scalar in a mapping ({@code reason: &why …}).
     */
    static final class Factory extends YAMLFactory {

        private static final long serialVersionUID = 1L;

        Factory() {
        }

        private Factory(Factory src) {
            super(src, null);
        }

        @Override
        protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
            return new AnchoredParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    _createReader(in, null, ctxt));
        }

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
            return new AnchoredParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
        }

        @Override
        protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
                throws IOException {
            return new AnchoredParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    new java.io.CharArrayReader(data, offset, len));
        }

        @Override
        protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
            return new AnchoredParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    _createReader(data, offset, len, null, ctxt));
        }

        @Override
        public YAMLFactory copy() {
            return new Factory(this);
        }
    }

    /** The YAML library's parser, telling the anchor of the value it stands on. */
    static final class AnchoredParser extends YAMLParser {

        AnchoredParser(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
                Reader reader) {
            super(ctxt, parserFeatures, yamlFeatures, options, codec, reader);
        }

        /** The anchor of the current value ({@code &name}), or null. */
        String anchor() {
            return _lastEvent instanceof NodeEvent ? ((NodeEvent) _lastEvent).getAnchor() : null;
        }
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t;
        if (replay != null) {
            t = replay.nextToken();
            if (t != null) {
                if (++expanded > MAX_EXPANDED) {
                    throw new JsonParseException(this, "the aliases expand to more than " + MAX_EXPANDED
                            + " values (an alias bomb?); write the values out");
                }
                record(t);
                return t;
            }
            replay.close();
            replay = null;
            delegate = yaml;
        }
        t = yaml.nextToken();
        if (t != null && t.isScalarValue() && yaml.isCurrentAlias()) {
            String name = yaml.getText();
            TokenBuffer value = anchors.get(name);
            if (value == null) {
                throw new JsonParseException(this, "alias *" + name + " names no anchor (&" + name
                        + ") defined before it");
            }
            replay = value.asParser(yaml.getCodec());
            delegate = replay;
            return nextToken();
        }
        String anchor = t == null || t == JsonToken.FIELD_NAME || t.isStructEnd() ? null : yaml.anchor();
        if (anchor != null) {
            recording.add(new Recorder(anchor, new TokenBuffer(yaml, null)));
        }
        record(t);
        return t;
    }

    /** Appends the current token to every anchored value being recorded; stores those that are complete. */
    private void record(JsonToken t) throws IOException {
        if (t == null || recording.isEmpty()) {
            return;
        }
        for (int i = recording.size() - 1; i >= 0; i--) {
            Recorder r = recording.get(i);
            r.tokens.copyCurrentEvent(delegate);
            if (t.isStructStart()) {
                r.depth++;
            } else if (t.isStructEnd()) {
                r.depth--;
            }
            if (r.depth == 0) {
                anchors.put(r.anchor, r.tokens);
                recording.remove(i);
            }
        }
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    /** Skips through {@link #nextToken()}, so that anchors inside skipped values are still recorded. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return this;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken n = nextToken();
            if (n == null) {
                return this;
            }
            if (n.isStructStart()) {
                depth++;
            } else if (n.isStructEnd()) {
                depth--;
            }
        }
        return this;
    }

    @Override
    public JsonLocation currentLocation() {
        return yaml.currentLocation();
    }

    @Override
    public JsonLocation currentTokenLocation() {
        return yaml.currentTokenLocation();
    }

    @Override
    @Deprecated
    public JsonLocation getCurrentLocation() {
        return yaml.currentLocation();
    }

    @Override
    @Deprecated
    public JsonLocation getTokenLocation() {
        return yaml.currentTokenLocation();
    }

    @Override
    public void close() throws IOException {
        if (replay != null) {
            replay.close();
        }
        yaml.close();
    }
}
