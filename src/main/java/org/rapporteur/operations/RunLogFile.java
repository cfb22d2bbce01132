package org.rapporteur.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;

/**
 * A log file per run under {@code <output>/logs/} (besides the console): {@code nightly-<date>-<time>.log}, with the
 * same lines as the console and their dates. The newest {@link #KEEP} files are kept.
 */
public final class RunLogFile implements AutoCloseable {

    public static final int KEEP = 60;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender;
    private final Path file;

    private RunLogFile(FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender, Path file) {
        this.appender = appender;
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Starts logging the run of {@code command} to a new file in {@code <output>/logs/}. */
    public static RunLogFile start(Path outputDirectory, String command) throws IOException {
        Path logs = Files.createDirectories(outputDirectory.resolve("logs"));
        Path file = logs.resolve(command + "-" + LocalDateTime.now().format(NAME) + ".log");
        for (int n = 2; Files.exists(file); n++) {
            file = logs.resolve(command + "-" + LocalDateTime.now().format(NAME) + "-" + n + ".log");
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%logger{24}] %safeMsg%n");
        encoder.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("run-file");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.setAppend(true);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        prune(logs, command);
        return new RunLogFile(appender, file);
    }

    private static void prune(Path logs, String command) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(logs)) {
            files = list.filter(p -> p.getFileName().toString().startsWith(command + "-")
                    && p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
        for (int i = 0; i < files.size() - KEEP; i++) {
            Files.deleteIfExists(files.get(i));
        }
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
    }
}
