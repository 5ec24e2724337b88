package io.actorgraph.query;

import io.actorgraph.model.Relation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The question forms of the command-line contract, each with its relation and query file. */
public enum QuestionForm {
    WHO_MET_WITH("who met with X", Relation.MET_WITH, "who-met-with",
            "who (?:has |have |had )?met (?:with )?(.+)"),
    WHO_SIGNED_WITH("who signed with X", Relation.SIGNED, "who-signed-with",
            "who (?:has |have |had )?signed (?:an? \\w+ )?with (.+)"),
    WHO_STRUCK("who struck X", Relation.STRUCK, "who-struck",
            "who (?:has |have |had )?(?:struck|attacked|hit) (.+)"),
    WHOM_DID_STRIKE("whom did X strike", Relation.STRUCK, "whom-did-strike",
            "(?:whom|who|what) did (.+?) (?:strike|attack|hit)"),
    WHO_VISITED("who visited X", Relation.VISITED, "who-visited",
            "who (?:has |have |had )?visited (.+)"),
    WHO_HOLDS_OFFICE_IN("who holds office in X", Relation.HOLDS_OFFICE, "who-holds-office-in",
            "who (?:holds|hold|held) (?:an? )?office (?:in|at) (.+)");

    private final String template;
    private final Relation relation;
    private final String queryFile;
    private final Pattern pattern;

    QuestionForm(String template, Relation relation, String queryFile, String regex) {
        this.template = template;
        this.relation = relation;
        this.queryFile = queryFile;
        this.pattern = Pattern.compile("^\\s*" + regex + "\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public String template() {
        return template;
    }

    public Relation relation() {
        return relation;
    }

    /** The file under cypher/queries that answers this form. */
    public String queryFile() {
        return queryFile;
    }

    /** The actor a question names, when the question has this form. */
    Optional<String> match(String question) {
        Matcher m = pattern.matcher(question);
        return m.matches() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    /** The forms as a user reads them, for error messages. */
    public static String listing() {
        return String.join("; ", Arrays.stream(values()).map(QuestionForm::template).toList());
    }

    public static List<QuestionForm> all() {
        return List.of(values());
    }

    String lower() {
        return template.toLowerCase(Locale.ROOT);
    }
}
