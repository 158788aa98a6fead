// Entities: states, territories (states with limited recognition, self-proclaimed republics,
// disputed and dependent territories), regions, organisations, movements and people.
#pragma once

#include "partial_date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

enum class EntityKind { state, territory, region, organisation, group, person, other };

std::string_view to_string(EntityKind kind);
std::optional<EntityKind> parse_entity_kind(std::string_view text);

// What a name is: the entity's own name, or a word that points to it in news text.
enum class NameForm { name, abbreviation, demonym, capital };

std::string_view to_string(NameForm form);
std::optional<NameForm> parse_name_form(std::string_view text);

struct EntityName {
    std::string lang;  // ISO 639-1 code, "" when not known
    std::string text;
    NameForm form = NameForm::name;

    bool operator==(const EntityName&) const = default;
};

// A dated role of a person, such as Tokayev leader_of Kazakhstan from 2019-03-20.
struct Role {
    std::string relation;  // a relation of the ontology, usually leader_of
    std::string target;    // entity id
    std::string title;     // "president", "prime minister", "foreign minister"
    std::optional<PartialDate> from;
    std::optional<PartialDate> to;  // exclusive

    bool holds_on(DayNumber day) const;
};

struct Entity {
    std::string id;    // ISO alpha-3 for states, ISO 3166-2 for regions, a slug for the rest
    EntityKind kind = EntityKind::other;
    std::string name;  // the common English name
    std::vector<EntityName> names;
    std::string iso_alpha2;
    std::string iso_alpha3;
    std::string qid;            // Wikidata
    std::string part_of;        // region of, or dependent territory of (entity id)
    std::vector<std::string> claimed_by;
    std::vector<Role> roles;

    // Adds a name unless the same (lang, text, form) is there already.
    void add_name(EntityName name);
    // The name in a language (the first of form `name`), or the English name when there is none.
    const std::string& name_in(std::string_view lang) const;
};

// "Donetsk People's Republic" → "donetsk-peoples-republic", for ids of new entities.
std::string slugify(std::string_view name);

}  // namespace stancegraph
