package io.actorgraph.statement;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The article a statement document came from; only {@code id} is required. Dates are ISO (YYYY-MM-DD). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleMeta(String id, String title, String date, String source, String url) {
}
