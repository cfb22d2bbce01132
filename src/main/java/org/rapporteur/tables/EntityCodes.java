package org.rapporteur.tables;

import org.rapporteur.reference.CountryCodes;

/**
 * The codes beside an entity_code that analysts join on: ISO 3166-1 alpha-2 and UN M49 for States, and which system
 * the code is in.
 *
 * @param iso2       ISO 3166-1 alpha-2 for a State; "" otherwise
 * @param m49        UN M49 numeric code for a State; null otherwise
 * @param codeSystem ISO3, ACRONYM (an organisation's acronym in the reference tables), GROUP; "" without a code
 */
public record EntityCodes(String iso2, Integer m49, String codeSystem) {

    static final EntityCodes NONE = new EntityCodes("", null, "");

    /** The codes of an entity by its code and type. */
    static EntityCodes of(String code, String type, CountryCodes countries) {
        if (code == null || code.isEmpty()) {
            return NONE;
        }
        if (type.equals("MEMBER_STATE") || type.equals("OBSERVER_STATE")) {
            return new EntityCodes(countries.iso2(code).orElse(""), countries.m49(code).orElse(null), "ISO3");
        }
        if (type.equals("TERRITORY")) {
            return new EntityCodes(territoryIso2(code), null, "ISO3");
        }
        return new EntityCodes("", null, type.equals("GROUP") ? "GROUP" : "ACRONYM");
    }

    /** A territory's ISO 3166-1 alpha-2 code from the JDK's country codes ("ABW" → "AW"); "" where none has it. */
    private static String territoryIso2(String iso3) {
        for (String iso2 : java.util.Locale.getISOCountries()) {
            try {
                if (new java.util.Locale("", iso2).getISO3Country().equals(iso3)) {
                    return iso2;
                }
            } catch (java.util.MissingResourceException e) {
                // a code without an alpha-3 form
            }
        }
        return "";
    }
}
