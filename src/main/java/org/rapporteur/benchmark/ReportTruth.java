package org.rapporteur.benchmark;

import java.time.LocalDate;
import java.util.List;

/**
 * What a synthetic report says, known because it was generated: what the nightly job must find in it.
 *
 * @param file          the file's name under {@code reports/}
 * @param symbol        the document symbol, e.g. {@code UNODC/CCPCJ/EG.5/1991/2}
 * @param status        {@code DRAFT} or {@code FINAL}
 * @param meetingId     the meeting's key, series and session: {@code UNODC/CCPCJ/EG.5#6}
 * @param session       the ordinal of the meeting or session
 * @param startDate     the first sitting
 * @param endDate       the last sitting
 * @param memberStates  the Member States attending (a count, or the States parties listed)
 * @param speakers      ISO 3166 codes of the States that made statements, sorted, each once
 * @param chair         ISO 3166 code of the Chair's country
 */
record ReportTruth(String file, String symbol, String status, String meetingId, int session, LocalDate startDate,
                   LocalDate endDate, int memberStates, List<String> speakers, String chair) {

    ReportTruth {
        speakers = List.copyOf(speakers);
    }
}
