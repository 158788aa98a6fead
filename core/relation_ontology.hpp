// The relation ontology, loaded from data/relations.json: everything the program knows about a
// relation comes from there, so that a linguist or analyst can change it without touching C++.
#pragma once

#include "time_window.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

using RelationId = std::uint8_t;

enum class Polarity : std::int8_t { negative = -1, neutral = 0, positive = 1 };

struct DotStyle {
    std::string color;
    std::string style;
    double penwidth = 1.0;
    std::string arrowhead;
};

// A state holds from its start until something ends it; an event happens on its day (or stated
// period) and answers an "as of" question only within a window before that day.
enum class Temporal { state, event };

struct RelationFamily {
    std::string name;
    bool event_log = false;  // a later fact of the family between the same pair ends the earlier one
    Temporal temporal = Temporal::state;
    TimeWindow window;       // for events: how far back an as-of question looks by default
    std::string description;
};

struct RelationInfo {
    RelationId id = 0;
    std::string name;
    std::vector<std::string> aliases;    // other spellings it answers to ("recognises")
    std::string family;
    Polarity polarity = Polarity::neutral;
    bool symmetric = false;
    bool verbal = false;                 // a statement rather than an act (drawn dashed)
    Temporal temporal = Temporal::state; // the family's, unless the relation says otherwise
    std::vector<std::string> cameo;      // CAMEO code prefixes
    std::optional<std::string> plover;   // PLOVER event type
    std::map<std::string, std::string> labels;  // language → label
    DotStyle dot;
    std::string description;

    const std::string& label(const std::string& lang = "en") const;
};

class RelationOntology {
public:
    static RelationOntology load(const std::string& path);

    const std::vector<RelationInfo>& relations() const { return relations_; }
    const std::vector<RelationFamily>& families() const { return families_; }

    // By name or alias; nullptr when unknown.
    const RelationInfo* find(std::string_view name) const;
    // "; did you mean 'recognizes'?" for an unknown name, from the names and aliases; "" when none is near.
    std::string did_you_mean(std::string_view name) const;
    const RelationInfo& at(RelationId id) const { return relations_.at(id); }
    const RelationFamily* family(std::string_view name) const;
    const RelationFamily& family_of(RelationId id) const;
    // The relation a CAMEO event code maps to: the longest listed prefix wins; nullptr when none.
    const RelationInfo* by_cameo(std::string_view code) const;

    std::string relation_names() const;  // "recognizes, does_not_recognize, …" for messages

private:
    std::vector<RelationInfo> relations_;
    std::vector<RelationFamily> families_;
};

std::string to_string(Polarity polarity);
std::string_view to_string(Temporal temporal);

}  // namespace stancegraph
