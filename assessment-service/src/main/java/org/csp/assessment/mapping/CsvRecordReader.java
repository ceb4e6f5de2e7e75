package org.csp.assessment.mapping;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time from a stream (quoted fields, doubled quotes, line breaks inside
 * quotes, CRLF or LF), so a file of any size is never held in memory. Records the line each record starts on.
 * A malformed record (a quote inside an unquoted field, text after a quoted field's closing quote, or too long) ends
 * at the first line break outside a quoted field already open, so it spoils only itself and the records after it are
 * read with their own line numbers.
 */
public final class CsvRecordReader {

    /** A record longer than this is refused rather than read into memory. */
    public static final int MAX_RECORD_CHARS = 16_384;

    /** U+FEFF, which Excel and others write before the first record of a UTF-8 file: skipped there, before parsing. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public static final class MalformedRecordException extends Exception {
        public MalformedRecordException(String message) {
            super(message);
        }
    }

    private final Reader in;
    // Read in blocks: Reader.read() of one char takes a lock per call, which dominated imports of a million rows.
    private final char[] buffer = new char[65_536];
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private int pushedBack = -2;
    private boolean started;

    public CsvRecordReader(Reader in) {
        this.in = in;
    }

    /** The line the last record returned started on (1 = the first line of the file). */
    public long recordLine() {
        return recordLine;
    }

    /** The line being read (1 = the first): after an IOException from the stream, the line it was reading. */
    public long line() {
        return line;
    }

    /** @return the next record's fields, or null at the end of the stream */
    public List<String> next() throws IOException, MalformedRecordException {
        int c = read();
        if (!started) {
            started = true;
            if (c == BYTE_ORDER_MARK) {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>(12);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int length = 0;
        String error = null;
        while (true) {
            if (++length > MAX_RECORD_CHARS && error == null) {
                error = "the record is longer than " + MAX_RECORD_CHARS + " characters";
            }
            if (quoted) {
                if (c == -1) {
                    throw new MalformedRecordException("a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        append(field, '"', error);
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c, error);
                }
                c = read();
                continue;
            }
            if (c == -1 || c == '\n' || c == '\r') {
                if (c != -1) {
                    line++;
                }
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                }
                fields.add(field.toString());
                if (error != null) {
                    throw new MalformedRecordException(error);
                }
                return fields;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '"' && error == null && field.isEmpty() && !fieldWasQuoted) {
                // Once the record is in error its characters are no longer kept, so no quoted field is opened:
                // a stray quote would otherwise swallow the line breaks after it, and the following records with them.
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == '"') {
                error = error == null ? "a quote inside an unquoted field" : error;
            } else if (fieldWasQuoted) {
                // RFC 4180: a quoted field ends at its closing quote; only a comma or the line end may follow it.
                error = error == null ? "text after the closing quote of a quoted field" : error;
            } else {
                append(field, (char) c, error);
            }
            c = read();
        }
    }

    private static void append(StringBuilder field, char c, String error) {
        if (error == null) {
            field.append(c);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
