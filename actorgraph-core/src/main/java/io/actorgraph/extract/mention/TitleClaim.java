package io.actorgraph.extract.mention;

import io.actorgraph.resolve.Country;

/**
 * A title the text gives a person ("Norway's Trade Minister", "managing director of X"),
 * with whose office it is: a state ({@code country}) or another mention ({@code ownerMention}, an
 * organisation or a description such as "the corporation" resolved later), and whether the text
 * says it is over ("former", "the late"). {@code officeOf} is state, organisation or either.
 */
public record TitleClaim(String title, Country country, int ownerMention, String officeOf, boolean ended,
        int sentence, int start, int end) {

    public TitleClaim withOwner(int mention) {
        return new TitleClaim(title, country, mention, officeOf, ended, sentence, start, end);
    }

    public TitleClaim withCountry(Country c) {
        return new TitleClaim(title, c, ownerMention, officeOf, ended, sentence, start, end);
    }

    public TitleClaim ended(boolean isEnded) {
        return new TitleClaim(title, country, ownerMention, officeOf, isEnded, sentence, start, end);
    }
}
