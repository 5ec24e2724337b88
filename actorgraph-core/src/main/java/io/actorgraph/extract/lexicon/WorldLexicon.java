package io.actorgraph.extract.lexicon;

import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Countries;
import io.actorgraph.resolve.Country;
import io.actorgraph.resolve.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * States (names, variants, demonyms, institutions, capitals, cities) and organisations as one
 * phrase matcher over tokens, from {@code lexicon/countries.tsv} and {@code lexicon/organisations.tsv}.
 */
public final class WorldLexicon {

    public static final String ORGANISATIONS = "/lexicon/organisations.tsv";
    public static final String PHOENIX = "/lexicon/organisations-phoenix.tsv";
    public static final String KINDS = "/lexicon/organisation-kinds.tsv";

    private final Countries countries;
    private final Gazetteer<WorldEntry> gazetteer = new Gazetteer<>();
    private final Map<String, OrgEntry> orgByName = new HashMap<>();

    /**
     * @param phoenixRows armed groups derived from Phoenix: a row named like a row of {@code orgRows}
     *        adds its aliases to it, the others are more organisations
     * @param kindRows the organisation kinds and the actor type each takes
     */
    WorldLexicon(Countries countries, List<Tsv.Row> orgRows, List<Tsv.Row> phoenixRows, List<Tsv.Row> kindRows) {
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
        Map<String, ActorType> kinds = new HashMap<>();
        Map<String, Boolean> national = new HashMap<>();
        for (Tsv.Row k : kindRows) {
            kinds.put(k.get("kind"), ActorType.parse(k.get("type")).orElseThrow(() -> new IllegalStateException(
                    KINDS + ":" + k.line() + ": type must be Organisation or Firm, not \"" + k.get("type") + "\"")));
            national.put(k.get("kind"), !k.get("country").equals("never"));
        }
        Map<String, OrgEntry> orgs = new LinkedHashMap<>();
        for (Tsv.Row row : orgRows) {
            OrgEntry org = entry(row, ORGANISATIONS, kinds, national);
            if (orgs.putIfAbsent(Fold.phrase(org.name()), org) != null) {
                throw new IllegalStateException(ORGANISATIONS + ":" + row.line() + ": \"" + org.name() + "\" is listed twice");
            }
        }
        for (Tsv.Row row : phoenixRows) {
            OrgEntry org = entry(row, PHOENIX, kinds, national);
            OrgEntry known = orgs.get(Fold.phrase(org.name()));
            if (known == null) {
                orgs.put(Fold.phrase(org.name()), org);
            } else if (!known.kind().equals(org.kind()) || !known.country().equals(org.country())) {
                throw new IllegalStateException(PHOENIX + ":" + row.line() + ": \"" + org.name() + "\" is a " + known.kind()
                        + " of \"" + known.country() + "\" in " + ORGANISATIONS + ", not a " + org.kind() + " of \"" + org.country() + "\"");
            } else { // more spellings of one of ours
                List<String> aliases = new ArrayList<>(known.aliases());
                aliases.addAll(org.aliases());
                orgs.put(Fold.phrase(org.name()), new OrgEntry(known.name(), known.type(), aliases, known.country(), known.kind()));
            }
        }
        for (OrgEntry org : orgs.values()) {
            WorldEntry entry = new WorldEntry(WorldEntry.Kind.ORG, countries.byCode(org.country()).orElse(null), org);
            gazetteer.add(org.name(), entry);
            org.aliases().forEach(a -> gazetteer.add(a, entry));
            orgByName.put(Fold.phrase(org.name()), org);
        }
    }

    /** A row checked against the categories: a known kind, the type that kind takes, a known state or none. */
    private OrgEntry entry(Tsv.Row row, String file, Map<String, ActorType> kinds, Map<String, Boolean> national) {
        String at = file + ":" + row.line();
        String kind = row.get("kind");
        ActorType type = kinds.get(kind);
        if (type == null) {
            throw new IllegalStateException(at + ": kind must be one of " + kinds.keySet() + ", not \"" + kind + "\"");
        }
        if (!row.get("type").equals(type.name())) {
            throw new IllegalStateException(at + ": a " + kind + " is of type " + type.name() + ", not \"" + row.get("type") + "\"");
        }
        String country = row.get("country");
        if (!country.isEmpty() && (countries.byCode(country).isEmpty() || !national.get(kind))) {
            throw new IllegalStateException(at + ": country \"" + country + "\" "
                    + (national.get(kind) ? "is not a code of lexicon/countries.tsv" : "is not allowed for a " + kind));
        }
        if (row.get("name").isEmpty()) {
            throw new IllegalStateException(at + ": the name is empty");
        }
        return new OrgEntry(row.get("name"), type, row.list("aliases"), country, kind);
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
