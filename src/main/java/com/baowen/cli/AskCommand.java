package com.baowen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code ask}: not built yet. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "(not built yet)")
public class AskCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        System.err.println("ask: not built yet");
        return 1;
    }
}
