package com.baowen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code ingest}: not built yet. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "(not built yet)")
public class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        System.err.println("ingest: not built yet");
        return 1;
    }
}
