package com.baowen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code search}: not built yet. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "(not built yet)")
public class SearchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        System.err.println("search: not built yet");
        return 1;
    }
}
