package com.baowen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code articles}: not built yet. */
@Command(name = "articles", mixinStandardHelpOptions = true, description = "(not built yet)")
public class ArticlesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        System.err.println("articles: not built yet");
        return 1;
    }
}
