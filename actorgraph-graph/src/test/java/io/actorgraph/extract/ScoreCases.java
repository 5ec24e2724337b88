package io.actorgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores any gold case files in one process, counting as {@code ../shared/eval/score} does: a
 * quick loop for extraction work ({@code ScoreCases ../shared/eval/real ../shared/eval/real2}).
 * Arguments are case files or folders of {@code *.json} cases; the official scorer stays the
 * measure of record.
 */
public final class ScoreCases {

    private ScoreCases() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> cases = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (var files = Files.list(p)) {
                    files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(cases::add);
                }
            } else {
                cases.add(p);
            }
        }
        try (FixtureRun run = new FixtureRun(Extractors.create())) {
            for (Path c : cases) {
                try {
                    run.run(GoldCases.read(c));
                } catch (RuntimeException e) {
                    run.score.lines.add("== " + c.getFileName() + " FAILED: " + e);
                }
            }
            run.score.lines.forEach(System.out::println);
            System.out.println("cases " + cases.size() + "; " + run.score.summary());
        }
        System.exit(0);
    }
}
