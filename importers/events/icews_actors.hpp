// Turning ICEWS actors (a name, a list of sectors, a country name) into gazetteer entities: a
// person, organisation, movement, territory or state the gazetteer knows by the actor's name;
// else the state of the actor's country when its sectors say it is that state's national
// government (not a province, a city, the opposition, rebels or criminals).
#pragma once

#include "cameo_actors.hpp"
#include "core/gazetteer.hpp"

#include <string>
#include <string_view>
#include <unordered_map>

namespace stancegraph {

// The state or territory an ICEWS country name stands for ("Russian Federation", "Occupied
// Palestinian Territory"); nullptr when unknown.
const Entity* icews_country(const Gazetteer& gazetteer, std::string_view name);

// True when ICEWS sectors ("Government,Executive,Foreign Ministry") describe the national government.
bool is_national_government(std::string_view sectors);

class IcewsActorResolver {
public:
    explicit IcewsActorResolver(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}
    ResolvedActor resolve(std::string_view name, std::string_view sectors, std::string_view country);

private:
    ResolvedActor resolve_uncached(std::string_view name, std::string_view sectors, std::string_view country) const;

    const Gazetteer& gazetteer_;
    std::unordered_map<std::string, ResolvedActor> cache_;
    std::string key_;
};

}  // namespace stancegraph
