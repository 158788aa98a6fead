// Resolving ICEWS actors.
#include "icews_actors.hpp"

#include <algorithm>
#include <utility>

namespace stancegraph {

namespace {

// ICEWS country names the gazetteer's sources spell otherwise.
constexpr std::pair<std::string_view, std::string_view> kCountryNames[] = {
    {"Occupied Palestinian Territory", "PSE"},
    {"Democratic Republic of Congo", "COD"},
    {"Congo", "COG"},
    {"the former Yugoslav Republic of Macedonia", "MKD"},
    {"Macedonia", "MKD"},
    {"Swaziland", "SWZ"},
    {"Moldova, Republic of", "MDA"},
    {"Cote d'Ivoire", "CIV"},
    {"Holy See", "VAT"},
    {"Kosovo", "XKX"},
    {"Hong Kong", "HKG"},
    {"Macao", "MAC"},
    {"Burma", "MMR"},
    {"Laos", "LAO"},
    {"East Timor", "TLS"},
    {"Timor-Leste", "TLS"},
    {"Cape Verde", "CPV"},
    {"Czech Republic", "CZE"},
};

// Sectors that make an actor something other than the national government, even when it also
// has the umbrella sector "Government".
constexpr std::string_view kNotNational[] = {
    "Provincial", "Municipal", "Local", "Dissident", "Opposition Major Party (Out Of Government)", "Rebel",
    "Insurgents", "Separatists", "Protestors / Popular Opposition / Mobs", "Criminals / Gangs", "Unidentified Forces",
};

bool missing(std::string_view text) { return text.empty() || text == "NA"; }

}  // namespace

const Entity* icews_country(const Gazetteer& gazetteer, std::string_view name) {
    if (missing(name)) return nullptr;
    for (const auto& [icews, id] : kCountryNames)
        if (icews == name) return gazetteer.by_id(id);
    for (const auto& match : gazetteer.find(name))
        if (match.name->form == NameForm::name &&
            (match.entity->kind == EntityKind::state || match.entity->kind == EntityKind::territory))
            return match.entity;
    return nullptr;
}

bool is_national_government(std::string_view sectors) {
    bool government = false;
    while (!sectors.empty()) {
        const std::size_t comma = sectors.find(',');
        const std::string_view sector = sectors.substr(0, comma);
        if (sector == "Government") government = true;
        if (std::find(std::begin(kNotNational), std::end(kNotNational), sector) != std::end(kNotNational)) return false;
        if (comma == std::string_view::npos) break;
        sectors.remove_prefix(comma + 1);
    }
    return government;
}

ResolvedActor IcewsActorResolver::resolve(std::string_view name, std::string_view sectors, std::string_view country) {
    key_.assign(name).append("\x1f").append(sectors).append("\x1f").append(country);
    if (auto it = cache_.find(key_); it != cache_.end()) return it->second;
    const ResolvedActor resolved = resolve_uncached(name, sectors, country);
    cache_.emplace(key_, resolved);
    return resolved;
}

ResolvedActor IcewsActorResolver::resolve_uncached(std::string_view name, std::string_view sectors,
                                                   std::string_view country) const {
    if (missing(name)) return {nullptr, ActorOutcome::missing};
    if (const Entity* named = named_actor(gazetteer_, name)) return {named, ActorOutcome::entity};
    // ICEWS names a country's generic actor by the country's name ("Syria", sectors NA).
    if (const Entity* state = icews_country(gazetteer_, name)) return {state, ActorOutcome::entity};
    if (is_national_government(sectors))
        if (const Entity* state = icews_country(gazetteer_, country)) return {state, ActorOutcome::entity};
    return {nullptr, ActorOutcome::not_an_actor};
}

}  // namespace stancegraph
