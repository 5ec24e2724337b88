package io.actorgraph.extract.event;

import io.actorgraph.extract.nlp.Token;
import io.actorgraph.model.DatePrecision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves the date expressions news articles use against the article's date, for past events:
 * "on Saturday" is the latest Saturday up to the article date; "in May" the latest May; "last
 * month", "earlier this month", "last week", "last year", "in 2014", "June 12", "on Aug. 8",
 * "yesterday". A weekday is a day, a month a month, a year a year; "last week" is given to the
 * month it fell in.
 */
public final class DateResolver {

    /** A resolved date: ISO text of the given precision, and the tokens [start, end) it was read from. */
    public record Resolved(String iso, DatePrecision precision, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Map<String, DayOfWeek> DAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
            "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
            "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

    private DateResolver() {
    }

    /** Whether a token can start or anchor a date expression. */
    public static boolean dateWord(Token t) {
        String w = norm(t.word());
        return MONTHS.containsKey(w) && (t.capitalized() || w.length() > 3) && !(w.equals("may") && !t.capitalized())
                || DAYS.containsKey(w) || DAYS.containsKey(w.replaceAll("'s$", "")) || t.word().matches("(19|20)\\d\\d")
                || w.equals("yesterday") || w.equals("today") || w.equals("month") || w.equals("week") || w.equals("year");
    }

    /** The date expression around token {@code anchor}, or null when it is none or the article has no date. */
    public static Resolved around(List<Token> t, int anchor, LocalDate articleDate) {
        Token a = t.get(anchor);
        String w = norm(a.word());
        int i = anchor;
        // weekday: "on Saturday", "Sunday's operation", "last Tuesday"
        DayOfWeek day = DAYS.get(w);
        if (day != null) {
            if (articleDate == null) {
                return null;
            }
            LocalDate d = articleDate.with(TemporalAdjusters.previousOrSame(day));
            int start = i;
            if (i > 0 && norm(t.get(i - 1).word()).equals("last")) {
                start = i - 1;
                if (d.equals(articleDate)) {
                    d = d.minusWeeks(1);
                }
            } else if (i > 0 && norm(t.get(i - 1).word()).equals("next")) {
                return null;
            }
            return new Resolved(d.toString(), DatePrecision.day, start, i + 1);
        }
        Integer month = MONTHS.get(w);
        if (month != null && (a.capitalized()) && !(w.equals("may") && a.tag().equals("MD"))) {
            // "June 12", "Aug. 8, 2025", "in May", "in May 2024", "since January"
            int end = i + 1;
            int dayOfMonth = -1;
            int year = -1;
            if (end < t.size() && t.get(end).word().matches("\\d{1,2}(st|nd|rd|th)?")) {
                dayOfMonth = Integer.parseInt(t.get(end).word().replaceAll("\\D", ""));
                end++;
                if (end + 1 < t.size() && t.get(end).word().equals(",") && t.get(end + 1).word().matches("(19|20)\\d\\d")) {
                    year = Integer.parseInt(t.get(end + 1).word());
                    end += 2;
                }
            } else if (end < t.size() && t.get(end).word().matches("(19|20)\\d\\d")) {
                year = Integer.parseInt(t.get(end).word());
                end++;
            }
            int start = i > 0 && t.get(i - 1).word().matches("\\d{1,2}") ? i - 1 : i;
            if (start < i) {
                dayOfMonth = Integer.parseInt(t.get(i - 1).word()); // "12 June"
            }
            if (year < 0) {
                if (articleDate == null) {
                    return null;
                }
                year = articleDate.getYear();
                boolean next = start > 0 && norm(t.get(start - 1).word()).equals("next");
                YearMonth ym = YearMonth.of(year, month);
                if (next) {
                    return null; // a future month: nothing happened yet
                }
                if (ym.isAfter(YearMonth.from(articleDate)) || dayOfMonth > 0
                        && ym.equals(YearMonth.from(articleDate)) && dayOfMonth > articleDate.getDayOfMonth()) {
                    year--; // news speak of the past: "in December" in January is last December
                }
            }
            if (dayOfMonth > 0 && dayOfMonth <= YearMonth.of(year, month).lengthOfMonth()) {
                return new Resolved(LocalDate.of(year, month, dayOfMonth).toString(), DatePrecision.day, start, end);
            }
            return new Resolved(String.format(Locale.ROOT, "%04d-%02d", year, month), DatePrecision.month, start, end);
        }
        if (a.word().matches("(19|20)\\d\\d") && a.tag().equals("CD")) {
            return new Resolved(a.word(), DatePrecision.year, i, i + 1);
        }
        if (articleDate == null) {
            return null;
        }
        switch (w) {
            case "yesterday" -> {
                return new Resolved(articleDate.minusDays(1).toString(), DatePrecision.day, i, i + 1);
            }
            case "today" -> {
                return new Resolved(articleDate.toString(), DatePrecision.day, i, i + 1);
            }
            case "month", "week", "year" -> {
                if (i == 0) {
                    return null;
                }
                String before = norm(t.get(i - 1).word());
                String twoBefore = i >= 2 ? norm(t.get(i - 2).word()) : "";
                boolean last = before.equals("last") || before.equals("past") || before.equals("previous");
                boolean thisOne = before.equals("this");
                if (!last && !thisOne || thisOne && twoBefore.equals("later")) {
                    return null;
                }
                int start = thisOne && (twoBefore.equals("earlier")) ? i - 2 : i - 1;
                if (thisOne && !twoBefore.equals("earlier") && !twoBefore.equals("in") && !twoBefore.equals("on")
                        && !twoBefore.isEmpty() && !twoBefore.equals(",")) {
                    start = i - 1;
                }
                return switch (w) {
                    case "month" -> new Resolved(YearMonth.from(last ? articleDate.minusMonths(1) : articleDate).toString(),
                            DatePrecision.month, start, i + 1);
                    case "week" -> new Resolved(YearMonth.from(last ? articleDate.minusWeeks(1) : articleDate).toString(),
                            DatePrecision.month, start, i + 1);
                    default -> new Resolved(String.valueOf(last ? articleDate.getYear() - 1 : articleDate.getYear()),
                            DatePrecision.year, start, i + 1);
                };
            }
            default -> {
                return null;
            }
        }
    }

    private static String norm(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "").replace("\u2019", "'");
    }
}
