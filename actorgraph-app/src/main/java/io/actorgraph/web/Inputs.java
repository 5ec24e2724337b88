package io.actorgraph.web;

import io.actorgraph.model.ArticleId;

/** Checks of request parameters, each failing with a 400 that names the parameter and the rule. */
final class Inputs {

    static final int MAX_NAME = 300;

    private Inputs() {
    }

    /** An actor name, alias or key as given in a path or parameter. */
    static String name(String parameter, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw ApiProblem.badRequest("parameter \"" + parameter + "\" is empty; give an actor's name, alias or key");
        }
        if (v.length() > MAX_NAME) {
            throw ApiProblem.badRequest("parameter \"" + parameter + "\" is " + v.length() + " characters long; an actor"
                    + " name has at most " + MAX_NAME);
        }
        return v;
    }

    /** An article id as given in a path: the rule every article id follows (see {@link ArticleId}). */
    static String articleId(String value) {
        ArticleId.problem(value).ifPresent(problem -> {
            throw ApiProblem.badRequest(problem);
        });
        return value;
    }

    static int range(String parameter, int value, int min, int max) {
        if (value < min || value > max) {
            throw ApiProblem.badRequest("parameter \"" + parameter + "\" is " + value + "; it must be from " + min
                    + " to " + max);
        }
        return value;
    }

    /** An ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD), or null. */
    static String isoDate(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw ApiProblem.badRequest("parameter \"" + parameter + "\": \"" + v + "\" is not a date; write YYYY,"
                    + " YYYY-MM or YYYY-MM-DD");
        }
        return v;
    }
}
