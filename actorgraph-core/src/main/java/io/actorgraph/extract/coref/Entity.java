package io.actorgraph.extract.coref;

import io.actorgraph.extract.lexicon.OrgEntry;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Country;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One actor of the article: its type, the fullest name the article gives, the other ways it is
 * written, and the mentions that refer to it. For a state {@code country} is the state itself,
 * for a place the state it lies in, for an organisation its home state (which it does not act for).
 */
public final class Entity {

    private final int id;
    private ActorType type;
    private String name;
    private final Set<String> aliases = new LinkedHashSet<>();
    private Country country;
    private OrgEntry org;
    private boolean armed;
    private final List<Mention> mentions = new ArrayList<>();

    public Entity(int id, ActorType type, String name, Country country, OrgEntry org) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.country = country;
        this.org = org;
    }

    public int id() {
        return id;
    }

    public ActorType type() {
        return type;
    }

    public void type(ActorType t) {
        this.type = t;
    }

    public String name() {
        return name;
    }

    public void name(String n) {
        this.name = n;
    }

    public Set<String> aliases() {
        return aliases;
    }

    public Country country() {
        return country;
    }

    public void country(Country c) {
        this.country = c;
    }

    public OrgEntry org() {
        return org;
    }

    public void org(OrgEntry o) {
        this.org = o;
    }

    public boolean armed() {
        return armed;
    }

    public void armed(boolean a) {
        this.armed = a;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public boolean isState() {
        return type == ActorType.State;
    }

    /** A state, firm or organisation; or a place the text named as a government ("the government of Jujuy province"). */
    public boolean isParty() {
        return type != null && (type.isParty() || type == ActorType.Place && governed());
    }

    private boolean governed() {
        return mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.DESCRIPTION && m.type() == ActorType.State);
    }

    /** The first sentence that mentions it. */
    public int firstSentence() {
        return mentions.stream().mapToInt(Mention::sentence).min().orElse(Integer.MAX_VALUE);
    }

    @Override
    public String toString() {
        return type + ":" + name;
    }
}
