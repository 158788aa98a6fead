// Entity kinds, name forms and small helpers.
#include "entity.hpp"

#include "text_folding.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace stancegraph {

namespace {
constexpr std::array<std::pair<EntityKind, std::string_view>, 7> kKinds{{
    {EntityKind::state, "state"},
    {EntityKind::territory, "territory"},
    {EntityKind::region, "region"},
    {EntityKind::organisation, "organisation"},
    {EntityKind::group, "group"},
    {EntityKind::person, "person"},
    {EntityKind::other, "other"},
}};
constexpr std::array<std::pair<NameForm, std::string_view>, 4> kForms{{
    {NameForm::name, "name"},
    {NameForm::abbreviation, "abbreviation"},
    {NameForm::demonym, "demonym"},
    {NameForm::capital, "capital"},
}};
}  // namespace

std::string_view to_string(EntityKind kind) {
    for (const auto& [k, name] : kKinds)
        if (k == kind) return name;
    return "other";
}

std::optional<EntityKind> parse_entity_kind(std::string_view text) {
    for (const auto& [k, name] : kKinds)
        if (name == text) return k;
    return std::nullopt;
}

std::string_view to_string(NameForm form) {
    for (const auto& [f, name] : kForms)
        if (f == form) return name;
    return "name";
}

std::optional<NameForm> parse_name_form(std::string_view text) {
    for (const auto& [f, name] : kForms)
        if (name == text) return f;
    return std::nullopt;
}

bool Role::holds_on(DayNumber day) const {
    return (!from || from->first_day() <= day) && (!to || day < to->first_day());
}

void Entity::add_name(EntityName entity_name) {
    if (entity_name.text.empty()) return;
    if (std::find(names.begin(), names.end(), entity_name) == names.end()) names.push_back(std::move(entity_name));
}

const std::string& Entity::name_in(std::string_view lang) const {
    for (const auto& n : names)
        if (n.lang == lang && n.form == NameForm::name) return n.text;
    return name;
}

std::string slugify(std::string_view name) {
    std::string slug = name_key(name);
    std::replace(slug.begin(), slug.end(), ' ', '-');
    return slug.empty() ? std::string("entity") : slug;
}

}  // namespace stancegraph
