// Resolving CAMEO-coded actors.
#include "cameo_actors.hpp"

#include "cameo.hpp"

namespace stancegraph {

namespace {

// A person named in event data acts for the state the record codes ("Liam Fox", GBRGOV): a person's
// words are their state's stance (people are only the source of leader_of), so names of people are
// left to the codes.
bool actor_kind(EntityKind kind) {
    return kind == EntityKind::organisation || kind == EntityKind::group || kind == EntityKind::territory;
}

}  // namespace

const Entity* named_actor(const Gazetteer& gazetteer, std::string_view name) {
    if (name.empty()) return nullptr;
    for (const auto& match : gazetteer.find(name)) {
        if (match.name->form != NameForm::name && match.name->form != NameForm::abbreviation) continue;
        if (actor_kind(match.entity->kind)) return match.entity;
    }
    return nullptr;
}

const Entity* country_of_code(const Gazetteer& gazetteer, std::string_view cameo_code) {
    if (cameo_code.size() != 3) return nullptr;
    const std::string_view code = iso_for_cameo_country(cameo_code);
    const Entity* entity = gazetteer.by_id(code);
    if (!entity) entity = gazetteer.by_iso_code(code);
    if (!entity || (entity->kind != EntityKind::state && entity->kind != EntityKind::territory)) return nullptr;
    return entity;
}

CameoActor split_cameo_code(const Gazetteer& gazetteer, std::string_view code, std::string_view name) {
    CameoActor actor;
    actor.code = code;
    actor.name = name;
    std::size_t pos = 0;
    if (code.size() >= 3 && country_of_code(gazetteer, code.substr(0, 3))) {
        actor.country = code.substr(0, 3);
        pos = 3;
    }
    for (; pos + 3 <= code.size(); pos += 3) {
        const std::string_view part = code.substr(pos, 3);
        if (!entity_for_known_group(part).empty()) actor.known_group = part;
        else actor.roles.push_back(part);
    }
    return actor;
}

ResolvedActor CameoActorResolver::resolve(const CameoActor& actor) {
    key_.clear();
    for (std::string_view part : {actor.code, actor.name, actor.country, actor.known_group}) {
        key_.append(part);
        key_.push_back('\x1f');
    }
    key_.push_back(actor.ethnic_or_religious ? '1' : '0');
    for (std::string_view role : actor.roles) {
        key_.push_back('\x1f');
        key_.append(role);
    }
    if (auto it = cache_.find(key_); it != cache_.end()) return it->second;
    const ResolvedActor resolved = resolve_uncached(actor);
    cache_.emplace(key_, resolved);
    return resolved;
}

ResolvedActor CameoActorResolver::resolve_uncached(const CameoActor& actor) const {
    bool any_role = false;
    for (std::string_view role : actor.roles) any_role = any_role || !role.empty();
    if (actor.code.empty() && actor.name.empty() && actor.country.empty() && actor.known_group.empty() && !any_role)
        return {nullptr, ActorOutcome::missing};
    if (const Entity* named = named_actor(gazetteer_, actor.name)) return {named, ActorOutcome::entity};
    if (!actor.known_group.empty()) {
        // A known group stancegraph does not map (the Taliban, a militia) is not its country's state.
        const std::string_view id = entity_for_known_group(actor.known_group);
        const Entity* group = id.empty() ? nullptr : gazetteer_.by_id(id);
        return group ? ResolvedActor{group, ActorOutcome::entity} : ResolvedActor{nullptr, ActorOutcome::not_an_actor};
    }
    if (actor.ethnic_or_religious) return {nullptr, ActorOutcome::not_an_actor};
    const Entity* country = country_of_code(gazetteer_, actor.country);
    if (!country) return {nullptr, ActorOutcome::not_an_actor};
    for (std::string_view role : actor.roles)
        if (!role.empty() && !is_state_role(role)) return {nullptr, ActorOutcome::not_an_actor};
    return {country, ActorOutcome::entity};
}

}  // namespace stancegraph
