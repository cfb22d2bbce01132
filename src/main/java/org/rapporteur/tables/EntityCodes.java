package org.rapporteur.tables;

import org.rapporteur.reference.CountryCodes;
import org.rapporteur.reference.IsoCountries;

/**
 * The codes beside an entity_code that analysts join on: ISO 3166-1 alpha-2 for States and territories, UN M49 for
 * States, and which system the code is in.
 *
 * @param iso2       ISO 3166-1 alpha-2 for a State or a territory; "" otherwise
 * @param m49        UN M49 numeric code for a State; null otherwise
 * @param codeSystem ISO3, ACRONYM (an organisation's acronym in the reference tables), GROUP; "" without a code
 */
public record EntityCodes(String iso2, Integer m49, String codeSystem) {

    static final EntityCodes NONE = new EntityCodes("", null, "");
    /** What an iso2 column holds, as every table that has one says it. */
    static final String ISO2_MEANING = "ISO 3166-1 alpha-2 for States and territories (CI); empty otherwise";

    /** The codes of an entity by its code and type. */
    static EntityCodes of(String code, String type, CountryCodes countries) {
        if (code == null || code.isEmpty()) {
            return NONE;
        }
        if (type.equals("MEMBER_STATE") || type.equals("OBSERVER_STATE")) {
            return new EntityCodes(countries.iso2(code).orElse(""), countries.m49(code).orElse(null), "ISO3");
        }
        if (type.equals("TERRITORY")) {
            return new EntityCodes(IsoCountries.byIso3(code).map(IsoCountries.Country::iso2).orElse(""), null, "ISO3");
        }
        return new EntityCodes("", null, type.equals("GROUP") ? "GROUP" : "ACRONYM");
    }
}
