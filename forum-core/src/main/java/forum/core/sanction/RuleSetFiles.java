package forum.core.sanction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import forum.core.municipality.Country;

/**
 * Reads rule sets from the class path: {@code <folder>/rule-sets.list} names one properties file (UTF-8) a line.
 * A file that is missing, incomplete or inconsistent stops the start: rules that cannot be read are not guessed.
 */
final class RuleSetFiles {

    private RuleSetFiles() {
    }

    static SanctionRuleBook load(ClassLoader classLoader, String folder) {
        List<SanctionRuleSet> sets = new ArrayList<>();
        for (String name : lines(classLoader, folder + "/rule-sets.list")) {
            sets.add(parse(name, properties(classLoader, folder + "/" + name)));
        }
        return new SanctionRuleBook(sets);
    }

    static SanctionRuleSet parse(String name, Properties file) {
        try {
            Country country = Country.valueOf(required(file, "country"));
            LocalDate validFrom = LocalDate.parse(required(file, "valid-from"));
            Map<String, String> sanctions = new LinkedHashMap<>();
            Map<String, Integer> breaches = new LinkedHashMap<>();
            for (String key : new TreeMap<>(file).keySet().stream().map(String::valueOf).toList()) {
                if (key.startsWith("sanction.")) {
                    sanctions.put(key.substring("sanction.".length()), required(file, key));
                } else if (key.startsWith("breach.")) {
                    breaches.put(key.substring("breach.".length()), Integer.parseInt(required(file, key)));
                }
            }
            int latest = Integer.parseInt(file.getProperty("own-practice.latest", "0"));
            return new SanctionRuleSet(country, validFrom, required(file, "source"),
                    breaches.isEmpty() ? null : penaltyPoints(file, breaches), sanctions, latest);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Sanction rule set " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static PenaltyPoints penaltyPoints(Properties file, Map<String, Integer> breaches) {
        int withdrawalAt = Integer.parseInt(required(file, "points.withdrawal-at"));
        TreeMap<Integer, Integer> extraDays = new TreeMap<>();
        for (String step : required(file, "points.extra-days").split(",")) {
            String[] pair = step.trim().split(":");
            extraDays.put(Integer.parseInt(pair[0].trim()), Integer.parseInt(pair[1].trim()));
        }
        breaches.forEach((type, points) -> {
            if (points < 1 || points > withdrawalAt) {
                throw new IllegalArgumentException("breach." + type + " gives " + points + " points");
            }
        });
        if (extraDays.lastKey() >= withdrawalAt) {
            throw new IllegalArgumentException("points.extra-days reaches a full withdrawal sum");
        }
        return new PenaltyPoints(breaches, Integer.parseInt(required(file, "points.window-years")), withdrawalAt,
                Integer.parseInt(required(file, "points.withdrawal-days")), extraDays);
    }

    private static String required(Properties file, String key) {
        String value = file.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + key);
        }
        return value.trim();
    }

    private static Properties properties(ClassLoader classLoader, String resource) {
        Properties file = new Properties();
        try (Reader reader = reader(classLoader, resource)) {
            file.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Sanction rule set " + resource + " cannot be read", e);
        }
        return file;
    }

    private static List<String> lines(ClassLoader classLoader, String resource) {
        try (BufferedReader reader = new BufferedReader(reader(classLoader, resource))) {
            return reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Sanction rule sets " + resource + " cannot be read", e);
        }
    }

    private static Reader reader(ClassLoader classLoader, String resource) {
        InputStream in = classLoader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("No sanction rule resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
