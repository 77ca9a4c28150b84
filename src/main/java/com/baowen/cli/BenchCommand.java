package com.baowen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code bench}: not built yet. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "(not built yet)")
public class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        System.err.println("bench: not built yet");
        return 1;
    }
}
