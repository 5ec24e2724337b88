package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.extract.event.DateResolver;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.model.DatePrecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relative and absolute dates against an article date, for past events (no models needed). */
class DateResolverTest {

    private static final LocalDate SATURDAY = LocalDate.parse("2025-07-12");

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            String tag = w.matches("\\d+") ? "CD" : Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
            out.add(new Token(out.size(), w, w.toLowerCase(), tag, "O", at, at + w.length()));
            at += w.length() + 1;
        }
        return out;
    }

    private static DateResolver.Resolved at(String text, String anchor, LocalDate date) {
        List<Token> t = tokens(text);
        for (Token tok : t) {
            if (tok.word().equals(anchor)) {
                return DateResolver.around(t, tok.index(), date);
            }
        }
        throw new AssertionError("no " + anchor);
    }

    @Test
    void weekdayIsTheLatestSuchDayUpToTheArticleDate() {
        assertThat(at("met on Saturday", "Saturday", SATURDAY).iso()).isEqualTo("2025-07-12");
        assertThat(at("met on Thursday", "Thursday", SATURDAY).iso()).isEqualTo("2025-07-10");
        assertThat(at("met last Saturday", "Saturday", SATURDAY).iso()).isEqualTo("2025-07-05");
        assertThat(at("met on Sunday", "Sunday", SATURDAY).precision()).isEqualTo(DatePrecision.day);
    }

    @Test
    void monthsAreTheLatestSuchMonthWithMonthPrecision() {
        DateResolver.Resolved may = at("in May", "May", SATURDAY);
        assertThat(may.iso()).isEqualTo("2025-05");
        assertThat(may.precision()).isEqualTo(DatePrecision.month);
        assertThat(at("since the December ouster", "December", SATURDAY).iso()).isEqualTo("2024-12");
        assertThat(at("in May 2023", "May", SATURDAY).iso()).isEqualTo("2023-05");
    }

    @Test
    void monthAndDay() {
        assertThat(at("on June 12", "June", SATURDAY).iso()).isEqualTo("2025-06-12");
        assertThat(at("on Aug. 8", "Aug.", LocalDate.parse("2025-08-19")).iso()).isEqualTo("2025-08-08");
        assertThat(at("on 3 March", "March", SATURDAY).iso()).isEqualTo("2025-03-03");
    }

    @Test
    void relativeMonthsWeeksAndYears() {
        assertThat(at("statements last month", "month", SATURDAY).iso()).isEqualTo("2025-06");
        assertThat(at("Earlier this month , he", "month", SATURDAY).iso()).isEqualTo("2025-07");
        assertThat(at("confirmed last week", "week", SATURDAY).iso()).isEqualTo("2025-07");
        DateResolver.Resolved year = at("took up the post last year", "year", SATURDAY);
        assertThat(year.iso()).isEqualTo("2024");
        assertThat(year.precision()).isEqualTo(DatePrecision.year);
        assertThat(at("launched in 2014 by", "2014", SATURDAY).iso()).isEqualTo("2014");
    }

    @Test
    void futureAndUnanchoredExpressionsResolveToNothing() {
        assertThat(at("to visit next month", "month", SATURDAY)).isNull();
        assertThat(at("later this year", "year", SATURDAY)).isNull();
        assertThat(at("met on Saturday", "Saturday", null)).isNull();
        assertThat(at("a week after she", "week", SATURDAY)).isNull();
    }
}
