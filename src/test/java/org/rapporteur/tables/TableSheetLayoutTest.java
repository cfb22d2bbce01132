package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.export.TableLayout;

/** How AnalystWorkbook lays out a table's sheet for a reader: what stays in view, what the sheet and columns say. */
class TableSheetLayoutTest {

    @Test
    void aTableOfEntitiesAtMeetingsKeepsTheMeetingAndTheEntityInViewWhenScrolledSideways() {
        // the meeting, the entity's code and its name, moved beside the code on the sheet
        assertThat(AnalystWorkbook.layout(ParticipationRow.TABLE).frozenColumns()).isEqualTo(3);
        assertThat(AnalystWorkbook.layout(ParticipationRow.TABLE).heading("regional_group"))
                .isEqualTo("Regional group");
        assertThat(AnalystWorkbook.layout(PositionRow.TABLE).frozenColumns()).isEqualTo(1);
        assertThat(AnalystWorkbook.layout(MeetingRow.TABLE).frozenColumns()).isEqualTo(1);
        // a table whose rows are not a meeting's keeps only its header in view
        assertThat(AnalystWorkbook.layout(DataQualityRow.TABLE).frozenColumns()).isZero();
    }

    @Test
    void eachSheetSaysWhatOneRowIsAndEachColumnWhatItHolds() {
        TableLayout participation = AnalystWorkbook.layout(ParticipationRow.TABLE);
        assertThat(participation.rowIs()).isEqualTo(ParticipationRow.TABLE.rowIs());
        assertThat(participation.meanings()).hasSize(ParticipationRow.TABLE.columns().size());
        assertThat(participation.meanings().get("sentence_index"))
                .isEqualTo(ParticipationRow.Column.SENTENCE_INDEX.meaning());
        // the layout's own settings stand beside them
        assertThat(AnalystWorkbook.layout(PositionRow.TABLE).wrapColumns()).containsExactly("sentence");
    }
}
