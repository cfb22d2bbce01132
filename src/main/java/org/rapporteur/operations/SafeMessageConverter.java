package org.rapporteur.operations;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The {@code %safeMsg} of the log patterns: the message with its control characters escaped ({@link LogText}), so
 * that every log line is one event, whatever names it quotes. Stack traces follow on lines of their own, as usual.
 */
public final class SafeMessageConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogText.escape(event.getFormattedMessage());
    }
}
