package io.actorgraph.extract.mention;

import io.actorgraph.extract.lexicon.OrgEntry;
import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Country;
import java.util.List;
import java.util.Set;

/**
 * A place in a sentence that refers to an actor: a name, a state's name or demonym phrase, a
 * pronoun or a description ("the group"). {@code start..end} is the whole phrase (titles and
 * determiners included) that the parser sees as one word, {@code head} the token that stands for
 * it, {@code nameStart..nameEnd} the name proper. {@code country} is the state a state mention
 * denotes, the state a place lies in, or an organisation's home state. {@code owner} is the id of
 * a possessor mention ("her government", "the corporation's director"), or -1.
 */
public record Mention(
        int id,
        int sentence,
        int start,
        int end,
        int head,
        int nameStart,
        int nameEnd,
        Kind kind,
        ActorType type,
        String text,
        Country country,
        OrgEntry org,
        List<TitleClaim> titles,
        Set<Flag> flags,
        int owner) {

    public enum Kind {
        /** A proper name: a person, organisation, firm or place. */
        NAME,
        /** A state by its name or a variant ("Türkiye", "the U.S."). */
        STATE,
        /** A demonym used on its own or as a modifier ("Malian", "Malian strikes"). */
        DEMONYM,
        /** A state through a phrase: its government, forces, officials or media ("the Ghanaian government"). */
        STATE_PHRASE,
        /** A capital named through its state ("Kenya's capital", "the Kenyan capital"). */
        CAPITAL,
        /** A personal or possessive pronoun. */
        PRONOUN,
        /** A definite description to resolve ("the group", "the Malian leader", "the two countries"). */
        DESCRIPTION
    }

    public enum Flag {
        /** The state's military or security forces. */
        FORCES,
        /** An unnamed official, diplomat or delegation acting for a party. */
        OFFICIAL,
        /** A news medium (attribution only). */
        MEDIA,
        /** Plural ("officials", "the rebels", "they"). */
        PLURAL,
        /** An armed group (lexicon kind or "rebels", "guerrilla group"). */
        ARMED,
        /** Refers to two parties at once ("the two countries", "both governments"). */
        PAIR,
        /** Each party of its own ("their governments"). */
        DISTRIBUTIVE,
        /** The possessive form ("Mensah's", "his"). */
        POSSESSIVE,
        /** "we", "our": the speaker's side, in a quote. */
        SPEAKER,
        /** "I", "my": the person who speaks, in a quote. */
        SELF
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public boolean covers(int token) {
        return token >= start && token < end;
    }

    /** Whether this mention names an actor on its own (not a pronoun, description or demonym). */
    public boolean named() {
        return kind == Kind.NAME || kind == Kind.STATE;
    }

    public int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return kind + ":" + type + ":" + text + "@" + sentence + "[" + start + "," + end + ")";
    }
}
