package org.csp.assessment.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaksAndLinesAreCounted() throws Exception {
        CsvRecordReader csv = new CsvRecordReader(new StringReader("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,\n"));
        assertEquals(List.of("a", "b"), csv.next());
        assertEquals(List.of("x, y", "say \"hi\""), csv.next());
        assertEquals(2, csv.recordLine());
        assertEquals(List.of("two\nlines", "z"), csv.next());
        assertEquals(3, csv.recordLine());
        assertEquals(List.of("last", ""), csv.next());
        assertEquals(5, csv.recordLine());
        assertNull(csv.next());
    }

    @Test
    void aStrayQuoteSpoilsOnlyItsOwnRecord() throws Exception {
        CsvRecordReader csv = new CsvRecordReader(new StringReader("a\"b,c\nd,e\n"));
        assertThrows(CsvRecordReader.MalformedRecordException.class, csv::next);
        assertEquals(List.of("d", "e"), csv.next());
    }

    @Test
    void aRecordWithStrayQuotesMidFieldEndsAtItsLineEndAndTheNextLinesAreReadWithTheirNumbers() throws Exception {
        CsvRecordReader csv = new CsvRecordReader(new StringReader(
                "sq1,2019-01,Shop 5\" wide,E,Stolen 12\" TV\nd,e\n\"f\",\"g\nh\"\ni,j\n"));
        CsvRecordReader.MalformedRecordException bad = assertThrows(CsvRecordReader.MalformedRecordException.class, csv::next);
        assertEquals("a quote inside an unquoted field", bad.getMessage());
        assertEquals(1, csv.recordLine());
        assertEquals(List.of("d", "e"), csv.next());
        assertEquals(2, csv.recordLine());
        assertEquals(List.of("f", "g\nh"), csv.next());
        assertEquals(3, csv.recordLine());
        assertEquals(List.of("i", "j"), csv.next());
        assertEquals(5, csv.recordLine());
        assertNull(csv.next());
    }

    @Test
    void textAfterAClosingQuoteSpoilsItsRecordWhichEndsAtItsLineEnd() throws Exception {
        CsvRecordReader csv = new CsvRecordReader(new StringReader(
                "a,\"abc\"x,c\n\"def\" ,g\n\"ok\",\"\"\"quoted\"\"\"\nnext,\"x\"\n"));
        CsvRecordReader.MalformedRecordException bad = assertThrows(CsvRecordReader.MalformedRecordException.class, csv::next);
        assertEquals("text after the closing quote of a quoted field", bad.getMessage());
        assertEquals(1, csv.recordLine());
        assertThrows(CsvRecordReader.MalformedRecordException.class, csv::next);
        assertEquals(2, csv.recordLine());
        assertEquals(List.of("ok", "\"quoted\""), csv.next());
        assertEquals(List.of("next", "x"), csv.next());
        assertEquals(4, csv.recordLine());
        assertNull(csv.next());
    }

    @Test
    void anOverlongRecordEndsAtItsLineEndEvenWithAQuoteAfterTheLimit() throws Exception {
        CsvRecordReader csv = new CsvRecordReader(new StringReader(
                "x".repeat(CsvRecordReader.MAX_RECORD_CHARS + 10) + ",5\" wide\nok\nnext\n"));
        assertThrows(CsvRecordReader.MalformedRecordException.class, csv::next);
        assertEquals(List.of("ok"), csv.next());
        assertEquals(2, csv.recordLine());
        assertEquals(List.of("next"), csv.next());
    }

    @Test
    void aByteOrderMarkBeforeAQuotedFirstFieldIsNotPartOfIt() throws Exception {
        CsvRecordReader csv = new CsvRecordReader(new StringReader("\uFEFF\"Crime ID\",\"Month\"\n\uFEFFa,b\n"));
        assertEquals(List.of("Crime ID", "Month"), csv.next());
        assertEquals(List.of("\uFEFFa", "b"), csv.next()); // only at the start of the stream
    }

    @Test
    void anOverlongRecordIsRefusedWithoutKeepingIt() throws Exception {
        CsvRecordReader csv = new CsvRecordReader(new StringReader("x".repeat(CsvRecordReader.MAX_RECORD_CHARS + 10) + "\nok\n"));
        assertThrows(CsvRecordReader.MalformedRecordException.class, csv::next);
        assertEquals(List.of("ok"), csv.next());
    }

    @Test
    void recordsAndQuotedLineBreaksAcrossTheReadBlocksComeOutWhole() throws Exception {
        // Each record is 24 characters, so many of them (and their quoted line breaks) straddle a 64 KiB block.
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            file.append(String.format("%05d,\"on or\nnear\",x\r\n", i));
        }
        CsvRecordReader csv = new CsvRecordReader(new StringReader(file.toString()));
        for (int i = 0; i < 10_000; i++) {
            assertEquals(List.of(String.format("%05d", i), "on or\nnear", "x"), csv.next());
            assertEquals(1 + 2L * i, csv.recordLine());
        }
        assertNull(csv.next());
    }
}
