package com.baowen.cli;

import com.baowen.Engine;
import com.baowen.answer.Answer;
import com.baowen.answer.Answerers;
import com.baowen.answer.Citation;
import com.baowen.config.Config;
import com.baowen.http.Provenances;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ask "问题"}: answers one question from the corpus. Flow: 1. open the engine and bring the
 * index up to date; 2. answer (extractive, or with the configured language model); 3. print the
 * answer and its numbered sources, or with {@code --json} the {@code POST /api/chat} response.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question from the corpus, citing the snippets the answer rests on.")
public class AskCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, 1..2000 characters.")
    String question;

    @Option(names = "--json", description = "Print the answer as the JSON of POST /api/chat.")
    boolean json;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "" + Answerers.DEFAULT_TOP_K,
            description = "Articles to draw from, 1..20. Default: ${DEFAULT-VALUE}")
    int topK;

    @Override
    public Integer call() throws Exception {
        Config config = options.toConfig();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Engine engine = Engine.open(config)) {
            engine.index((done, total, source, action) -> {
                err.printf("[%d/%d] %s %s%n", done, total, action, source);
                err.flush();
            });
            Answer answer = Answerers.of(engine.retriever(), config.llm()).answer(question, List.of(), topK);
            if (json) { // the body POST /api/chat sends: citations with their article's date and provenance
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(Provenances.answer(answer, engine.retriever())));
            } else {
                print(answer, out);
            }
            out.flush();
            return 0;
        }
    }

    /** The answer, a blank line, then one line per source: {@code [n] title (source, characters s–e)} and the snippet. */
    static void print(Answer answer, PrintWriter out) {
        out.println(answer.answer());
        if (answer.citations().isEmpty()) {
            return;
        }
        out.println();
        out.println(answer.noAnswer() ? "相关文章：" : "来源：");
        for (Citation c : answer.citations()) {
            out.printf("[%d] %s（%s，第%d–%d字）%n    %s%n", c.n(), c.title(), c.source(), c.start(), c.end(),
                    c.snippet().replaceAll("\\s*\\n\\s*", ""));
        }
    }
}
