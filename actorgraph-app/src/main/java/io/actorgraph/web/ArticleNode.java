package io.actorgraph.web;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Immutable;
import org.springframework.data.neo4j.core.schema.Node;

/** An article as the loader writes it, mapped read-only; {@code date} is ISO (YYYY-MM-DD) as given. */
@Node("Article")
@Immutable
public record ArticleNode(@Id String id, String title, String date, String source, String url, Long factCount) {
}
