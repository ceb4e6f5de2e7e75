package org.csp.assessment.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictTextReaderTest {

    private static CsvRecordReader csv(byte[] bytes, Charset charset) {
        return new CsvRecordReader(new StrictTextReader(new ByteArrayInputStream(bytes), charset));
    }

    @Test
    void textIsDecodedInTheCharsetItIsIn() throws Exception {
        CsvRecordReader csv = csv("Café,£5\n".getBytes(Charset.forName("windows-1252")), Charset.forName("windows-1252"));
        assertEquals(List.of("Café", "£5"), csv.next());
        assertNull(csv.next());
        CsvRecordReader utf8 = csv("Café,£5\n".repeat(20_000).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        for (int i = 0; i < 20_000; i++) {
            assertEquals(List.of("Café", "£5"), utf8.next());
        }
        assertNull(utf8.next());
    }

    @Test
    void bytesNotValidInTheCharsetAreRefusedOnTheLineTheyAreOnAfterEveryRecordBefore() throws Exception {
        byte[] windows1252 = "a,b\nCafé,c\r\nd,e\n".getBytes(Charset.forName("windows-1252"));
        CsvRecordReader csv = csv(windows1252, StandardCharsets.UTF_8);
        assertEquals(List.of("a", "b"), csv.next());
        StrictTextReader.UndecodableTextException refused = assertThrows(StrictTextReader.UndecodableTextException.class, csv::next);
        assertEquals("the bytes 0xE9 are not valid UTF-8", refused.getMessage());
        assertEquals(2, csv.line());
    }

    @Test
    void aBadByteJustAfterACarriageReturnIsOnTheNextLine() {
        CsvRecordReader csv = csv(new byte[] {'o', 'k', '\r', (byte) 0xE9, '\n'}, StandardCharsets.UTF_8);
        assertThrows(StrictTextReader.UndecodableTextException.class, csv::next);
        assertEquals(2, csv.line());
    }

    @Test
    void aSequenceCutOffByTheEndOfTheStreamIsRefused() throws IOException {
        byte[] truncated = {'o', 'k', '\n', 'x', (byte) 0xC3};
        CsvRecordReader csv = csv(truncated, StandardCharsets.UTF_8);
        assertThrows(StrictTextReader.UndecodableTextException.class, () -> {
            csv.next();
            csv.next();
        });
        assertEquals(2, csv.line());
    }
}
