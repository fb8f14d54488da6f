package forum.api.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import forum.api.support.Browser;

/**
 * Types a date, or a date and a time, into the browser's own date inputs from the keyboard, as a person does: the
 * day, month and year in the order the browser's locale shows them, then Tab to the time.
 */
final class DateFields {

    private static final String FIELD_ORDER = "return new Intl.DateTimeFormat(undefined, {year: 'numeric',"
            + " month: '2-digit', day: '2-digit'}).formatToParts(new Date(2027, 2, 15))"
            + ".filter(part => part.type !== 'literal').map(part => part.type).join(',')";

    private DateFields() {
    }

    static void type(Browser browser, By field, LocalDate date) {
        WebElement input = browser.driver().findElement(field);
        input.clear();
        input.sendKeys(keys(browser, date));
    }

    static void type(Browser browser, By field, LocalDateTime at) {
        WebElement input = browser.driver().findElement(field);
        input.clear();
        String date = keys(browser, at.toLocalDate());
        // Two digits of a day or a month move on to the next field by themselves; the year's four do not.
        String toTheTime = order(browser).endsWith("year") ? Keys.TAB.toString() : "";
        input.sendKeys(date + toTheTime + time(browser, at));
    }

    /**
     * The time as one types it: on a 12-hour clock (the browser's locale may be en-US whatever the page's language),
     * the hour from 1 to 12, the minutes, then A or P; a 13 typed there would leave the field empty after 13:00.
     */
    private static String time(Browser browser, LocalDateTime at) {
        String hourCycle = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return new Intl.DateTimeFormat(undefined, {hour: 'numeric'}).resolvedOptions().hourCycle");
        if (hourCycle == null || !hourCycle.startsWith("h1")) {
            return String.format("%02d%02d", at.getHour(), at.getMinute());
        }
        int hour = at.getHour() % 12 == 0 ? 12 : at.getHour() % 12;
        return String.format("%02d%02d", hour, at.getMinute()) + (at.getHour() < 12 ? "A" : "P");
    }

    private static String keys(Browser browser, LocalDate date) {
        Map<String, String> parts = Map.of("day", String.format("%02d", date.getDayOfMonth()),
                "month", String.format("%02d", date.getMonthValue()), "year", String.valueOf(date.getYear()));
        StringBuilder keys = new StringBuilder();
        for (String part : order(browser).split(",")) {
            keys.append(parts.get(part));
        }
        return keys.toString();
    }

    private static String order(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(FIELD_ORDER);
    }
}
