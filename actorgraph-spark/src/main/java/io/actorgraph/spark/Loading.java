package io.actorgraph.spark;

import io.actorgraph.input.InputProblem;
import io.actorgraph.load.LoadReport;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The work of one partition of {@link LoadJob}: each statements document checked as {@code
 * actorgraph load} checks it and loaded by the project's loader, one transaction per article
 * (batched UNWINDs; run again by {@code GraphStore.write} on deadlocks and other transient
 * errors; loading an article again replaces it, so a task Spark runs twice does no harm). A
 * document that is not valid statements becomes an error line; a store that cannot be written
 * fails the task, and after Spark's retries the job.
 */
final class Loading {

    /** What became of one statements line: loaded (with its figures) or refused (with the problem). */
    record Result(String article, int facts, int newFacts, int evidence, String problem) implements Serializable {
    }

    private static final class Reader {
        static final StatementReader READER = new StatementReader();
    }

    private Loading() {
    }

    static Iterator<Result> partition(Iterator<StatementText> texts, BoltStores.Target target) {
        if (!texts.hasNext()) {
            return java.util.Collections.emptyIterator();
        }
        StatementLoader loader = new StatementLoader(BoltStores.get(target));
        return new Iterator<>() {
            private final List<Result> pending = new ArrayList<>();

            @Override
            public boolean hasNext() {
                return !pending.isEmpty() || texts.hasNext();
            }

            @Override
            public Result next() {
                if (pending.isEmpty()) {
                    StatementText text = texts.next();
                    List<StatementDocument> documents;
                    try {
                        documents = Reader.READER.parse(text.from(), text.text(), text.jsonLines());
                    } catch (InputProblem problem) {
                        return new Result(null, 0, 0, 0, problem.getMessage());
                    }
                    for (StatementDocument document : documents) {
                        pending.add(load(loader, text.from(), document));
                    }
                }
                return pending.remove(0);
            }
        };
    }

    private static Result load(StatementLoader loader, String from, StatementDocument document) {
        String id = document.article().id();
        LoadReport report;
        try {
            report = loader.load(document);
        } catch (IllegalArgumentException e) {
            return new Result(id, 0, 0, 0, from + ": article \"" + id + "\": " + e.getMessage());
        }
        return new Result(id, report.facts(), report.newFacts(), report.evidences(), null);
    }
}
