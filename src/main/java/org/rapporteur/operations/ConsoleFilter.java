package org.rapporteur.operations;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What the console shows of the log: Rapporteur's own lines and Spring Batch's job and step lines. The libraries'
 * messages (a database driver refusing a password, Spring Boot's report of a failed start) go to the run's log file
 * only, with their stack traces; the console gets the one or two lines the command line writes about them. Lines the
 * command line has already printed ({@link Console}) are for the log file only.
 */
public final class ConsoleFilter extends Filter<ILoggingEvent> {

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String logger = event.getLoggerName();
        if (logger.equals(Console.LOGGER)) {
            return FilterReply.DENY;
        }
        return logger.startsWith("org.rapporteur.") || logger.startsWith("org.springframework.batch.")
                ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
