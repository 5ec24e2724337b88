package io.actorgraph.query;

import java.util.Optional;

/** A parsed question: its form and the actor it names, as the user wrote it. */
public record Question(String text, QuestionForm form, String actor) {

    /** Words the forms' patterns can leave behind when the actor is missing ("who met with"). */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("with", "in", "at", "the", "strike", "office");

    /**
     * Parses a question in one of the contract's forms, case-insensitively; a trailing question
     * mark and surrounding quotes are ignored. Empty when the text is in none of the forms.
     */
    public static Optional<Question> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().replaceAll("[?!]+$", "").strip();
        // a final full stop ends the sentence, unless it ends an abbreviation such as "U.S."
        if (cleaned.endsWith(".") && !cleaned.matches(".*\\b\\p{Lu}\\.$")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        for (QuestionForm form : QuestionForm.values()) {
            Optional<String> actor = form.match(cleaned);
            if (actor.isPresent()) {
                String name = actor.get().replaceAll("^[\"'\u201C\u2018]|[\"'\u201D\u2019]$", "").strip();
                if (!name.isEmpty() && !NOT_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    return Optional.of(new Question(text.strip(), form, name));
                }
            }
        }
        return Optional.empty();
    }
}
