// The gazetteer: every entity stancegraph knows, indexed by id, ISO code and folded name, so that a
// name in any script ("كازاخستان", "Казахстан", "Kazakhstan") finds the same entity.
#pragma once

#include "entity.hpp"

#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stancegraph {

struct GazetteerMatch {
    const Entity* entity;
    const EntityName* name;  // the name that matched; nullptr when matched by id or code
};

class Gazetteer {
public:
    Gazetteer() = default;
    Gazetteer(const Gazetteer&) = delete;
    Gazetteer& operator=(const Gazetteer&) = delete;
    Gazetteer(Gazetteer&&) = default;
    Gazetteer& operator=(Gazetteer&&) = default;

    // Adds an entity, or merges it into the one with the same id: names, codes, claims and roles are
    // added; kind, name and part_of are replaced when the new record sets them.
    const Entity& add(Entity entity);

    const Entity* by_id(std::string_view id) const;
    const Entity* by_iso_code(std::string_view code) const;  // alpha-2 or alpha-3, any case

    // Every entity with a name whose key equals the key of `name`, best first: states before
    // territories, organisations, groups, regions and people; own names before demonyms and capitals.
    std::vector<GazetteerMatch> find(std::string_view name) const;

    // "; did you mean 'Kazakhstan (KAZ)'?" for a name nothing matches: the entities whose names are a
    // few edits from it once folded; "" when none is near.
    std::string did_you_mean(std::string_view name) const;

    // An id, an ISO code or a name → the best entity; nullptr when nothing matches.
    const Entity* resolve(std::string_view id_or_name) const;

    std::size_t size() const { return entities_.size(); }
    const std::deque<Entity>& entities() const { return entities_; }

    // Every indexed key with the entity and name it comes from, for building matchers.
    void for_each_name(const std::function<void(const std::string& key, const Entity&, const EntityName&)>& visit) const;

private:
    struct NameRef {
        std::uint32_t entity;
        std::uint32_t name;
    };
    void index_name(std::uint32_t entity, std::uint32_t name);

    std::deque<Entity> entities_;
    std::unordered_map<std::string, std::uint32_t> by_id_;
    std::unordered_map<std::string, std::uint32_t> by_code_;
    std::unordered_map<std::string, std::vector<NameRef>> by_key_;
};

int kind_rank(EntityKind kind);

}  // namespace stancegraph
