// Turning CAMEO-coded actors (GDELT's Actor1/Actor2 columns, PLOVER's source and target records)
// into gazetteer entities: an organisation, movement or territory the gazetteer knows by the
// actor's name; else a known group; else the state of the country code when the actor's roles
// are state institutions. Anything else (opposition, rebels, business, media, regions, ethnic and
// religious groups) is not an actor of the stance graph.
#pragma once

#include "core/gazetteer.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stancegraph {

struct CameoActor {
    std::string_view code;         // the full actor code ("USAGOV", "IGOEUREEC"); may be empty
    std::string_view name;         // "UNITED STATES", "HILLARY CLINTON", "Tokyo"
    std::string_view country;      // CAMEO country code ("USA", "JAP"); may be empty
    std::string_view known_group;  // CAMEO known-group code ("EEC", "TAL"); may be empty
    bool ethnic_or_religious = false;  // an ethnic or religion code is set: a group of people, not a state
    std::vector<std::string_view> roles;  // role codes ("GOV", "OPP"); empty ones are ignored
};

enum class ActorOutcome { entity, missing, not_an_actor };

struct ResolvedActor {
    const Entity* entity = nullptr;
    ActorOutcome outcome = ActorOutcome::missing;
};

// A name the gazetteer knows as an organisation, movement or territory (by its own name or an
// abbreviation, not a demonym or capital); nullptr otherwise. States, and the people who act for
// them, are left to country codes.
const Entity* named_actor(const Gazetteer& gazetteer, std::string_view name);

// The state or territory of a CAMEO country code; nullptr for regions ("AFR", "EUR") and unknown codes.
const Entity* country_of_code(const Gazetteer& gazetteer, std::string_view cameo_code);

// Splits a full CAMEO actor code into its country and 3-letter role and group codes
// ("USAGOV" → USA + GOV; "IGOEUREEC" → IGO, EUR, EEC with EEC a known group).
CameoActor split_cameo_code(const Gazetteer& gazetteer, std::string_view code, std::string_view name);

class CameoActorResolver {
public:
    explicit CameoActorResolver(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}
    // Remembers answers: an event file names the same few thousand actors again and again.
    ResolvedActor resolve(const CameoActor& actor);

private:
    ResolvedActor resolve_uncached(const CameoActor& actor) const;

    const Gazetteer& gazetteer_;
    std::unordered_map<std::string, ResolvedActor> cache_;
    std::string key_;
};

}  // namespace stancegraph
