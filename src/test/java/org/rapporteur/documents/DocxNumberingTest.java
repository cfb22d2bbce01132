package org.rapporteur.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word's automatic numbering as the .docx reader rebuilds it: formats, level texts, restarts and start overrides. */
class DocxNumberingTest {

    @Test
    void levelTextsCombineLevelsEachInItsOwnFormatAndDeeperLevelsRestart() throws Exception {
        String text = read(doc -> {
            BigInteger list = list(doc, 10, new String[][] {{"decimal", "%1."}, {"lowerLetter", "(%2)"},
                    {"lowerRoman", "%1.%2.%3"}});
            paragraph(doc, list, 0, "first");
            paragraph(doc, list, 1, "item a");
            paragraph(doc, list, 1, "item b");
            paragraph(doc, list, 2, "deeper");
            paragraph(doc, list, 0, "second");
            paragraph(doc, list, 1, "item a again");
        });
        assertThat(text).isEqualTo("1.\tfirst\n(a)\titem a\n(b)\titem b\n1.b.i\tdeeper\n2.\tsecond\n(a)\titem a again\n");
    }

    @Test
    void aListThatSharesTheAbstractNumberingContinuesUnlessItOverridesTheStart() throws Exception {
        String text = read(doc -> {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(abstractNum(20, new String[][] {{"decimal", "%1."}}));
            BigInteger first = numbering.addNum(abstractId);
            BigInteger continued = numbering.addNum(abstractId);
            BigInteger restarted = numbering.addNum(abstractId);
            CTNumLvl override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.valueOf(40));
            paragraph(doc, first, 0, "a");
            paragraph(doc, first, 0, "b");
            doc.createParagraph().createRun().setText("An unnumbered paragraph.");
            paragraph(doc, continued, 0, "c");
            paragraph(doc, restarted, 0, "d");
            paragraph(doc, restarted, 0, "e");
        });
        assertThat(text).isEqualTo("1.\ta\n2.\tb\nAn unnumbered paragraph.\n3.\tc\n40.\td\n41.\te\n");
    }

    @Test
    void bulletsGiveNoNumberAndUpperCaseFormatsAreKept() throws Exception {
        String text = read(doc -> {
            BigInteger bullets = list(doc, 30, new String[][] {{"bullet", "\u2022"}});
            BigInteger chapters = list(doc, 31, new String[][] {{"upperRoman", "%1."}, {"upperLetter", "%2."}});
            paragraph(doc, bullets, 0, "a bullet");
            for (int i = 0; i < 4; i++) {
                paragraph(doc, chapters, 0, "chapter");
            }
            paragraph(doc, chapters, 1, "section");
        });
        assertThat(text).isEqualTo("a bullet\nI.\tchapter\nII.\tchapter\nIII.\tchapter\nIV.\tchapter\nA.\tsection\n");
    }

    private interface Builder {
        void build(XWPFDocument doc) throws Exception;
    }

    private static String read(Builder builder) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            builder.build(doc);
            doc.write(out);
            Extraction extraction = new DocxReader().read(out.toByteArray());
            assertThat(extraction.findings()).isEmpty();
            return extraction.text();
        }
    }

    private static BigInteger list(XWPFDocument doc, int id, String[][] levels) {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(abstractNum(id, levels)));
    }

    private static XWPFAbstractNum abstractNum(int id, String[][] levels) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < levels.length; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[level][0]));
            lvl.addNewLvlText().setVal(levels[level][1]);
        }
        return new XWPFAbstractNum(definition);
    }

    private static void paragraph(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }
}
