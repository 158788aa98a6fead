// Indexing and looking up entities by id, code and folded name.
#include "gazetteer.hpp"

#include "spelling.hpp"
#include "text_folding.hpp"

#include <algorithm>
#include <cctype>

namespace stancegraph {

namespace {

std::string upper_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

int form_rank(NameForm form) {
    switch (form) {
        case NameForm::name: return 0;
        case NameForm::abbreviation: return 1;
        case NameForm::demonym: return 2;
        case NameForm::capital: return 3;
    }
    return 4;
}

}  // namespace

int kind_rank(EntityKind kind) {
    switch (kind) {
        case EntityKind::state: return 0;
        case EntityKind::territory: return 1;
        case EntityKind::organisation: return 2;
        case EntityKind::group: return 3;
        case EntityKind::region: return 4;
        case EntityKind::person: return 5;
        case EntityKind::other: return 6;
    }
    return 7;
}

const Entity& Gazetteer::add(Entity entity) {
    auto found = by_id_.find(entity.id);
    std::uint32_t index;
    std::size_t first_new_name;
    if (found == by_id_.end()) {
        index = static_cast<std::uint32_t>(entities_.size());
        by_id_.emplace(entity.id, index);
        std::vector<EntityName> names = std::move(entity.names);
        entities_.push_back(std::move(entity));
        Entity& added = entities_.back();
        // The common name is an English name, unless the record already gives it in some language.
        const bool named = std::any_of(names.begin(), names.end(), [&](const EntityName& n) { return n.text == added.name; });
        if (!added.name.empty() && !named) added.add_name({"en", added.name, NameForm::name});
        for (auto& n : names) added.add_name(std::move(n));
        first_new_name = 0;
    } else {
        index = found->second;
        Entity& existing = entities_[index];
        first_new_name = existing.names.size();
        if (entity.kind != EntityKind::other) existing.kind = entity.kind;
        if (!entity.name.empty()) {
            existing.name = entity.name;
            existing.add_name({"en", entity.name, NameForm::name});
        }
        for (auto& n : entity.names) existing.add_name(std::move(n));
        if (!entity.part_of.empty()) existing.part_of = entity.part_of;
        if (existing.iso_alpha2.empty()) existing.iso_alpha2 = entity.iso_alpha2;
        if (existing.iso_alpha3.empty()) existing.iso_alpha3 = entity.iso_alpha3;
        if (existing.qid.empty()) existing.qid = entity.qid;
        for (auto& c : entity.claimed_by)
            if (std::find(existing.claimed_by.begin(), existing.claimed_by.end(), c) == existing.claimed_by.end())
                existing.claimed_by.push_back(std::move(c));
        for (auto& r : entity.roles) existing.roles.push_back(std::move(r));
    }
    Entity& stored = entities_[index];
    if (!stored.iso_alpha2.empty()) by_code_.emplace(stored.iso_alpha2, index);
    if (!stored.iso_alpha3.empty()) by_code_.emplace(stored.iso_alpha3, index);
    for (std::size_t i = first_new_name; i < stored.names.size(); ++i) index_name(index, static_cast<std::uint32_t>(i));
    return stored;
}

void Gazetteer::index_name(std::uint32_t entity, std::uint32_t name) {
    const std::string key = name_key(entities_[entity].names[name].text);
    if (key.empty()) return;
    auto& refs = by_key_[key];
    refs.push_back({entity, name});
}

const Entity* Gazetteer::by_id(std::string_view id) const {
    auto it = by_id_.find(std::string(id));
    return it == by_id_.end() ? nullptr : &entities_[it->second];
}

const Entity* Gazetteer::by_iso_code(std::string_view code) const {
    if (code.size() != 2 && code.size() != 3) return nullptr;
    auto it = by_code_.find(upper_ascii(code));
    return it == by_code_.end() ? nullptr : &entities_[it->second];
}

std::vector<GazetteerMatch> Gazetteer::find(std::string_view name) const {
    std::vector<GazetteerMatch> matches;
    auto it = by_key_.find(name_key(name));
    if (it == by_key_.end()) return matches;
    for (const auto& ref : it->second) {
        const Entity& e = entities_[ref.entity];
        const EntityName& n = e.names[ref.name];
        auto same = std::find_if(matches.begin(), matches.end(), [&](const GazetteerMatch& m) { return m.entity == &e; });
        if (same == matches.end()) matches.push_back({&e, &n});
        else if (form_rank(n.form) < form_rank(same->name->form)) same->name = &n;
    }
    std::stable_sort(matches.begin(), matches.end(), [](const GazetteerMatch& a, const GazetteerMatch& b) {
        const int fa = form_rank(a.name->form), fb = form_rank(b.name->form);
        if (fa != fb) return fa < fb;
        return kind_rank(a.entity->kind) < kind_rank(b.entity->kind);
    });
    return matches;
}

const Entity* Gazetteer::resolve(std::string_view id_or_name) const {
    if (const Entity* e = by_id(id_or_name)) return e;
    if (const Entity* e = by_iso_code(id_or_name)) return e;
    auto matches = find(id_or_name);
    return matches.empty() ? nullptr : matches.front().entity;
}

std::string Gazetteer::did_you_mean(std::string_view name) const {
    Suggestions suggestions(name_key(name));
    for (const auto& [key, refs] : by_key_)
        for (const auto& ref : refs) {
            const Entity& e = entities_[ref.entity];
            suggestions.consider(key, e.name + " (" + e.id + ")");
        }
    return suggestions.did_you_mean();
}

void Gazetteer::for_each_name(
    const std::function<void(const std::string& key, const Entity&, const EntityName&)>& visit) const {
    for (const auto& [key, refs] : by_key_)
        for (const auto& ref : refs) visit(key, entities_[ref.entity], entities_[ref.entity].names[ref.name]);
}

}  // namespace stancegraph
