package io.actorgraph.resolve;

import java.util.List;

/** A state of the world as the countries lexicon gives it. */
public record Country(
        String code,
        String name,
        List<String> variants,
        List<String> demonyms,
        List<String> governmentWords,
        String capital,
        List<String> capitalVariants,
        List<String> cities) {

    /** The actor key every mention of this state resolves to, whatever spelling an article uses. */
    public String actorKey() {
        return "state:" + code.toLowerCase(java.util.Locale.ROOT);
    }
}
