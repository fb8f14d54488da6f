package forum.api.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV file a spreadsheet opens with æ, ø, å, ä and ö intact: UTF-8 with a byte order mark, without which Excel
 * reads the bytes as the system's code page. Separator ';' in Danish, Swedish and Norwegian, where the decimal
 * separator is a comma and Excel expects ';' between fields; ',' in English. Lines end in CRLF (RFC 4180); a field
 * is quoted where it needs it (a separator, a quote, a line break), its quotes doubled. Text that a spreadsheet
 * would take for a formula (beginning with =, +, - or @) is written with a leading apostrophe.
 */
public final class SpreadsheetCsv {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private SpreadsheetCsv() {
    }

    public static char separator(Locale locale) {
        return Language.of(locale).filter(language -> language != Language.ENGLISH).isPresent() ? ';' : ',';
    }

    /** The file's bytes: the byte order mark, the header, then the rows. */
    public static byte[] of(List<String> header, List<List<String>> rows, Locale locale) {
        StringWriter out = new StringWriter().append('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(locale))
                .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The file as a download named {@code fileName} (ASCII, so that every browser keeps it). */
    public static ResponseEntity<byte[]> download(byte[] csv, String fileName) {
        return ResponseEntity.ok().contentType(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(csv);
    }

    /** Text as a spreadsheet must not take for a formula; null as an empty field. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
