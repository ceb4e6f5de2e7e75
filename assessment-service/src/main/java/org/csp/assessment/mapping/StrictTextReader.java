package org.csp.assessment.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;

/**
 * Decodes a byte stream in one charset and refuses bytes that are not valid in it, where an {@code InputStreamReader}
 * would replace them with U+FFFD (or, told to report them, lose the characters decoded just before). Every character
 * before the first bad byte is returned first; the next read throws {@link UndecodableTextException}, so a reader
 * that counts lines knows the line the bad byte is on.
 */
public final class StrictTextReader extends Reader {

    /** Bytes that are not text in the charset. */
    public static final class UndecodableTextException extends IOException {
        public UndecodableTextException(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(65_536).flip();
    private boolean endOfInput;
    private boolean flushed;
    private UndecodableTextException pending;

    public StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            if (pending != null) {
                if (out.position() > offset) {
                    return out.position() - offset;
                }
                throw pending;
            }
            if (flushed) {
                return out.position() > offset ? out.position() - offset : -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                byte[] bad = new byte[result.length()];
                bytes.get(bytes.position(), bad);
                pending = new UndecodableTextException("the bytes " + HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase()
                        .formatHex(bad) + " are not valid " + charset.name());
            } else if (result.isOverflow()) {
                return out.position() - offset;
            } else if (endOfInput) {
                if (decoder.flush(out).isOverflow()) {
                    return out.position() - offset;
                }
                flushed = true;
            } else {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
