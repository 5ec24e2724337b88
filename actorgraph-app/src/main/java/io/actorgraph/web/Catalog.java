package io.actorgraph.web;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Actors and articles through Spring Data Neo4j, so that controllers never see a repository. */
@Service
@Transactional(readOnly = true)
class Catalog {

    private final ActorRepository actors;
    private final ArticleRepository articles;

    Catalog(ActorRepository actors, ArticleRepository articles) {
        this.actors = actors;
        this.articles = articles;
    }

    List<ActorNode> actorsMentionedIn(String articleId) {
        return actors.findMentionedIn(articleId);
    }

    List<ArticleNode> articlesMentioning(String actorKey) {
        return articles.findMentioning(actorKey);
    }

    Page<ArticleNode> articles(int page, int size) {
        return articles.findAll(PageRequest.of(page, size, Sort.by(Sort.Order.desc("date"), Sort.Order.asc("id"))));
    }

    Optional<ArticleNode> article(String id) {
        return articles.findById(id);
    }
}
