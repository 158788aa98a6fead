// What part of the graph an export writes, chosen the same way for every format: facts in force on
// a day, of some relations or families, around one entity, above a confidence.
#pragma once

#include "core/partial_date.hpp"
#include "core/stance_graph.hpp"
#include "core/store/schema.hpp"
#include "core/store/store.hpp"
#include "core/store/stored_selection.hpp"
#include "degree_filter.hpp"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace stancegraph {

class Gazetteer;
class Store;

struct ExportOptions {
    std::optional<DayNumber> as_of;   // only facts in force then; all facts when absent
    std::optional<TimeWindow> window; // how far back events count for as_of; each family's own when absent
    std::set<std::string> relations;  // empty: all
    std::set<std::string> families;   // empty: all
    std::optional<std::string> entity;  // the neighbourhood of this entity id …
    int depth = 1;                       // … up to this many hops
    double min_confidence = 0.0;
    std::string title;
    std::string lang = "en";  // the language of entity names and labels, for formats that show them (html)
    SqlDialect dialect = SqlDialect::sqlite;
    // SQL text: drop what the file creates before creating it, so that it loads again over itself;
    // and (PostgreSQL) the schema to create everything in.
    bool sql_clean = false;
    std::string sql_schema;
    // Where the graph came from, for what it does not carry: every name of an entity (gazetteer),
    // document records and when each fact was recorded (store). Formats that write the store's
    // schema use them when set and make do without them otherwise.
    const Gazetteer* gazetteer = nullptr;
    Store* store = nullptr;
    // --top and --min-degree: applied by wrapping the rows (DegreeFilteredRows) where they are read.
    DegreeCut cut;
    // Where a format says what it chose for the user (DOT: a layout for a large graph); unset: silent.
    std::function<void(const std::string&)> note;
};

struct Selection {
    std::vector<FactIndex> facts;  // in fact order
    std::vector<Vertex> vertices;  // the entities those facts touch (and the chosen entity), in vertex order
};

// Throws UsageError for an unknown relation, family or entity.
Selection select(const StanceGraph& graph, const ExportOptions& options);

// What of the store an export needs loaded for select(): with --relations or --families, the facts of
// those relations' whole families (a later withdrawal ends a recognition as of a date), else everything.
GraphSelection store_selection(const ExportOptions& options, const RelationOntology& ontology);

// The same choice made by SQL in the store (stored_selection.hpp). Throws UsageError for an unknown
// relation or family.
StoredFilter stored_filter(const RelationOntology& ontology, const ExportOptions& options);

}  // namespace stancegraph
