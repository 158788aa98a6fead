// The PLOVER mapping.
#include "plover_mapping.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace stancegraph {

namespace {

constexpr std::string_view kTypes[] = {"AGREE",   "CONSULT", "SUPPORT",  "CONCEDE",  "COOPERATE", "AID",
                                       "RETREAT", "REQUEST", "ACCUSE",   "REJECT",   "THREATEN",  "PROTEST",
                                       "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};

// PLOVER 0.5 (2016) names and what PLOVER 2021 calls them (the PLOVER manual's correspondence).
constexpr std::pair<std::string_view, std::pair<std::string_view, std::string_view>> kRenamed[] = {
    {"DEMAND", {"REQUEST", ""}},
    {"DISAPPROVE", {"ACCUSE", ""}},
    {"FIGHT", {"ASSAULT", ""}},
    {"INVESTIGATE", {"ACCUSE", "investigate"}},
};

std::pair<std::string_view, std::string_view> current(std::string_view type, std::string_view mode) {
    for (const auto& [old_name, now] : kRenamed)
        if (type == old_name) return {now.first, mode.empty() ? now.second : mode};
    return {type, mode};
}

std::string trimmed_lower(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

PloverMapping::PloverMapping(const RelationOntology& ontology) {
    for (const auto& r : ontology.relations()) {
        if (!r.plover || r.plover->empty()) continue;
        auto [it, added] = by_code_.emplace(*r.plover, &r);
        if (!added)
            throw Error("data/relations.json: relations " + it->second->name + " and " + r.name + " both claim PLOVER " +
                        *r.plover + "; a PLOVER type (or type/mode) maps to one relation");
    }
}

bool PloverMapping::is_event_type(std::string_view type) {
    if (std::find(std::begin(kTypes), std::end(kTypes), type) != std::end(kTypes)) return true;
    return std::any_of(std::begin(kRenamed), std::end(kRenamed), [&](const auto& r) { return r.first == type; });
}

std::string PloverMapping::code(std::string_view type, std::string_view mode) {
    const std::string lowered = trimmed_lower(mode);
    const auto [now, now_mode] = current(type, lowered);
    return now_mode.empty() ? std::string(now) : std::string(now) + "/" + std::string(now_mode);
}

const RelationInfo* PloverMapping::relation(std::string_view type, std::string_view mode) const {
    const std::string lowered = trimmed_lower(mode);
    const auto [now, now_mode] = current(type, lowered);
    if (!now_mode.empty())
        if (auto it = by_code_.find(std::string(now) + "/" + std::string(now_mode)); it != by_code_.end()) return it->second;
    if (auto it = by_code_.find(now); it != by_code_.end()) return it->second;
    return nullptr;
}

}  // namespace stancegraph
