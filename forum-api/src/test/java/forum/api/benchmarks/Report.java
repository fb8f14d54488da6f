package forum.api.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a benchmark's figures as one block of aligned rows, every line prefixed with {@code [bench]} so the
 * figures can be picked out of the build log with grep, and appends the block to
 * {@code forum-api/target/benchmark-figures.txt} (test output may be redirected to failsafe's report files).
 */
final class Report {

    /** Relative to the forked test JVM's working directory, the module's. */
    static final Path FIGURES = Path.of("target", "benchmark-figures.txt");

    private final String title;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(String title) {
        this.title = title;
    }

    Report row(String figure, String value) {
        rows.add(new String[] {figure, value});
        return this;
    }

    Report row(String figure, String format, Object... values) {
        return row(figure, String.format(format, values));
    }

    Report note(String format, Object... values) {
        notes.add(String.format(format, values));
        return this;
    }

    void print() {
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(10);
        StringBuilder out = new StringBuilder("\n[bench] ==== ").append(title).append(" ====\n");
        for (String[] row : rows) {
            out.append("[bench] ").append(String.format("%-" + width + "s", row[0])).append(" | ").append(row[1])
                    .append('\n');
        }
        for (String note : notes) {
            for (String line : note.split("\n")) {
                out.append("[bench]   ").append(line).append('\n');
            }
        }
        System.out.print(out);
        System.out.flush();
        try {
            Files.createDirectories(FIGURES.getParent());
            Files.writeString(FIGURES, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[bench] could not append to " + FIGURES.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    static String perSecond(double value) {
        return String.format("%,.0f/s", value);
    }

    static String ratio(double ours, double reference) {
        return String.format("%.0f%%", 100 * ours / reference);
    }
}
