package io.actorgraph.web;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Articles, newest first; read-only (no save or delete is declared). */
interface ArticleRepository extends Repository<ArticleNode, String> {

    Optional<ArticleNode> findById(String id);

    Page<ArticleNode> findAll(Pageable pageable);

    @Query("MATCH (art:Article)-[:MENTIONS]->(:Actor {key: $key}) RETURN art ORDER BY art.date DESC, art.id")
    List<ArticleNode> findMentioning(String key);
}
