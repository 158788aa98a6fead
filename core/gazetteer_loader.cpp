// Loading entity names from iso-codes, ICU and data/entities/.
#include "gazetteer_loader.hpp"

#include "error.hpp"
#include "json.hpp"

#include <unicode/locid.h>
#include <unicode/putil.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include <algorithm>
#include <filesystem>
#include <memory>

namespace stancegraph {

namespace {

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// "Korea, Republic of" → "Republic of Korea"; "Congo, The Democratic Republic of the" →
// "Democratic Republic of the Congo". Other names with commas are left alone.
std::string uninvert(const std::string& name) {
    const auto comma = name.find(", ");
    if (comma == std::string::npos) return {};
    std::string head = name.substr(comma + 2);
    const std::string tail = name.substr(0, comma);
    const bool ends_with_of = head.ends_with(" of") || head.ends_with(" of the");
    if (!ends_with_of) return {};
    if (head.starts_with("The ")) head = head.substr(4);
    return head + " " + tail;
}

// ICU's English display names use "&", "St." and qualifiers ("Congo - Brazzaville", "Myanmar (Burma)")
// that make poor common names; iso-codes' common or short name is used then.
bool is_plain_display_name(const std::string& name) {
    return name.find('&') == std::string::npos && name.find(" - ") == std::string::npos &&
           name.find('(') == std::string::npos && name.find("St. ") == std::string::npos &&
           name.find("SAR") == std::string::npos;
}

struct ResourceBundleCloser {
    void operator()(UResourceBundle* bundle) const { ures_close(bundle); }
};
using ResourceBundle = std::unique_ptr<UResourceBundle, ResourceBundleCloser>;

// The alternative country names CLDR keeps ("Countries%variant": Ivory Coast, Czech Republic;
// "Countries%short": UK, US, Palestine) in a language's region bundle.
std::vector<std::pair<std::string, std::string>> icu_alternative_names(const std::string& lang) {
    std::vector<std::pair<std::string, std::string>> out;
    UErrorCode status = U_ZERO_ERROR;
    ResourceBundle bundle(ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region", lang.c_str(), &status));
    if (U_FAILURE(status)) return out;
    for (const char* table : {"Countries%variant", "Countries%short"}) {
        UErrorCode table_status = U_ZERO_ERROR;
        ResourceBundle entries(ures_getByKey(bundle.get(), table, nullptr, &table_status));
        if (U_FAILURE(table_status)) continue;
        while (ures_hasNext(entries.get())) {
            UErrorCode item_status = U_ZERO_ERROR;
            const char* code = nullptr;
            int32_t length = 0;
            const UChar* text = ures_getNextString(entries.get(), &length, &code, &item_status);
            if (U_SUCCESS(item_status) && code) out.emplace_back(code, to_utf8(icu::UnicodeString(text, length)));
        }
    }
    return out;
}

std::optional<PartialDate> optional_date(const JsonValue& object, std::string_view key, const std::string& where) {
    auto text = object.get_string(key);
    if (!text || text->empty()) return std::nullopt;
    auto date = PartialDate::parse(*text);
    if (!date) throw Error(where + ": \"" + std::string(key) + "\" is not a date: " + *text);
    return date;
}

void add_names(Entity& entity, const JsonValue& object, std::string_view key, NameForm form, const std::string& where) {
    auto table = object.get(key);
    if (!table) return;
    if (!table->is_object()) throw Error(where + ": \"" + std::string(key) + "\" must map languages to lists of names");
    for (const auto& [lang, list] : table->members()) {
        if (list.is_string()) {
            entity.add_name({std::string(lang), std::string(list.as_string()), form});
            continue;
        }
        if (!list.is_array()) throw Error(where + ": \"" + std::string(key) + "\"." + std::string(lang) + " must be a list");
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!list.at(i).is_string()) throw Error(where + ": names must be strings");
            entity.add_name({std::string(lang), std::string(list.at(i).as_string()), form});
        }
    }
}

}  // namespace

