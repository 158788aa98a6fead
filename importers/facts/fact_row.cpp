// Checking and converting fact rows.
#include "fact_row.hpp"

#include "core/text_folding.hpp"
#include "importers/entity_resolver.hpp"

#include <charconv>

namespace stancegraph {

namespace {

const std::string& required(const LocatedText& field, const SourceLocation& row, const char* name) {
    if (!field.text || field.text->empty()) {
        const SourceLocation& where = field.where.line ? field.where : row;
        throw InputError(where, std::string("missing ") + name);
    }
    return *field.text;
}

std::string entity_id(const LocatedText& field, const SourceLocation& row, const char* name, ImportContext& context) {
    const std::string& text = required(field, row, name);
    if (!is_valid_utf8(text)) throw InputError(field.where, std::string(name) + " is not valid UTF-8");
    auto id = resolve_entity(context.gazetteer, text, context.options.allow_new_entities);
    if (!id)
        throw InputError(field.where, "unknown entity \"" + text + "\" (not an id or a name stancegraph knows; " +
                                          "check `stancegraph entities find`, or give --allow-new-entities)");
    return *id;
}

std::optional<PartialDate> date(const LocatedText& field, const char* name) {
    if (!field.text || field.text->empty()) return std::nullopt;
    auto parsed = PartialDate::parse(*field.text);
    if (!parsed)
        throw InputError(field.where, std::string(name) + " \"" + *field.text +
                                          "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD, on the calendar)");
    return parsed;
}

}  // namespace

Fact make_fact(const FactRow& row, ImportContext& context, const std::string& document_id) {
    Fact fact;
    fact.source = entity_id(row.source, row.row, "source", context);
    const std::string& relation_name = required(row.relation, row.row, "relation");
    const RelationInfo* relation = context.ontology.find(relation_name);
    if (!relation)
        throw InputError(row.relation.where,
                         "unknown relation \"" + relation_name + "\" (known: " + context.ontology.relation_names() + ")");
    fact.relation = relation->id;
    fact.target = entity_id(row.target, row.row, "target", context);
    if (fact.source == fact.target)
        throw InputError(row.target.where, "source and target are the same entity (" + fact.source + ")");
    fact.valid.valid_from = date(row.valid_from, "valid_from");
    fact.valid.valid_to = date(row.valid_to, "valid_to");
    if (fact.valid.valid_from && fact.valid.valid_to && fact.valid.valid_to->first_day() <= fact.valid.valid_from->first_day())
        throw InputError(row.valid_to.where, "valid_to " + fact.valid.valid_to->to_string() + " is not after valid_from " +
                                                 fact.valid.valid_from->to_string());
    double confidence = 1.0;
    if (row.confidence.text && !row.confidence.text->empty()) {
        const std::string& text = *row.confidence.text;
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), confidence);
        // Written so that "nan", which from_chars reads, fails too.
        if (ec != std::errc() || ptr != text.data() + text.size() || !(confidence >= 0.0 && confidence <= 1.0))
            throw InputError(row.confidence.where, "confidence \"" + text + "\" is not a number from 0 to 1");
    }
    if (row.extra_evidence.empty()) {
        Evidence evidence;
        evidence.document = document_id;
        evidence.url = row.url.text.value_or("");
        evidence.text = row.evidence.text.value_or("");
        evidence.line = row.row.line;
        evidence.rule = "fact-file";
        evidence.confidence = confidence;
        if (!is_valid_utf8(evidence.text)) throw InputError(row.evidence.where, "evidence is not valid UTF-8");
        fact.evidence.push_back(std::move(evidence));
    } else {
        for (Evidence e : row.extra_evidence) {
            e.document = document_id;
            if (e.line == 0) e.line = row.row.line;
            fact.add_evidence(e);
        }
    }
    return fact;
}

}  // namespace stancegraph
