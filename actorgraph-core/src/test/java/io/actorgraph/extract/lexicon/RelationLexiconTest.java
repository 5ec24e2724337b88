package io.actorgraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.actorgraph.model.Relation;
import io.actorgraph.resolve.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The relation lexicon: default frames declared once per relation, derived CAMEO words, and rows that fail at start-up. */
class RelationLexiconTest {

    private static final List<Tsv.Row> FRAMES = rows("relation pos lemmas args things",
            "STRUCK|verb|attack|subj=agent;obj=target|missile/rocket",
            "STRUCK|noun||poss=agent;on=target|",
            "MET_WITH|verb|meet|subj=agent;with=target|");

    /** Rows from '|'-separated cells (an empty cell stays empty); the header names the columns. */
    private static List<Tsv.Row> rows(String header, String... lines) {
        String[] columns = header.split(" ");
        List<Tsv.Row> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String[] cells = lines[i].split("\\|", -1);
            Map<String, String> map = new HashMap<>();
            for (int c = 0; c < columns.length && c < cells.length; c++) {
                map.put(columns[c], cells[c].replace('/', '|'));
            }
            out.add(new Tsv.Row(map, i + 2));
        }
        return out;
    }

    private static List<Tsv.Row> relations(String... lines) {
        return rows("relation pos lemmas args requires", lines);
    }

    private static List<Tsv.Row> cameo(String... lines) {
        return rows("lemma pos relation cameo source", lines);
    }

    @Test
    void aDerivedWordTakesItsRelationsDefaultFrameAndKeepsItsCode() {
        RelationLexicon lex = new RelationLexicon(FRAMES, relations("STRUCK|verb|fire|subj=agent;at=target|obj=@things"),
                cameo("kill|verb|STRUCK|190|KILL", "shelling|noun|STRUCK|194|x", "mortar|thing|STRUCK|194|x"));
        assertThat(lex.verbRules("kill")).singleElement().satisfies(r -> {
            assertThat(r.relation()).isEqualTo(Relation.STRUCK);
            assertThat(r.role("obj")).isEqualTo(RelationRule.Role.target);
        });
        assertThat(lex.nounRules("shelling")).singleElement().satisfies(r -> assertThat(r.role("on")).isEqualTo(RelationRule.Role.target));
        assertThat(lex.cameo("kill", false, Relation.STRUCK)).contains("190");
        // @things: the relation's things from both files
        assertThat(lex.verbRules("fire").get(0).requires().get("obj")).contains("missile", "rocket", "mortar");
    }

    @Test
    void aWordTheHandWrittenFilesHaveOnlyGetsItsCode() {
        RelationLexicon lex = new RelationLexicon(FRAMES, relations(), cameo("attack|verb|STRUCK|190|PHYSICAL_CONFLICT"));
        assertThat(lex.verbRules("attack")).hasSize(1);
        assertThat(lex.cameo("attack", false, Relation.STRUCK)).contains("190");
    }

    @Test
    void brokenRowsFailAtStartUpNamingFileAndLine() {
        assertThatThrownBy(() -> new RelationLexicon(FRAMES, relations(), cameo("meet|verb|STRUCK|190|x")))
                .hasMessageContaining("/extract/cameo-triggers.tsv:2").hasMessageContaining("MET_WITH")
                .hasMessageContaining("exclusions.tsv");
        assertThatThrownBy(() -> new RelationLexicon(FRAMES, relations(), cameo("kill|verb|STRUCK|19x|x")))
                .hasMessageContaining("/extract/cameo-triggers.tsv:2").hasMessageContaining("CAMEO code");
        assertThatThrownBy(() -> new RelationLexicon(FRAMES, relations(), cameo("ok|verb|HUGGED|190|x")))
                .hasMessageContaining("/extract/cameo-triggers.tsv:2").hasMessageContaining("unknown relation");
        assertThatThrownBy(() -> new RelationLexicon(FRAMES, relations(), cameo("hello|verb|SIGNED|057|x")))
                .hasMessageContaining("/extract/cameo-triggers.tsv:2").hasMessageContaining("no verb frame");
        assertThatThrownBy(() -> new RelationLexicon(FRAMES, relations("MET_WITH|verb|greet|subj=agent;obj=boss|"), cameo()))
                .hasMessageContaining("/extract/relations.tsv:2").hasMessageContaining("unknown role");
        assertThatThrownBy(() -> new RelationLexicon(FRAMES, relations("MET_WITH|verb|greet||obj=@things"), cameo()))
                .hasMessageContaining("/extract/relations.tsv:2").hasMessageContaining("declares no things");
        assertThatThrownBy(() -> new RelationLexicon(FRAMES, relations("MET_WITH|adverb|greet||"), cameo()))
                .hasMessageContaining("/extract/relations.tsv:2").hasMessageContaining("verb or noun");
        List<Tsv.Row> twice = rows("relation pos lemmas args things", "STRUCK|verb|attack|subj=agent|", "STRUCK|verb|hit|obj=target|");
        assertThatThrownBy(() -> new RelationLexicon(twice, relations(), cameo()))
                .hasMessageContaining("/extract/relation-frames.tsv:3").hasMessageContaining("a second verb frame for STRUCK");
    }

    @Test
    void theShippedFilesLoadWithCameoCodesAndWeapons() {
        RelationLexicon lex = RelationLexicon.load();
        assertThat(lex.cameo("kill", false, Relation.STRUCK)).contains("190");
        assertThat(lex.cameo("assassinate", false, Relation.STRUCK)).contains("186");
        assertThat(lex.cameo("attack", false, Relation.STRUCK)).contains("190"); // hand-written, coded
        assertThat(lex.cameo("host", false, Relation.MET_WITH)).contains("043");
        assertThat(lex.things(Relation.STRUCK)).contains("mortar", "rocket", "grenade");
        assertThat(lex.verbRules("beat")).as("excluded: sports and elections").isEmpty();
        assertThat(lex.verbRules("consider")).as("excluded: deliberation").isEmpty();
    }
}
