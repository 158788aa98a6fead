// Loading and validating data/relations.json.
#include "relation_ontology.hpp"

#include "error.hpp"
#include "json.hpp"
#include "spelling.hpp"
#include "text_folding.hpp"

#include <algorithm>

namespace stancegraph {

namespace {

std::string required_string(const JsonValue& object, std::string_view key, const std::string& where) {
    auto value = object.get_string(key);
    if (!value || value->empty()) throw Error(where + ": missing \"" + std::string(key) + "\"");
    return *value;
}

Polarity parse_polarity(const std::string& text, const std::string& where) {
    if (text == "positive") return Polarity::positive;
    if (text == "negative") return Polarity::negative;
    if (text == "neutral") return Polarity::neutral;
    throw Error(where + ": polarity must be positive, negative or neutral, not " + text);
}

Temporal parse_temporal(const JsonValue& object, Temporal fallback, const std::string& where) {
    auto text = object.get_string("temporal");
    if (!text) return fallback;
    if (*text == "state") return Temporal::state;
    if (*text == "event") return Temporal::event;
    throw Error(where + ": temporal must be state or event, not " + *text);
}

}  // namespace

const std::string& RelationInfo::label(const std::string& lang) const {
    auto it = labels.find(lang);
    if (it == labels.end()) it = labels.find("en");
    return it == labels.end() ? name : it->second;
}

RelationOntology RelationOntology::load(const std::string& path) {
    RelationOntology ontology;
    const JsonDocument document = JsonDocument::parse_file(path);
    const JsonValue root = document.root();
    try {
        const auto families = root.get("families");
        const auto relations = root.get("relations");
        if (!families || !families->is_array() || !relations || !relations->is_array())
            throw Error(path + ": needs the arrays \"families\" and \"relations\"");
        for (std::size_t i = 0; i < families->size(); ++i) {
            const JsonValue f = families->at(i);
            const std::string where = path + ": family " + std::to_string(i + 1);
            RelationFamily family;
            family.name = required_string(f, "name", where);
            auto log = f.get("event_log");
            family.event_log = log && log->is_bool() && log->as_bool();
            family.description = f.get_string("description").value_or("");
            family.temporal = parse_temporal(f, Temporal::state, where);
            if (auto window = f.get_string("window")) {
                auto parsed = TimeWindow::parse(*window);
                if (!parsed) throw Error(where + ": window must be like 1y, 6m or 30d, not " + *window);
                family.window = *parsed;
            } else if (family.temporal == Temporal::event) {
                throw Error(where + ": an event family needs a window (1y, 6m, 30d)");
            }
            if (family.event_log && family.temporal == Temporal::event)
                throw Error(where + ": an event log is a state family (its facts hold until the next one)");
            ontology.families_.push_back(std::move(family));
        }
        if (relations->size() > 255) throw Error(path + ": more than 255 relations");
        for (std::size_t i = 0; i < relations->size(); ++i) {
            const JsonValue r = relations->at(i);
            RelationInfo info;
            info.id = static_cast<RelationId>(i);
            info.name = required_string(r, "name", path + ": relation " + std::to_string(i + 1));
            const std::string where = path + ": relation " + info.name;
            if (ontology.find(info.name)) throw Error(where + " is listed twice");
            if (auto aliases = r.get("aliases"); aliases && aliases->is_array())
                for (std::size_t k = 0; k < aliases->size(); ++k) {
                    std::string alias(aliases->at(k).as_string());
                    if (ontology.find(alias)) throw Error(where + ": alias " + alias + " is already a relation's name or alias");
                    info.aliases.push_back(std::move(alias));
                }
            info.family = required_string(r, "family", where);
            if (!ontology.family(info.family)) throw Error(where + ": unknown family " + info.family);
            info.polarity = parse_polarity(required_string(r, "polarity", where), where);
            if (auto s = r.get("symmetric"); s && s->is_bool()) info.symmetric = s->as_bool();
            if (auto v = r.get("verbal"); v && v->is_bool()) info.verbal = v->as_bool();
            info.temporal = parse_temporal(r, ontology.family(info.family)->temporal, where);
            if (auto cameo = r.get("cameo"); cameo && cameo->is_array())
                for (std::size_t k = 0; k < cameo->size(); ++k) info.cameo.emplace_back(cameo->at(k).as_string());
            info.plover = r.get_string("plover");
            if (auto labels = r.get("label"); labels && labels->is_object())
                for (const auto& [lang, text] : labels->members()) info.labels[std::string(lang)] = std::string(text.as_string());
            if (auto dot = r.get("dot"); dot && dot->is_object()) {
                info.dot.color = dot->get_string("color").value_or("black");
                info.dot.style = dot->get_string("style").value_or("solid");
                info.dot.arrowhead = dot->get_string("arrowhead").value_or("normal");
                if (auto w = dot->get("penwidth"); w && w->is_number()) info.dot.penwidth = w->as_double();
            }
            info.description = r.get_string("description").value_or("");
            ontology.relations_.push_back(std::move(info));
        }
    } catch (const std::invalid_argument& e) {
        throw Error(path + ": " + e.what());
    }
    return ontology;
}

const RelationInfo* RelationOntology::find(std::string_view name) const {
    for (const auto& r : relations_)
        if (r.name == name || std::find(r.aliases.begin(), r.aliases.end(), name) != r.aliases.end()) return &r;
    return nullptr;
}

std::string RelationOntology::did_you_mean(std::string_view name) const {
    // Spaces and hyphens for underscores, any case: "Does not recognize" is a typo too.
    std::string key = fold(name);
    std::replace(key.begin(), key.end(), ' ', '_');
    std::replace(key.begin(), key.end(), '-', '_');
    Suggestions suggestions(key);
    for (const auto& r : relations_) {
        suggestions.consider(r.name, r.name);
        for (const auto& alias : r.aliases) suggestions.consider(alias, r.name);
    }
    return suggestions.did_you_mean();
}

const RelationFamily* RelationOntology::family(std::string_view name) const {
    for (const auto& f : families_)
        if (f.name == name) return &f;
    return nullptr;
}

const RelationFamily& RelationOntology::family_of(RelationId id) const { return *family(relations_.at(id).family); }

const RelationInfo* RelationOntology::by_cameo(std::string_view code) const {
    const RelationInfo* best = nullptr;
    std::size_t best_length = 0;
    for (const auto& r : relations_)
        for (const auto& prefix : r.cameo)
            if (prefix.size() > best_length && code.substr(0, prefix.size()) == prefix) {
                best = &r;
                best_length = prefix.size();
            }
    return best;
}

std::string RelationOntology::relation_names() const {
    std::string out;
    for (const auto& r : relations_) out += (out.empty() ? "" : ", ") + r.name;
    return out;
}

std::string_view to_string(Temporal temporal) { return temporal == Temporal::event ? "event" : "state"; }

std::string to_string(Polarity polarity) {
    switch (polarity) {
        case Polarity::positive: return "positive";
        case Polarity::negative: return "negative";
        case Polarity::neutral: return "neutral";
    }
    return "neutral";
}

}  // namespace stancegraph
