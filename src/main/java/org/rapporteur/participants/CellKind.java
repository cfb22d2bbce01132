package org.rapporteur.participants;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a cell of a list holds, told by its content alone, for a list without a header row ({@link ContentColumns}) or
 * a person written on one line ({@link OneLinePersons}): an honorific, a person's name, a State or organisation, a
 * position, a yes or no (or a date, of check-in), a gender, a meeting symbol, a number, a word that could be a given
 * name or surname, an e-mail address or telephone number (a contact, never given a column), or other text. In English,
 * French and Spanish.
 */
enum CellKind {
    HONORIFIC, PERSON, ENTITY, POSITION, YES_NO, GENDER, SYMBOL, NUMBER, NAME_WORD, CONTACT, OTHER;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** An e-mail address or a telephone number. */
    private static final Pattern CONTACT_DETAIL = Pattern.compile("\\S+@\\S+\\.\\S+|\\+?[\\d ()\\-]{7,}");
    private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** An honorific alone: "Ms.", "Mme", "Sra.", "H.E. Mr.", "S.E. M.", "Dr", "Excma. Sra.", "Sr.ª". */
    private static final Pattern HONORIFIC_ALONE = Pattern.compile("(?iu)\\s*(?:(?:h\\.?\\s?e|s\\.?\\s?e|excm[oa]|"
            + "hon|dr|dra|prof)\\.?\\s+)?(?:(?:la|el|le)\\s+)?(?:ms|mrs|miss|mr|mme|mmes|mlle|m|messrs|sra|sr|srta|"
            + "sr\\.?\\s?[ªº]|dr|dra|prof|pr|mx|h\\.?\\s?e|s\\.?\\s?e|madame|monsieur|señora|señor|senora|senor|"
            + "doña|dona|don|excm[oa]|amb)\\.?\\s*");
    private static final Pattern GENDER_ALONE = Pattern.compile("(?iu)\\s*(?:f|m|h|female|male|woman|man|femme|homme|"
            + "mujer|hombre|f[ée]minin|masculin|femenino|masculino)\\s*");
    private static final Pattern NO = Pattern.compile("(?iu)\\s*(?:no|non|n|false|[-\u2013\u2014\u2717\u2718\u2610]"
            + "|\\[\\s*\\])\\s*");
    /** Words of a post or function, never of a name or a State. */
    private static final Pattern POSITION_WORD = Pattern.compile("(?iu)\\b(?:minist(?:er|re|ro|ra)|ministry|"
            + "minist[èe]re|ministerio|ambassad(?:or|eur|rice)|embajador[a]?|director[a]?|directeur|directrice|"
            + "secretar(?:y|io|ia)|secr[ée]taire|counsel+or|conseill(?:er|[èe]re)|consejer[oa]|advis[eo]r|"
            + "asesor[a]?|d[ée]l[ée]gu[ée]e?|delegad[oa]|delegate|representative|repr[ée]sentant[e]?|"
            + "representante|head|chef(?:fe)?|jef[ae]|officer|attach[ée]|agregad[oa]|expert[oae]?|president[e]?|"
            + "pr[ée]sident[e]?|chair(?:person)?|deputy|adjoint[e]?|permanent[e]?|mission|misi[óo]n|department|"
            + "d[ée]partement|departamento|coordinat(?:or|eur|rice)|coordinador[a]?|analyst|analyste|specialist|"
            + "sp[ée]cialiste|especialista|consultant[e]?|manager|legal|juridique|jur[íi]dic[oa]|senior|principal|"
            + "chief|alternate|suplente|suppl[ée]ant[e]?|assistant[e]?|asistente|researcher|chercheu(?:r|se)|"
            + "official|fonctionnaire|funcionari[oa]|vice|focal|division|divisi[óo]n|office|bureau|oficina|"
            + "unit|unidad|unit[ée]|section|secci[óo]n|agency|agence|agencia|commissioner|comisionad[oa]|"
            + "governor|gouverneur|gobernador|mayor|maire|alcalde|professor|professeur|profesor[a]?|"
            + "lecturer|programme|program|programa|project|projet|proyecto|policy|politique|pol[íi]tica|"
            + "first|second|third|premier|premi[èe]re|deuxi[èe]me|troisi[èe]me|primer[oa]?|segund[oa]|tercer[oa]?|"
            + "adviser|member|membre|miembro|observer|observateur|observador[a]?|interpreter|interpr[èe]te|"
            + "int[ée]rprete|staff|personnel|personal|general|g[ée]n[ée]ral|prosecutor|procureure?|"
            + "inspect(?:or|eur|rice)|inspector[a]|judge|juge|juez|magistrat[e]?|magistrad[oa]|attorney)\\b");

    /** The kind of a cell's text; null for an empty cell. */
    static CellKind of(String cell, ParticipantListReader reader) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String text = cell.replace('\u00A0', ' ').strip();
        if (DIGITS.matcher(text).matches()) {
            return NUMBER;
        }
        if (GENDER_ALONE.matcher(text).matches() && !text.contains(".")) {
            return GENDER;
        }
        if (HONORIFIC_ALONE.matcher(text).matches()) {
            return HONORIFIC;
        }
        if (CellValues.checkedIn(text) || NO.matcher(text).matches()) {
            return YES_NO; // before the telephone number: "2025-05-05" is a date of check-in
        }
        if (CONTACT_DETAIL.matcher(text).matches()) {
            return CONTACT;
        }
        if (MeetingSymbols.isSymbol(text)) {
            return SYMBOL;
        }
        if (!Gender.leadingHonorific(text).isEmpty()) {
            return PERSON;
        }
        if (reader.delegation(text, "").isPresent() || OrganisationNames.looksLikeOne(text)) {
            return ENTITY;
        }
        if (POSITION_WORD.matcher(text).find()
                || LOWER_CASE.matcher(text).find() && SPACES.split(text).length > 5) {
            return POSITION;
        }
        if (Groups.looksLikeAPerson(text) || SURNAME_FIRST.matcher(text).matches()) {
            return PERSON;
        }
        if (NAME_WORDS.matcher(text).matches()) {
            return NAME_WORD;
        }
        return OTHER;
    }

    /** "SOUZA, Ana", "SOUZA Ana María": a surname in capitals before the given names. */
    private static final Pattern SURNAME_FIRST = Pattern.compile("\\p{Lu}[\\p{Lu}'\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'\\-]+)?"
            + ",?\\s+\\p{Lu}\\p{Ll}+(?:[\\s\\-]\\p{Lu}\\p{Ll}+)?");
    /** One to three capitalised words of letters: a given name or a surname written in a column of its own. */
    private static final Pattern NAME_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'\\-]*(?:\\s+\\p{Lu}[\\p{L}'\\-]*){0,2}");

    /** Whether a text holds a word of a post ("Minister", "Conseillère", "Jefe de delegación"). */
    static boolean namesAPost(String text) {
        return text != null && POSITION_WORD.matcher(text).find();
    }

    /** Whether a text is in capitals (a surname as UN lists write it). */
    static boolean inCapitals(String text) {
        return text.chars().filter(Character::isLetter).count() >= 2
                && text.equals(text.toUpperCase(Locale.ROOT));
    }
}
