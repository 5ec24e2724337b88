package io.actorgraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.actorgraph.resolve.Countries;
import io.actorgraph.resolve.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Organisations and their derived spellings: categories checked at load, two spellings of one group one entry. */
class WorldLexiconTest {

    private static final String ORG = "name type aliases country kind";

    private static List<Tsv.Row> rows(String header, String... lines) {
        String[] columns = header.split(" ");
        List<Tsv.Row> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String[] cells = lines[i].split(";", -1);
            Map<String, String> map = new HashMap<>();
            for (int c = 0; c < columns.length && c < cells.length; c++) {
                map.put(columns[c], cells[c]);
            }
            out.add(new Tsv.Row(map, i + 2));
        }
        return out;
    }

    private static WorldLexicon world(List<Tsv.Row> orgs, List<Tsv.Row> phoenix) {
        return new WorldLexicon(Countries.world(), orgs, phoenix, Tsv.readResource(WorldLexicon.KINDS));
    }

    @Test
    void aDerivedSpellingOfOneOfOurGroupsIsThatGroup() {
        WorldLexicon w = world(rows(ORG, "Velmar Liberation Front;Organisation;VLF;SDN;armed-group"),
                rows(ORG + " phoenix", "Velmar Liberation Front;Organisation;Jabhat Tahrir Velmar|Velmar Front;SDN;armed-group;SDNREB",
                        "Kassala Martyrs Brigades;Organisation;;SDN;armed-group;SDNREB"));
        WorldEntry ours = w.gazetteer().lookup("VLF").get(0);
        assertThat(w.gazetteer().lookup("Jabhat Tahrir Velmar")).containsExactly(ours);
        assertThat(w.gazetteer().lookup("Velmar Front")).containsExactly(ours);
        assertThat(ours.org().aliases()).contains("VLF", "Jabhat Tahrir Velmar");
        assertThat(w.gazetteer().lookup("Kassala Martyrs Brigades").get(0).org().armed()).isTrue();
    }

    @Test
    void theShippedLexiconKnowsTheSpellingsOfOneGroupAndTellsItsAffiliatesApart() {
        Gazetteer<WorldEntry> g = Lexicons.shared().world().gazetteer();
        assertThat(g.lookup("Jama'at Nasr al-Islam wal Muslimin")).isEqualTo(g.lookup("JNIM"));
        assertThat(g.lookup("ISIS-Khorasan")).isEqualTo(g.lookup("ISKP"));
        // an affiliate named after the parent group is its own actor, not the parent
        assertThat(g.lookup("ISIS-GS")).isEqualTo(g.lookup("Islamic State in the Greater Sahara")).isNotEqualTo(g.lookup("ISIS"));
        assertThat(g.lookup("ISIS-Mozambique")).isEqualTo(g.lookup("Islamic State in Mozambique")).isNotEqualTo(g.lookup("ISIS"));
        assertThat(g.lookup("Hizbul Shabaab")).as("a Phoenix spelling of al-Shabaab").isEqualTo(g.lookup("al-Shabaab"));
    }

    @Test
    void aRowOutsideTheCategoriesStopsTheLoadNamingFileAndLine() {
        assertThatThrownBy(() -> world(rows(ORG, "Velmar Front;Organisation;;SDN;rebels"), List.of()))
                .hasMessageContaining("/lexicon/organisations.tsv:2").hasMessageContaining("kind must be one of");
        assertThatThrownBy(() -> world(rows(ORG, "Velmar Front;Firm;;SDN;armed-group"), List.of()))
                .hasMessageContaining("/lexicon/organisations.tsv:2").hasMessageContaining("of type Organisation");
        assertThatThrownBy(() -> world(rows(ORG, "Velmar Front;Organisation;;XYZ;armed-group"), List.of()))
                .hasMessageContaining("/lexicon/organisations.tsv:2").hasMessageContaining("countries.tsv");
        assertThatThrownBy(() -> world(rows(ORG, "Velmar Court;Organisation;;SDN;court"), List.of()))
                .hasMessageContaining("not allowed for a court");
        assertThatThrownBy(() -> world(rows(ORG, "Velmar Front;Organisation;;SDN;armed-group"),
                rows(ORG + " phoenix", "Velmar Front;Organisation;Harakat Velmar;ERI;armed-group;ERIREB")))
                .hasMessageContaining("/lexicon/organisations-phoenix.tsv:2").hasMessageContaining("armed-group of \"SDN\"");
    }
}