const std::vector<std::string>& icu_name_languages() {
    static const std::vector<std::string> languages{"ar", "en", "ru", "fr", "es", "de", "zh", "fa", "tr"};
    return languages;
}

void add_iso_countries(Gazetteer& gazetteer, const std::string& iso_codes_dir) {
    const std::string path = iso_codes_dir + "/iso_3166-1.json";
    const JsonDocument document = JsonDocument::parse_file(path);
    auto list = document.root().get("3166-1");
    if (!list || !list->is_array()) throw Error(path + ": no \"3166-1\" list");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const JsonValue record = list->at(i);
        Entity entity;
        entity.iso_alpha2 = record.get_string("alpha_2").value_or("");
        entity.iso_alpha3 = record.get_string("alpha_3").value_or("");
        if (entity.iso_alpha3.empty()) continue;
        entity.id = entity.iso_alpha3;
        entity.kind = EntityKind::state;
        const std::string iso_name = record.get_string("name").value_or("");
        const auto common = record.get_string("common_name");
        const auto official = record.get_string("official_name");

        icu::UnicodeString display;
        icu::Locale("", entity.iso_alpha2.c_str()).getDisplayCountry(icu::Locale("en"), display);
        const std::string icu_name = to_utf8(display);
        if (common) entity.name = *common;
        else if (!icu_name.empty() && icu_name != entity.iso_alpha2 && is_plain_display_name(icu_name)) entity.name = icu_name;
        else entity.name = iso_name;

        for (const auto& n : {std::optional<std::string>(iso_name), common, official}) {
            if (!n) continue;
            entity.add_name({"en", *n, NameForm::name});
            entity.add_name({"en", uninvert(*n), NameForm::name});
        }
        gazetteer.add(std::move(entity));
    }
}

void add_iso_regions(Gazetteer& gazetteer, const std::string& iso_codes_dir) {
    const std::string path = iso_codes_dir + "/iso_3166-2.json";
    const JsonDocument document = JsonDocument::parse_file(path);
    auto list = document.root().get("3166-2");
    if (!list || !list->is_array()) throw Error(path + ": no \"3166-2\" list");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const JsonValue record = list->at(i);
        Entity entity;
        entity.id = record.get_string("code").value_or("");
        entity.name = record.get_string("name").value_or("");
        if (entity.id.size() < 4 || entity.name.empty()) continue;
        entity.kind = EntityKind::region;
        // iso-codes names regions in local romanizations; the language is not English, and the
        // article matcher only uses names whose language it knows (curated ones).
        entity.names.push_back({"", entity.name, NameForm::name});
        if (auto parent = record.get_string("parent"); parent && !parent->empty())
            entity.part_of = parent->find('-') == std::string::npos ? entity.id.substr(0, 3) + *parent : *parent;
        else if (const Entity* country = gazetteer.by_iso_code(entity.id.substr(0, 2)))
            entity.part_of = country->id;
        gazetteer.add(std::move(entity));
    }
}

void add_icu_names(Gazetteer& gazetteer) {
    std::vector<std::pair<std::string, std::vector<EntityName>>> additions;
    std::unordered_map<std::string, std::vector<EntityName>> alternatives;  // alpha-2 → names
    for (const auto& lang : icu_name_languages())
        for (auto& [code, name] : icu_alternative_names(lang)) alternatives[code].push_back({lang, name, NameForm::name});
    for (const auto& entity : gazetteer.entities()) {
        if (entity.iso_alpha2.size() != 2) continue;
        std::vector<EntityName> names;
        const icu::Locale region("", entity.iso_alpha2.c_str());
        for (const auto& lang : icu_name_languages()) {
            icu::UnicodeString display;
            region.getDisplayCountry(icu::Locale(lang.c_str()), display);
            const std::string text = to_utf8(display);
            if (!text.empty() && text != entity.iso_alpha2) names.push_back({lang, text, NameForm::name});
        }
        if (auto it = alternatives.find(entity.iso_alpha2); it != alternatives.end())
            names.insert(names.end(), it->second.begin(), it->second.end());
        additions.emplace_back(entity.id, std::move(names));
    }
    for (auto& [id, names] : additions) {
        Entity update;
        update.id = id;
        update.names = std::move(names);
        gazetteer.add(std::move(update));
    }
}

