package io.actorgraph.web;

import io.actorgraph.query.Answer;
import io.actorgraph.query.Question;
import io.actorgraph.query.QuestionForm;
import io.actorgraph.query.QuestionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The question forms of the command-line contract; answers have the JSON of {@code ask --json}. */
@RestController
@RequestMapping("/api")
@Tag(name = "Questions", description = "Who met with, signed with, struck, visited, holds office in an actor")
class QuestionController {

    static final int MAX_QUESTION = 500;

    private final QuestionService questions;

    QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    /** One question form as the API offers it. */
    record Form(String id, String template, String relation, String path) {
    }

    @GetMapping("/ask")
    @Operation(summary = "Answer a question in one of the forms",
            description = "The same JSON as `actorgraph ask --json`. An actor that no article names gives"
                    + " \"actor\": null and no answers; a question in none of the forms is a 400.")
    Answer ask(@Parameter(description = "e.g. who signed with Fjordgas", example = "who signed with Fjordgas")
            @RequestParam("q") String question) {
        if (question.length() > MAX_QUESTION) {
            throw ApiProblem.badRequest("the question is " + question.length() + " characters long; at most "
                    + MAX_QUESTION);
        }
        Answer answer = questions.ask(question);
        if (answer.failed()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Not a question form", answer.error())
                    .with("question", question).with("forms", forms());
        }
        return answer;
    }

    @GetMapping("/questions")
    @Operation(summary = "The question forms, each with its relation and path")
    List<Form> forms() {
        return Arrays.stream(QuestionForm.values()).map(f -> new Form(f.queryFile(), f.template(), f.relation().name(),
                "/api/questions/" + f.queryFile() + "?actor=X")).toList();
    }

    @GetMapping("/questions/{form}")
    @Operation(summary = "Answer one question form for an actor",
            description = "Forms: who-met-with, who-signed-with, who-struck, whom-did-strike, who-visited,"
                    + " who-holds-office-in. Same JSON as /api/ask.")
    Answer form(@Parameter(example = "who-signed-with") @PathVariable String form,
            @Parameter(description = "name, alias or key of the actor", example = "Fjordgas")
            @RequestParam String actor) {
        QuestionForm chosen = Arrays.stream(QuestionForm.values()).filter(f -> f.queryFile().equals(form)).findFirst()
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "No such question form", "\"" + form
                        + "\" is not a question form; the forms are " + String.join(", ",
                        Arrays.stream(QuestionForm.values()).map(QuestionForm::queryFile).toList())).with("forms", forms()));
        String name = Inputs.name("actor", actor);
        return questions.ask(new Question(chosen.template().replace("X", name), chosen, name));
    }
}
