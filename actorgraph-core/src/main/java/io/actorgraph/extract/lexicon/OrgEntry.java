package io.actorgraph.extract.lexicon;

import io.actorgraph.model.ActorType;
import java.util.List;

/** An organisation or firm from {@code lexicon/organisations.tsv}. {@code country} is an ISO alpha-3 code or empty. */
public record OrgEntry(String name, ActorType type, List<String> aliases, String country, String kind) {

    public boolean armed() {
        return kind.equals("armed-group") || kind.equals("militia");
    }

    public boolean media() {
        return kind.equals("media");
    }
}
