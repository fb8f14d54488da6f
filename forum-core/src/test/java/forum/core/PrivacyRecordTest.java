package forum.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import forum.core.shared.PersonalData;

/**
 * Keeps the record of processing (docs/privacy.md) true: its table of personal fields names exactly the record
 * components marked {@link PersonalData}, so a municipality's data protection officer reads every field the events
 * and commands carry, and nothing they no longer do.
 */
class PrivacyRecordTest {

    /** Surefire runs in the module's folder; the document is the repository's. */
    private static final Path RECORD_OF_PROCESSING = Path.of("..", "docs", "privacy.md");

    /** A table row whose first cell names a component: | `forum.core.forum.ForumMemberAdded.personName` | ... */
    private static final Pattern FIELD_ROW = Pattern.compile("^\\|\\s*`(forum\\.core\\.[\\w.]+)`\\s*\\|");

    @Test
    void theRecordOfProcessingListsExactlyThePersonalDataComponents() throws IOException {
        Map<String, Integer> documented = documentedFields();
        Map<String, String> annotated = annotatedComponents();

        List<String> problems = new ArrayList<>();
        annotated.forEach((field, source) -> {
            if (!documented.containsKey(field)) {
                problems.add(field + " is marked @PersonalData in " + source + " but has no row in "
                        + RECORD_OF_PROCESSING + ": add one (what, why, where, who sees it, how long)");
            }
        });
        documented.forEach((field, line) -> {
            if (!annotated.containsKey(field)) {
                problems.add(field + " has a row in " + RECORD_OF_PROCESSING + " (line " + line
                        + ") but is no @PersonalData component of forum-core: remove the row, or mark the component");
            }
        });
        assertThat(annotated).as("@PersonalData components found in forum-core").isNotEmpty();
        assertThat(problems).as("differences between %s and the @PersonalData marks", RECORD_OF_PROCESSING).isEmpty();
    }

    /** Each documented field with the line of its row; a field with two rows is a mistake in the document. */
    private static Map<String, Integer> documentedFields() throws IOException {
        assertThat(RECORD_OF_PROCESSING).as("the record of processing, from %s", Path.of("").toAbsolutePath())
                .isRegularFile();
        List<String> lines = Files.readAllLines(RECORD_OF_PROCESSING);
        Map<String, Integer> fields = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher row = FIELD_ROW.matcher(lines.get(i));
            if (row.find() && fields.putIfAbsent(row.group(1), i + 1) != null) {
                duplicates.add(row.group(1) + " (line " + (i + 1) + ")");
            }
        }
        assertThat(duplicates).as("fields with more than one row in %s", RECORD_OF_PROCESSING).isEmpty();
        return fields;
    }

    /** Each @PersonalData component, as record.component, with the source file that declares it. */
    private static Map<String, String> annotatedComponents() {
        Map<String, String> components = new TreeMap<>();
        for (Class<?> type : CoreRecords.ALL) {
            Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.isAnnotationPresent(PersonalData.class))
                    .map(RecordComponent::getName)
                    .forEach(name -> components.put(type.getName() + "." + name, sourceOf(type)));
        }
        return components;
    }

    private static String sourceOf(Class<?> type) {
        Class<?> outermost = type;
        while (outermost.getEnclosingClass() != null) {
            outermost = outermost.getEnclosingClass();
        }
        return "forum-core/src/main/java/" + outermost.getName().replace('.', '/') + ".java";
    }
}