void add_curated_entities(Gazetteer& gazetteer, const std::string& path) {
    const JsonDocument document = JsonDocument::parse_file(path);
    auto list = document.root().get("entities");
    if (!list || !list->is_array()) throw Error(path + ": needs an \"entities\" list");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const JsonValue record = list->at(i);
        std::string where = path + ": entity " + std::to_string(i + 1);
        try {
            Entity entity;
            entity.id = record.get_string("id").value_or("");
            if (entity.id.empty()) throw Error(where + ": missing \"id\"");
            where += " (" + entity.id + ")";
            const bool known = gazetteer.by_id(entity.id) != nullptr;
            if (auto kind = record.get_string("kind")) {
                auto parsed = parse_entity_kind(*kind);
                if (!parsed) throw Error(where + ": unknown kind " + *kind);
                entity.kind = *parsed;
            } else if (!known) {
                throw Error(where + ": a new entity needs a \"kind\"");
            }
            entity.name = record.get_string("name").value_or("");
            if (entity.name.empty() && !known) throw Error(where + ": a new entity needs a \"name\"");
            entity.iso_alpha2 = record.get_string("iso_alpha2").value_or("");
            entity.iso_alpha3 = record.get_string("iso_alpha3").value_or("");
            entity.qid = record.get_string("qid").value_or("");
            entity.part_of = record.get_string("part_of").value_or("");
            if (auto claims = record.get("claimed_by"); claims && claims->is_array())
                for (std::size_t k = 0; k < claims->size(); ++k) entity.claimed_by.emplace_back(claims->at(k).as_string());
            add_names(entity, record, "names", NameForm::name, where);
            add_names(entity, record, "abbreviations", NameForm::abbreviation, where);
            add_names(entity, record, "demonyms", NameForm::demonym, where);
            add_names(entity, record, "capitals", NameForm::capital, where);
            // Seats and offices of government ("the Kremlin", "the State Department") stand for
            // their state as its capital does ("Moscow said").
            add_names(entity, record, "institutions", NameForm::capital, where);
            if (auto roles = record.get("roles"); roles && roles->is_array()) {
                for (std::size_t k = 0; k < roles->size(); ++k) {
                    const JsonValue r = roles->at(k);
                    Role role;
                    role.relation = r.get_string("relation").value_or("leader_of");
                    role.target = r.get_string("target").value_or("");
                    role.title = r.get_string("title").value_or("");
                    role.from = optional_date(r, "from", where);
                    role.to = optional_date(r, "to", where);
                    if (role.target.empty()) throw Error(where + ": a role needs a \"target\"");
                    entity.roles.push_back(std::move(role));
                }
            }
            gazetteer.add(std::move(entity));
        } catch (const std::invalid_argument& e) {
            throw Error(where + ": " + e.what());
        }
    }
}

void check_references(const Gazetteer& gazetteer) {
    for (const auto& e : gazetteer.entities()) {
        auto check = [&](const std::string& id, const char* what) {
            if (!id.empty() && !gazetteer.by_id(id))
                throw Error("entity " + e.id + ": " + what + " names an unknown entity: " + id);
        };
        check(e.part_of, "part_of");
        for (const auto& c : e.claimed_by) check(c, "claimed_by");
        for (const auto& r : e.roles) check(r.target, "a role");
    }
}

Gazetteer load_gazetteer(const DataPaths& paths) {
    Gazetteer gazetteer;
    add_iso_countries(gazetteer, paths.iso_codes_dir);
    add_iso_regions(gazetteer, paths.iso_codes_dir);
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& item : std::filesystem::recursive_directory_iterator(paths.entities_dir(), ec))
        if (item.is_regular_file() && item.path().extension() == ".json") files.push_back(item.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) add_curated_entities(gazetteer, file.string());
    add_icu_names(gazetteer);
    check_references(gazetteer);
    return gazetteer;
}

}  // namespace stancegraph
