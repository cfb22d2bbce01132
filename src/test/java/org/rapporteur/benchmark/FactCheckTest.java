package org.rapporteur.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactCheckTest {

    @TempDir
    Path output;

    private static final ReportTruth FIFTH = new ReportTruth("EG4_2019_2.txt", "UNODC/CCPCJ/EG.4/2019/2", "FINAL",
            "UNODC/CCPCJ/EG.4#5", 5, LocalDate.of(2019, 3, 27), LocalDate.of(2019, 3, 29), 97, List.of("BRA", "CHN"),
            "CHL");
    private static final ReportTruth SIXTH = new ReportTruth("EG4_2020_L1.txt", "UNODC/CCPCJ/EG.4/2020/L.1", "DRAFT",
            "UNODC/CCPCJ/EG.4#6", 6, LocalDate.of(2020, 7, 30), LocalDate.of(2020, 8, 3), 114, List.of("GHA", "PAK"),
            "CHL");

    @Test
    void countsTheReportsWhoseEveryFactMatches() throws IOException {
        write("meetings.csv", "\uFEFFmeeting_id,body,session_number,report_symbol,report_status,job_number,start_date,"
                + "end_date,venue,source\n"
                + "UNODC/CCPCJ/EG.4#5,UNODC/CCPCJ/EG.4,5,UNODC/CCPCJ/EG.4/2019/2,FINAL,V.19-02345,2019-03-27,2019-03-29,"
                + "Vienna,EG4_2019_2.txt\n"
                + "UNODC/CCPCJ/EG.4#6,UNODC/CCPCJ/EG.4,6,UNODC/CCPCJ/EG.4/2020/L.1,DRAFT,V.20-03914,2020-07-30,2020-08-03,"
                + "Vienna,EG4_2020_L1.txt\n");
        write("attendance.csv", "\uFEFFmeeting_id,category,count,provisional,source\n"
                + "UNODC/CCPCJ/EG.4#5,MEMBER_STATE,97,false,EG4_2019_2.txt#20\n"
                + "UNODC/CCPCJ/EG.4#5,OBSERVER_STATE,1,false,EG4_2019_2.txt#20\n"
                + "UNODC/CCPCJ/EG.4#6,MEMBER_STATE,114,true,EG4_2020_L1.txt#15\n");
        write("participation.csv", "\uFEFFmeeting_id,entity_code,entity_type,role,source\n"
                + "UNODC/CCPCJ/EG.4#5,CHL,MEMBER_STATE,CHAIR,EG4_2019_2.txt#14\n"
                + "UNODC/CCPCJ/EG.4#5,BRA,MEMBER_STATE,STATEMENT,EG4_2019_2.txt#15\n"
                + "UNODC/CCPCJ/EG.4#5,CHN,MEMBER_STATE,STATEMENT,EG4_2019_2.txt#15\n"
                + "UNODC/CCPCJ/EG.4#5,G77,GROUP,STATEMENT,EG4_2019_2.txt#15\n"
                + "UNODC/CCPCJ/EG.4#5,ARG,MEMBER_STATE,PANELLIST,EG4_2019_2.txt#6\n"
                + "UNODC/CCPCJ/EG.4#6,CHL,MEMBER_STATE,CHAIR,EG4_2020_L1.txt#9\n"
                + "UNODC/CCPCJ/EG.4#6,GHA,MEMBER_STATE,STATEMENT,EG4_2020_L1.txt#10\n");

        FactCheck.Result result = FactCheck.check(output, List.of(FIFTH, SIXTH));

        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.mismatches()).isEqualTo(Map.of("speakers", 1));
        assertThat(result.examples()).containsExactly(
                "EG4_2020_L1.txt: speakers expected [GHA PAK] exported [GHA]");
    }

    @Test
    void aReportMissingFromTheExportsIsAMismatch() throws IOException {
        write("meetings.csv", "meeting_id,report_symbol,report_status,session_number,start_date,end_date,source\n");
        write("attendance.csv", "meeting_id,category,count\n");
        write("participation.csv", "meeting_id,entity_code,entity_type,role\n");

        FactCheck.Result result = FactCheck.check(output, List.of(FIFTH));

        assertThat(result.allMatch()).isFalse();
        assertThat(result.mismatches()).isEqualTo(Map.of("exported", 1));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(output.resolve(name), content);
    }
}
