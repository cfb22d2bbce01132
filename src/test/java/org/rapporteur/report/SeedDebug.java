package org.rapporteur.report;

import java.nio.file.Files;
import java.nio.file.Path;

import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Developer tool, not a test: prints everything the parser makes of one report (meeting, paragraphs with
 * {@code --paragraphs}, agenda, attendance, participation, findings). Run from the IDE or with the test classpath:
 * {@code java -cp target/classes:target/test-classes:<deps> org.rapporteur.report.SeedDebug FILE [any]}.
 */
class SeedDebug {
    public static void main(String[] args) throws Exception {
        String file = args.length > 0 ? args[0] : "../shared/seeds/000_df15103811212375.txt";
        MeetingReport r = new ReportParser(new NameResolver(ReferenceData.loadDefault()))
                .parse(Path.of(file).getFileName().toString(), Files.readString(Path.of(file)));
        System.out.println(r.meetingId() + " " + r.symbol() + " " + r.status() + " job=" + r.jobNumber() + " session="
                + r.sessionNumber() + " " + r.startDate() + ".." + r.endDate() + " prov=" + r.datesProvisional()
                + " venue=" + r.venue());
        if (args.length > 1) {
            r.paragraphs().forEach(p -> System.out.println(p.number() + " [" + p.chapter() + " / " + p.section() + " / "
                    + p.agendaItem() + "] " + p.text()));
        }
        r.agenda().forEach(a -> System.out.println("AGENDA " + a));
        r.attendance().forEach(a -> System.out.println("ATT " + a));
        r.participation().forEach(p -> System.out.println("PART " + p.paragraph() + " " + p.role() + " " + p.entity().code()
                + " " + p.entity().type() + " [" + p.nameAsWritten() + "] person=" + p.person() + " behalf=" + p.onBehalfOf()
                + " prov=" + p.provisional() + " cat=" + p.category()));
        r.findings().forEach(f -> System.out.println("DQ " + f));
    }
}
