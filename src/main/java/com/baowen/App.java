package com.baowen;

import com.baowen.cli.ArticlesCommand;
import com.baowen.cli.AskCommand;
import com.baowen.cli.BenchCommand;
import com.baowen.cli.EvalCommand;
import com.baowen.cli.IngestCommand;
import com.baowen.cli.SearchCommand;
import com.baowen.cli.ServeCommand;
import com.baowen.cli.TrainCommand;
import com.baowen.cli.TrainSpansCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Baowen's command line: {@code java -jar target/baowen.jar <command>}. */
@Command(name = "baowen", mixinStandardHelpOptions = true, version = "baowen 0.1.0",
        description = "报问 — ask a Chinese newspaper archive; answers cite the snippets they rest on.",
        subcommands = {ServeCommand.class, IngestCommand.class, ArticlesCommand.class, SearchCommand.class,
                AskCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class,
                TrainSpansCommand.class})
public final class App {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with Baowen's error handling: a {@link BaowenException} prints its message, not a trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new App());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof BaowenException) {
                cmd.getErr().println("error: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl;
    }
}
