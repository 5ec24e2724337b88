package io.actorgraph.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error as UTF-8 whatever the locale, so that "Türkiye" survives a POSIX
 * shell. Results go to stdout, everything else (progress, logs, problems) to stderr.
 */
final class Output {

    private Output() {
    }

    static void useUtf8() {
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }
}
