package forum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import forum.api.security.Role;
import forum.core.venue.RecommendationKind;

/** Every word of the pages exists in all four languages, and every word a template asks for exists. */
class MessageBundlesTest {

    private static final String[] TRANSLATIONS = {"messages_da.properties", "messages_sv.properties",
            "messages_nb.properties"};
    /** A message key written out in a template: #{signIn.title} or #{start.heading(...)}, not #{${key}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)");

    @Test
    void everyBundleHasEveryKeyOfTheEnglishBaseAndNoneEmpty() throws IOException {
        Properties english = bundle("messages.properties");
        assertThat(english).isNotEmpty();
        for (String translation : TRANSLATIONS) {
            Properties words = bundle(translation);
            assertThat(words.stringPropertyNames()).as("keys of %s", translation)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (Properties checked : new Properties[]{english, words}) {
                checked.forEach((key, value) -> assertThat((String) value).as("%s in %s", key, translation).isNotBlank());
            }
        }
    }

    @Test
    void everyKeyATemplateUsesIsInTheBundles() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        for (Resource template : templates) {
            Matcher key = TEMPLATE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (key.find()) {
                used.add(key.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    /** Keys that pages build from a code: the code is the key's last part. */
    @Test
    void everyCodeShownOnAPageHasItsWords() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        Stream.concat(
                Arrays.stream(Role.values()).flatMap(role -> Stream.of("role." + role, "start.mayDo." + role)),
                Arrays.stream(RecommendationKind.values()).map(kind -> "recommendation.kind." + kind))
                .forEach(key -> assertThat(known).contains(key));
    }

    /**
     * Every code a domain rule refuses with (forum-core's {@code DomainRuleViolation}s and {@code Require}'s
     * constants) has its words, {@code problem.<code>}: a form shows the refusal in the person's language.
     */
    @Test
    void everyDomainRuleCodeHasItsWords() throws IOException {
        Pattern code = Pattern.compile(
                "(?:DomainRuleViolation|notFound|conflict)\\(\\s*\"([a-z]+\\.[a-z-]+)\"|= \"(validation\\.[a-z-]+)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("..", "forum-core", "src", "main", "java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = code.matcher(Files.readString(source));
                while (found.find()) {
                    codes.add(found.group(1) != null ? found.group(1) : found.group(2));
                }
            }
        }
        assertThat(codes).as("codes found in forum-core").hasSizeGreaterThan(30).contains("meeting.starts-in-past");
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        assertThat(codes.stream().map(c -> "problem." + c).filter(key -> !known.contains(key)).toList())
                .as("domain rule codes without words").isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties words = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
