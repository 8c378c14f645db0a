package io.automl.space.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quoting, byte-order marks, blank lines, line numbers and the header bound of the one CSV reader. */
class CsvRecordsTest {
    private final CsvRecords csv = new CsvRecords();

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks(@TempDir Path dir) throws Exception {
        Path f = write(dir, "\"a, b\",\"say \"\"hi\"\"\", \"two\nlines\" ,d\r\n1,\"x,y\",\"p\r\nq\",4\n\n  \n5,6,7,8");
        assertEquals(Optional.of(List.of("a, b", "say \"hi\"", "two\nlines", "d")), csv.header(f, 1000));
        List<CsvRow> rows = csv.read(f);
        assertEquals(List.of(new CsvRow(1, List.of("a, b", "say \"hi\"", "two\nlines", "d")),
                new CsvRow(3, List.of("1", "x,y", "p\r\nq", "4")), new CsvRow(7, List.of("5", "6", "7", "8"))), rows);
    }

    @Test
    void aByteOrderMarkIsSkippedAndFieldsAreTrimmed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bom.csv");
        Files.write(f, "\uFEFF label , \"a\" \n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(List.of("label", "a")), csv.header(f, 100));
        assertEquals(List.of("label", "a"), csv.read(f).get(0).fields());
    }

    @Test
    void anUnterminatedQuoteNamesTheLineItStartsOn(@TempDir Path dir) throws Exception {
        Path f = write(dir, "a,b\n1,2\n3,\"open\n4,5\n");
        MalformedCsvException e = assertThrows(MalformedCsvException.class, () -> csv.read(f));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("line 3 has an unterminated quoted field"), e.getMessage());
        assertEquals(Optional.empty(), csv.header(write(dir, "a,\"b\n"), 100));
    }

    @Test
    void theHeaderMustEndWithinTheBound(@TempDir Path dir) throws Exception {
        String name = "x".repeat(100);
        assertEquals(Optional.of(List.of(name)), csv.header(write(dir, name + "\n1\n"), 100));
        assertEquals(Optional.of(List.of(name)), csv.header(write(dir, name + "\n"), 100));
        assertEquals(Optional.of(List.of(name)), csv.header(write(dir, name), 100));
        assertEquals(Optional.of(List.of(name)), csv.header(write(dir, name + "\n\"1\n2,3\n"), 100));
        assertEquals(Optional.empty(), csv.header(write(dir, name + "y\n1\n"), 100));
        assertEquals(Optional.empty(), csv.header(write(dir, "\"" + "z".repeat(200) + "\"\n1\n"), 100));
        assertEquals(Optional.empty(), csv.header(write(dir, "\n"), 100));
        assertEquals(Optional.empty(), csv.header(write(dir, ""), 100));
        assertEquals(Optional.empty(), csv.header(dir.resolve("missing.csv"), 100));
    }

    private static Path write(Path dir, String text) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "t", ".csv"), text);
    }
}
