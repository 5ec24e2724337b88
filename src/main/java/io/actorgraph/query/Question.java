package io.actorgraph.query;

import java.util.Optional;

/** A parsed question: its form and the actor it names, as the user wrote it. */
public record Question(String text, QuestionForm form, String actor) {

    /**
     * Parses a question in one of the contract's forms, case-insensitively; a trailing question
     * mark and surrounding quotes are ignored. Empty when the text is in none of the forms.
     */
    public static Optional<Question> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().replaceAll("[?.!]+$", "").strip();
        for (QuestionForm form : QuestionForm.values()) {
            Optional<String> actor = form.match(cleaned);
            if (actor.isPresent()) {
                String name = actor.get().replaceAll("^[\"'\u201C\u2018]|[\"'\u201D\u2019]$", "").strip();
                if (!name.isEmpty()) {
                    return Optional.of(new Question(text.strip(), form, name));
                }
            }
        }
        return Optional.empty();
    }
}
