package io.actorgraph.model;

/** Whether a text states that a fact happened or that it did not ("did not attend"). */
public enum Polarity {
    asserted, negated
}
