package io.actorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which query strings are not percent-encoded UTF-8 (Tomcat would fail them with an exception, a 500). */
class QueryStringFilterTest {

    @Test
    void wellEncodedQueriesPass() {
        for (String query : new String[] {"q=who%20signed%20with%20SOCAR", "q=T%C3%BCrkiye&limit=10", "q=a+b", "a=&b",
                "", "q=%E2%82%AC", "q=%F0%9F%98%80", "depth=2&negated=false"}) {
            assertThat(QueryStringFilter.problem(query)).as(query).isNull();
        }
    }

    @Test
    void brokenEscapesAndNonUtf8AreNamed() {
        assertThat(QueryStringFilter.problem("q=%")).contains("'%' that starts no %XX escape").contains("%25");
        assertThat(QueryStringFilter.problem("q=%zz")).contains("'%' that starts no %XX escape");
        assertThat(QueryStringFilter.problem("q=ab%2")).contains("'%' that starts no %XX escape");
        assertThat(QueryStringFilter.problem("q=%E2%82")).contains("not UTF-8");
        assertThat(QueryStringFilter.problem("q=%C0%AF")).contains("not UTF-8");
        assertThat(QueryStringFilter.problem("q=%ED%A0%80")).contains("not UTF-8");
        assertThat(QueryStringFilter.problem("a=1&q=%FF")).contains("not UTF-8");
    }
}
