package com.baowen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code serve}: not built yet. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "(not built yet)")
public class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        System.err.println("serve: not built yet");
        return 1;
    }
}
