package io.actorgraph.extract.lexicon;

import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Countries;
import io.actorgraph.resolve.Country;
import io.actorgraph.resolve.Tsv;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * States (names, variants, demonyms, institutions, capitals, cities) and organisations as one
 * phrase matcher over tokens, from {@code lexicon/countries.tsv} and {@code lexicon/organisations.tsv}.
 */
public final class WorldLexicon {

    public static final String ORGANISATIONS = "/lexicon/organisations.tsv";

    private final Countries countries;
    private final Gazetteer<WorldEntry> gazetteer = new Gazetteer<>();
    private final Map<String, OrgEntry> orgByName = new HashMap<>();

    WorldLexicon(Countries countries, List<Tsv.Row> orgRows) {
        this.countries = countries;
        for (Country c : countries.all()) {
            gazetteer.add(c.name(), new WorldEntry(WorldEntry.Kind.COUNTRY, c, null));
            for (String v : c.variants()) {
                if (!v.startsWith("the ")) { // "the States": a bare common word once "the" is folded away
                    gazetteer.add(v, new WorldEntry(WorldEntry.Kind.COUNTRY, c, null));
                }
            }
            c.demonyms().forEach(d -> gazetteer.add(d, new WorldEntry(WorldEntry.Kind.DEMONYM, c, null)));
            c.governmentWords().forEach(g -> gazetteer.add(g, new WorldEntry(WorldEntry.Kind.GOVERNMENT, c, null)));
            if (!c.capital().isEmpty()) {
                gazetteer.add(c.capital(), new WorldEntry(WorldEntry.Kind.CAPITAL, c, null));
            }
            c.capitalVariants().forEach(v -> gazetteer.add(v, new WorldEntry(WorldEntry.Kind.CAPITAL, c, null)));
            c.cities().forEach(v -> gazetteer.add(v, new WorldEntry(WorldEntry.Kind.CITY, c, null)));
        }
        for (Tsv.Row row : orgRows) {
            ActorType type = ActorType.parse(row.get("type")).orElse(ActorType.Organisation);
            OrgEntry org = new OrgEntry(row.get("name"), type, row.list("aliases"), row.get("country"), row.get("kind"));
            WorldEntry entry = new WorldEntry(WorldEntry.Kind.ORG, countries.byCode(org.country()).orElse(null), org);
            gazetteer.add(org.name(), entry);
            org.aliases().forEach(a -> gazetteer.add(a, entry));
            orgByName.put(Fold.phrase(org.name()), org);
        }
    }

    public Countries countries() {
        return countries;
    }

    public Gazetteer<WorldEntry> gazetteer() {
        return gazetteer;
    }

    public Optional<Country> country(String code) {
        return code == null || code.isEmpty() ? Optional.empty() : countries.byCode(code);
    }
}
