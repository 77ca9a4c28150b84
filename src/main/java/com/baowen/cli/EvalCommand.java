package com.baowen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code eval}: not built yet. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "(not built yet)")
public class EvalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        System.err.println("eval: not built yet");
        return 1;
    }
}
