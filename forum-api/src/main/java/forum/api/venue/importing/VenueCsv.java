package forum.api.venue.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import forum.core.shared.Require;
import forum.core.venue.LicenceKind;

/**
 * Reads an import file: UTF-8 with or without a byte order mark, {@code ;} or {@code ,} between fields (whichever the
 * header line has more of), a header line naming the columns. Every line is checked, so one pass names all that is
 * wrong; the line numbers are the file's own, counting the header as line 1.
 */
final class VenueCsv {

    static final String FILE = "file";
    static final int MAX_LINES = 20_000;

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportLine> lines = new ArrayList<>();
    private final Map<String, Integer> firstLineOfLicence = new HashMap<>();
    private String text;
    private int[] lineStarts;
    private int headerSize;
    private int lastLineRead = 1;

    private VenueCsv() {
    }

    static ImportFile read(byte[] content) {
        VenueCsv csv = new VenueCsv();
        int venueLines = csv.readAll(content);
        return new ImportFile(csv.lines, csv.problems, venueLines);
    }

    private int readAll(byte[] content) {
        Optional<String> text = decoded(content);
        if (text.isEmpty()) {
            return 0;
        }
        if (text.get().isBlank()) {
            problems.add(new ImportProblem(1, FILE, "empty"));
            return 0;
        }
        this.text = text.get();
        lineStarts = lineStarts(this.text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text.get()))
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        int venueLines = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.get()), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<ImportColumn, Integer> columns = header(records.next());
            if (!problems.isEmpty()) {
                return 0;
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastLineRead = lineOf(record);
                if (++venueLines > MAX_LINES) {
                    problems.add(new ImportProblem(lastLineRead, FILE, "too-many-lines"));
                    break;
                }
                check(record, columns);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            // An unterminated quote or the like: the parser cannot go on after the last line it read.
            problems.add(new ImportProblem(lastLineRead + 1, FILE, "unreadable"));
        }
        return venueLines;
    }

    /** The text, or empty with a problem naming the line of the first byte that is not UTF-8. */
    private Optional<String> decoded(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = start; i < in.position(); i++) {
                line += content[i] == '\n' ? 1 : 0;
            }
            problems.add(new ImportProblem(line, FILE, "not-utf-8"));
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private Map<ImportColumn, Integer> header(CSVRecord header) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            ImportColumn.ofHeader(header.get(i)).ifPresent(column -> columns.putIfAbsent(column, index));
        }
        Arrays.stream(ImportColumn.values())
                .filter(column -> column.required() && !columns.containsKey(column))
                .forEach(column -> problems.add(new ImportProblem(1, column.field(), "missing-column")));
        headerSize = header.size();
        return columns;
    }

    private void check(CSVRecord record, Map<ImportColumn, Integer> columns) {
        int line = lineOf(record);
        int before = problems.size();
        if (record.size() != headerSize) {
            problems.add(new ImportProblem(line, FILE, "wrong-column-count"));
            return;
        }
        String licenceNumber = text(record, columns, ImportColumn.LICENCE_NUMBER, line, Require.LINE);
        String name = text(record, columns, ImportColumn.NAME, line, Require.NAME);
        String address = text(record, columns, ImportColumn.ADDRESS, line, Require.LINE);
        String holder = text(record, columns, ImportColumn.LICENCE_HOLDER, line, Require.NAME);
        String kindText = text(record, columns, ImportColumn.LICENCE_KIND, line, Require.LINE);
        LicenceKind kind = kindText == null ? null : LicenceKinds.of(kindText).orElse(null);
        if (kindText != null && kind == null) {
            problems.add(new ImportProblem(line, ImportColumn.LICENCE_KIND.field(), "unknown-licence-kind"));
        }
        String hours = text(record, columns, ImportColumn.SERVING_HOURS, line, Require.LINE);
        LocalDate from = date(record, columns, ImportColumn.LICENCE_VALID_FROM, line);
        LocalDate to = date(record, columns, ImportColumn.LICENCE_VALID_TO, line);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new ImportProblem(line, ImportColumn.LICENCE_VALID_TO.field(),
                    "licence-ends-before-it-starts"));
        }
        if (licenceNumber != null && firstLineOfLicence.putIfAbsent(licenceNumber, line) != null) {
            problems.add(new ImportProblem(line, ImportColumn.LICENCE_NUMBER.field(), "duplicate-licence-number"));
        }
        if (problems.size() == before) {
            lines.add(new ImportLine(line, licenceNumber, name, address, holder, kind, hours, from, to));
        }
    }

    /** The stripped text of a column; null (with a problem for a required column) when blank. */
    private String text(CSVRecord record, Map<ImportColumn, Integer> columns, ImportColumn column, int line,
                        int max) {
        Integer index = columns.get(column);
        String value = index == null ? "" : record.get(index).strip();
        if (value.isEmpty()) {
            if (column.required()) {
                problems.add(new ImportProblem(line, column.field(), "required"));
            }
            return null;
        }
        if (value.length() > max) {
            problems.add(new ImportProblem(line, column.field(), "too-long"));
            return null;
        }
        return value;
    }

    private LocalDate date(CSVRecord record, Map<ImportColumn, Integer> columns, ImportColumn column, int line) {
        String value = text(record, columns, column, line, Require.LINE);
        if (value == null) {
            return null;
        }
        Optional<LocalDate> date = ImportDates.of(value);
        if (date.isEmpty()) {
            problems.add(new ImportProblem(line, column.field(), "not-a-date"));
        }
        return date.orElse(null);
    }

    /** The line a record starts on; the parser counts the empty lines it skipped into the record's position. */
    private int lineOf(CSVRecord record) {
        int position = (int) record.getCharacterPosition();
        while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
            position++;
        }
        int found = Arrays.binarySearch(lineStarts, position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
