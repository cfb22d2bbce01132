package org.rapporteur.participants;

import java.util.Optional;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;

/**
 * The entity a list row's delegation cell names, or why the row is left out: a placeholder ("TBC", "Special guests"),
 * or a name no table knows, no type of organisation keeps and whose form is no organisation's ({@link
 * OrganisationNames}: kept as an NGO, or as the type the row gives). A territory ({@link Territories}) is a delegation of
 * type TERRITORY.
 *
 * @param entity   the delegation; null where the row is left out
 * @param rejected the message of the left-out row; null where the delegation is known
 */
record DelegationCell(Entity entity, String rejected) {

    /** A type or section of States: an unknown name under it is no organisation ("States Members of …"). */
    private static final java.util.regex.Pattern STATE_TYPE = java.util.regex.Pattern.compile(
            "^(?:states?|members?tates?|memberof|government|gouvernement|gobierno|estados?|etats?|part(?:y|ies)"
            + "|observerstates?|nonmemberstates?)");

    /** The type of an organisation written in brackets after its name ("… publique (ONG)", "… (IGO)"). */
    private static final java.util.regex.Pattern TYPE_MARK = java.util.regex.Pattern.compile(
            "(?<=\\S)\\s*\\((NGO|ONG|INGO|IGO|OIG)\\)\\s*$");

    static DelegationCell of(ParticipantListReader reader, String written, String writtenType) {
        java.util.regex.Matcher mark = TYPE_MARK.matcher(written == null ? "" : written);
        boolean marked = mark.find();
        // the organisation's type in brackets after its name is no part of the name
        String type = marked && (writtenType == null || writtenType.isBlank()) ? mark.group(1) : writtenType;
        String delegation = marked ? written.substring(0, mark.start()).strip() : written;
        String none = Placeholders.notADelegation(delegation, type);
        if (none != null) {
            return new DelegationCell(null, none);
        }
        Optional<Entity> entity = reader.delegation(delegation, type);
        Optional<String> territory = entity.filter(e -> !e.code().isEmpty()).isPresent() ? Optional.empty()
                : Territories.iso3(delegation);
        if (territory.isPresent()) {
            // "Aruba", "Hong Kong, China": a delegation of its own, under its ISO 3166 code and English name
            return new DelegationCell(new Entity(territory.get(), Territories.name(territory.get()),
                    EntityType.TERRITORY, ""), null);
        }
        if (entity.isEmpty() && OrganisationNames.looksLikeOne(delegation) && !STATE_TYPE.matcher(Columns.key(type)).find()) {
            // "Secure World Foundation", "Children and Youth Major Group": an organisation by its name's form
            EntityType kind = ParticipantListReader.unlistedType(type);
            return new DelegationCell(new Entity("", delegation.strip(), kind == null ? EntityType.NGO : kind, ""),
                    null);
        }
        return entity.map(e -> new DelegationCell(e, null)).orElseGet(() -> new DelegationCell(null,
                "Unknown delegation \"" + delegation + "\" (no UN Member State, observer State or organisation of "
                        + "that name; give a Delegation Type such as NGO for one that is not listed); the row is left "
                        + "out"));
    }
}
