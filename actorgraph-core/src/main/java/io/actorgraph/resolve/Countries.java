package io.actorgraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every state of the world with its variants, demonyms, capital and main cities, read once
 * from {@code lexicon/countries.tsv}. Lookups take any spelling: "Türkiye", "turkey",
 * "U.S.", "the United States of America".
 */
public final class Countries {

    private static volatile Countries instance;

    private final List<Country> all;
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byDemonym = new HashMap<>();
    private final Map<String, Country> byCity = new HashMap<>();
    private final Map<String, Country> byCode = new HashMap<>();

    Countries(List<Tsv.Row> rows) {
        List<Country> list = new ArrayList<>();
        for (Tsv.Row row : rows) {
            Country country = new Country(row.get("code"), row.get("name"), row.list("variants"),
                    row.list("demonyms"), row.list("government_words"), row.get("capital"),
                    row.list("capital_variants"), row.list("cities"));
            list.add(country);
            byCode.put(country.code(), country);
            byName.putIfAbsent(Names.normalize(country.name()), country);
            country.variants().forEach(v -> byName.putIfAbsent(Names.normalize(v), country));
            country.demonyms().forEach(d -> byDemonym.putIfAbsent(Names.normalize(d), country));
            if (!country.capital().isEmpty()) {
                byCity.putIfAbsent(Names.normalize(country.capital()), country);
            }
            country.capitalVariants().forEach(c -> byCity.putIfAbsent(Names.normalize(c), country));
            country.cities().forEach(c -> byCity.putIfAbsent(Names.normalize(c), country));
        }
        this.all = List.copyOf(list);
    }

    /** The lexicon shipped with the application, loaded on first use. */
    public static Countries world() {
        Countries local = instance;
        if (local == null) {
            synchronized (Countries.class) {
                local = instance;
                if (local == null) {
                    local = new Countries(Tsv.readResource("/lexicon/countries.tsv"));
                    instance = local;
                }
            }
        }
        return local;
    }

    public Collection<Country> all() {
        return all;
    }

    /** The state a name or variant denotes ("Türkiye", "U.S.", "Republic of Korea"). */
    public Optional<Country> byName(String name) {
        return Optional.ofNullable(byName.get(Names.normalize(name)));
    }

    /** The state a demonym belongs to ("Kenyan", "Dutch", "Americans"). */
    public Optional<Country> byDemonym(String demonym) {
        return Optional.ofNullable(byDemonym.get(Names.normalize(demonym)));
    }

    /** The state a capital or listed city lies in. */
    public Optional<Country> byCity(String city) {
        return Optional.ofNullable(byCity.get(Names.normalize(city)));
    }

    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** A state named by its name, a variant, a demonym or "the X government". */
    public Optional<Country> byAnyName(String text) {
        String n = Names.normalize(text);
        Country c = byName.get(n);
        if (c == null) {
            c = byDemonym.get(n);
        }
        if (c == null) {
            for (String suffix : List.of(" government", " state", " authorities", " administration", " republic")) {
                if (n.endsWith(suffix)) {
                    String head = n.substring(0, n.length() - suffix.length());
                    c = byName.getOrDefault(head, byDemonym.get(head));
                    if (c != null) {
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(c);
    }
}
