package io.actorgraph.extract.mention;

import java.util.List;

/** Which candidate name covers each token of a sentence. */
final class SpanIndex {

    private final Span[] byToken;

    SpanIndex(int size, List<Span> spans) {
        byToken = new Span[size];
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                byToken[i] = s;
            }
        }
    }

    Span at(int token) {
        return token >= 0 && token < byToken.length ? byToken[token] : null;
    }
}
