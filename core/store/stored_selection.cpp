// Selecting the store's facts in SQL and reading them as rows.
#include "stored_selection.hpp"

#include "../canonical_order.hpp"
#include "../error.hpp"
#include "evidence_columns.hpp"
#include "store.hpp"
#include "temporary_table.hpp"
#include "views.hpp"

#include <algorithm>
#include <limits>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace stancegraph {

namespace {

// The relations of event-log families, as StanceGraph::effective_end reads them: a later fact of
// another relation of the family between the same pair (either way round when symmetric) ends a fact.
using EventLogRow = std::tuple<std::string, std::string, int>;  // relation, family, symmetric

std::vector<EventLogRow> event_log_relations(const RelationOntology& ontology) {
    std::vector<EventLogRow> rows;
    for (const auto& r : ontology.relations())
        if (ontology.family_of(r.id).event_log) rows.emplace_back(r.name, r.family, r.symmetric ? 1 : 0);
    return rows;
}

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

// In an event-log family, the start of the next fact of another relation of the family between the
// pair (either way round when symmetric): with valid_to, what ends a fact (StanceGraph::effective_end).
// NULL for other relations or when none follows. The rest of the end is found in C++ (until_of).
std::string next_change_day(const RelationOntology& ontology, SqlDialect dialect) {
    auto start_day = [&](const std::string& fact) { return known_start_day_sql(dialect, fact); };
    std::string next_change;
    for (const auto& r : ontology.relations()) {
        if (!ontology.family_of(r.id).event_log) continue;
        std::string others;
        for (const auto& o : ontology.relations())
            if (o.family == r.family && o.name != r.name) others += (others.empty() ? "" : ", ") + quoted(o.name);
        if (others.empty()) continue;
        const std::string pair = r.symmetric ? "((n.source_id = f.source_id AND n.target_id = f.target_id) OR "
                                               "(n.source_id = f.target_id AND n.target_id = f.source_id))"
                                             : "n.source_id = f.source_id AND n.target_id = f.target_id";
        next_change += " WHEN " + quoted(r.name) + " THEN (SELECT MIN(" + start_day("n") + ") FROM facts n WHERE " + pair +
                       " AND n.relation IN (" + others + ") AND " + start_day("n") + " > " + start_day("f") + ")";
    }
    return next_change.empty() ? std::string("NULL") : "(CASE f.relation" + next_change + " END)";
}

// A fact's derived end as StanceGraph::effective_end gives it, as a day, or "" when open: an event's
// period end; else the earlier of valid_to and the next change of its event log.
std::string until_of(const RelationInfo& relation, std::string_view valid_from, std::string_view valid_to,
                     const sql::Column& next_change, const sql::Column& known_from) {
    Interval interval;
    interval.valid_from = PartialDate::parse(valid_from);
    interval.valid_to = PartialDate::parse(valid_to);
    if (!known_from.isNull())
        if (auto day = PartialDate::parse(known_from.getView())) interval.known_from = day->first_day();
    if (relation.temporal == Temporal::event) {
        const DayNumber end = interval.period_end();
        return end == std::numeric_limits<DayNumber>::min() ? std::string() : day_to_string(end);
    }
    std::string to = interval.valid_to ? day_to_string(interval.valid_to->first_day()) : std::string();
    if (next_change.isNull()) return to;
    const std::string next(next_change.getView());  // ISO days: text order is date order
    return to.empty() || next < to ? next : to;
}

// A fact f is ended by a fact n of the pair that starts after it, no later than the day.
std::string not_ended_by_later_fact(bool reversed, SqlDialect dialect) {
    auto start_day = [&](const std::string& fact) { return known_start_day_sql(dialect, fact); };
    const std::string pair = reversed ? "n.source_id = f.target_id AND n.relation = nr.name AND n.target_id = f.source_id"
                                      : "n.source_id = f.source_id AND n.relation = nr.name AND n.target_id = f.target_id";
    return " AND NOT EXISTS (SELECT 1 FROM export_event_log r"
           " JOIN export_event_log nr ON nr.family = r.family AND nr.name <> r.name"
           " JOIN facts n ON " + pair +
           " WHERE r.name = f.relation" + (reversed ? std::string(" AND r.\"symmetric\" = 1") : std::string()) +
           " AND " + start_day("n") + " <= :as_of AND " + start_day("n") + " > " + start_day("f") + ")";
}

}  // namespace

StoredSelection::StoredSelection(Store& store, const RelationOntology& ontology, StoredFilter filter)
    : db_(store.database()), snapshot_(db_), ontology_(ontology), filter_(std::move(filter)), path_(store.path()) {
    try {
        prepare_filter();
        if (filter_.entity) walk_neighbourhood();
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
}

const TimeWindow& StoredSelection::window_for(const RelationInfo& relation) const {
    return filter_.window ? *filter_.window : ontology_.family_of(relation.id).window;
}

void StoredSelection::prepare_filter() {
    if (!filter_.relations.empty()) {
        refill_temporary_table(db_, "export_relations", "name TEXT PRIMARY KEY", "?", filter_.relations,
                               [](sql::Statement& add, const std::string& name) { add.bind(1, name); });
        conditions_ += " AND f.relation IN (SELECT name FROM export_relations)";
    }
    if (filter_.as_of) {
        as_of_text_ = day_to_string(*filter_.as_of);
        refill_temporary_table(db_, "export_event_log", "name TEXT PRIMARY KEY, family TEXT, \"symmetric\" INTEGER", "?, ?, ?",
                               event_log_relations(ontology_), [](sql::Statement& add, const EventLogRow& row) {
                                   add.bind(1, std::get<0>(row));
                                   add.bind(2, std::get<1>(row));
                                   add.bind(3, std::get<2>(row));
                               });
        // Events answer until their window has passed since their period ended: the horizon of each
        // event relation for the day, computed here by the calendar as StanceGraph::in_force does.
        std::vector<std::pair<std::string, std::string>> horizons;
        for (const auto& r : ontology_.relations())
            if (r.temporal == Temporal::event)
                horizons.emplace_back(r.name, day_to_string(window_for(r).horizon(*filter_.as_of)));
        refill_temporary_table(db_, "export_event_horizon", std::string("name TEXT PRIMARY KEY, horizon ") + (db_.dialect() == SqlDialect::postgres ? "DATE" : "TEXT"), "?, ?", horizons,
                               [](sql::Statement& add, const std::pair<std::string, std::string>& row) {
                                   add.bind(1, row.first);
                                   add.bind(2, row.second);
                               });
        // Days are ISO text, so text order is date order; a NULL end is after every day.
        conditions_ += " AND " + start_day("f") + " <= :as_of AND CASE WHEN f.relation IN (SELECT name FROM export_event_horizon) THEN " +
                       period_end_day("f") + " > (SELECT h.horizon FROM export_event_horizon h WHERE h.name = f.relation)" +
                       " ELSE (f.valid_to_day IS NULL OR f.valid_to_day > :as_of) END";
        conditions_ += not_ended_by_later_fact(false, db_.dialect()) + not_ended_by_later_fact(true, db_.dialect());
    }
    // each_fact computes the confidence anyway and filters on it; only the other queries need this.
    if (filter_.min_confidence > 0.0)
        confidence_condition_ = " AND COALESCE((SELECT MAX(x.confidence) FROM evidence x WHERE x.fact_id = f.id), 1.0) >= :min_confidence";
}

std::string StoredSelection::fact_conditions() const {
    if (!within_neighbourhood_) return conditions_;
    // Both ends in the neighbourhood: the sources' facts through facts_by_pair, then the target
    // checked; or every fact in order, both ends checked.
    return conditions_ + (scan_neighbourhood_facts_ ? " AND " + unindexed() + "f.source_id" : " AND f.source_id") +
           " IN (SELECT id FROM export_entities) AND " + unindexed() + "f.target_id IN (SELECT id FROM export_entities)";
}

void StoredSelection::bind(sql::Statement& statement) const {
    if (statement.getIndex(":as_of")) statement.bind(":as_of", as_of_text_);
    if (statement.getIndex(":min_confidence")) statement.bind(":min_confidence", filter_.min_confidence);
}

void StoredSelection::walk_neighbourhood() {
    const std::string& start = *filter_.entity;
    sql::Statement relations(db_, "SELECT relation FROM facts WHERE source_id = ?1 UNION SELECT relation FROM facts WHERE target_id = ?1");
    relations.bind(1, start);
    bool known = false;
    while (!known && relations.executeStep()) {
        known = filter_.scope.empty() || filter_.scope.count(relations.getColumn(0).getString());
    }
    if (!known) throw UsageError("the graph has no facts about " + start);

    // Breadth-first over selected facts, in both directions, one level per query.
    std::set<std::string> visited{start};
    std::set<std::string> frontier{start};
    for (int level = 0; level < filter_.depth && !frontier.empty(); ++level) {
        refill_temporary_table(db_, "export_frontier", "id TEXT PRIMARY KEY", "?", frontier,
                               [](sql::Statement& add, const std::string& id) { add.bind(1, id); });
        sql::Statement step(db_,
                               "SELECT f.source_id, f.target_id FROM facts f WHERE f.source_id IN (SELECT id FROM export_frontier)" +
                                   conditions_ + confidence_condition_ +
                                   " UNION ALL SELECT f.source_id, f.target_id FROM facts f WHERE f.target_id IN (SELECT id FROM export_frontier)" +
                                   conditions_ + confidence_condition_);
        bind(step);
        std::set<std::string> next;
        while (step.executeStep())
            for (int column = 0; column < 2; ++column) {
                std::string id = step.getColumn(column).getString();
                if (!visited.count(id)) next.insert(std::move(id));
            }
        visited.insert(next.begin(), next.end());
        frontier = std::move(next);
    }
    refill_temporary_table(db_, "export_entities", "id TEXT PRIMARY KEY", "?", visited,
                           [](sql::Statement& add, const std::string& id) { add.bind(1, id); });
    within_neighbourhood_ = true;
    // A neighbourhood of many entities holds most facts: then reading the facts in order beats
    // fetching each through the index, page by page (23 s against 4 at a million facts).
    const auto entities = db_.execAndGet("SELECT COUNT(*) FROM entities").getInt64();
    scan_neighbourhood_facts_ = static_cast<std::int64_t>(visited.size()) * 8 > entities;
}

void StoredSelection::each_entity(const std::function<void(const EntityRow&)>& visit) const {
    try {
        // An entity is selected when a selected fact touches it: facts_by_pair and facts_by_target
        // find its facts, and the first selected one settles it.
        // Around an entity, only the neighbourhood's entities need asking, and of each fact only the
        // other end. The unary + keeps the planner from probing facts_by_pair once per pair of the
        // neighbourhood (a million probes for a thousand entities).
        const std::string neighbourhood = "(SELECT id FROM export_entities)";
        sql::Statement entities(
            db_, "SELECT e.id, e.name, e.kind FROM entities e WHERE " +
                     (within_neighbourhood_ ? "e.id IN " + neighbourhood + " AND (e.id = :entity OR " : std::string("(")) +
                     "EXISTS (SELECT 1 FROM facts f WHERE f.source_id = e.id" + conditions_ + confidence_condition_ +
                     (within_neighbourhood_ ? " AND " + unindexed() + "f.target_id IN " + neighbourhood : std::string()) +
                     ") OR EXISTS (SELECT 1 FROM facts f WHERE f.target_id = e.id" + conditions_ + confidence_condition_ +
                     (within_neighbourhood_ ? " AND " + unindexed() + "f.source_id IN " + neighbourhood : std::string()) + ")) ORDER BY e.id");
        bind(entities);
        if (within_neighbourhood_) entities.bind(":entity", *filter_.entity);
        while (entities.executeStep())
            visit({entities.getColumn(0).getView(), entities.getColumn(1).getView(),
                   parse_entity_kind(entities.getColumn(2).getView()).value_or(EntityKind::other)});
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
}

void StoredSelection::each_fact(const std::function<void(const FactRow&)>& visit, RowDetail detail) const {
    const bool full = detail == RowDetail::full;
    try {
        sql::Statement facts(db_, "SELECT f.id, f.source_id, f.relation, f.target_id, f.valid_from, f.valid_to, f.recorded_at, " +
                                         next_change_day(ontology_, db_.dialect()) + ", CASE WHEN f.valid_from IS NULL THEN " + start_day("f") +
                                         " END FROM facts f WHERE 1 = 1" + fact_conditions() + " ORDER BY " + kCanonicalFactOrder);
        std::string until;
        // Names from memory: looking each up in SQL costs two random page reads per fact.
        std::unordered_map<std::string, std::string> names;
        if (full) {
            sql::Statement entities(db_, "SELECT id, name FROM entities");
            while (entities.executeStep()) names.emplace(entities.getColumn(0).getString(), entities.getColumn(1).getString());
        }
        auto name_of = [&](std::string_view id) -> std::string_view {
            const auto it = names.find(std::string(id));
            return it == names.end() ? std::string_view() : std::string_view(it->second);
        };
        // The evidence in the facts' order, each fact's by document (canonical_order.hpp): SQLite
        // walks facts_identity and sorts only each fact's few pieces. Brief and full rows alike find
        // the text, URL and confidence in columns 1 to 3.
        const std::string columns = std::string("e.fact_id, e.text, e.url, e.confidence") + (full ? std::string(", ") + kEvidenceColumns : "");
        sql::Statement evidence(db_, "SELECT " + columns + " FROM facts f JOIN evidence e ON e.fact_id = f.id WHERE 1 = 1" +
                                            fact_conditions() + " ORDER BY " + kCanonicalFactOrder + ", " + kCanonicalEvidenceOrder);
        bind(facts);
        bind(evidence);
        bool evidence_left = evidence.executeStep();
        std::string first_text, first_url;  // copied: the evidence cursor moves on before the visit
        std::vector<Evidence> pieces;       // with RowDetail::full; kept between facts, so their strings are reused
        FactRow row;
        std::int64_t written = 0;
        while (facts.executeStep()) {
            // Both statements list the same facts in the same order, so a fact's evidence, if it has
            // any, is next in line.
            const std::int64_t stored_id = facts.getColumn(0).getInt64();
            const std::string_view relation = facts.getColumn(2).getView();
            row.relation = ontology_.find(relation);
            if (!row.relation)
                throw Error(path_ + ": fact " + std::to_string(stored_id) + " has a relation this ontology lacks: " + std::string(relation));
            row.evidence_count = 0;
            double best = 0.0;
            for (; evidence_left && evidence.getColumn(0).getInt64() == stored_id; evidence_left = evidence.executeStep()) {
                if (full) {
                    if (row.evidence_count == pieces.size()) pieces.emplace_back();
                    read_evidence_columns(evidence, 4, pieces[row.evidence_count]);
                } else if (row.evidence_count == 0) {
                    first_text.assign(evidence.getColumn(1).getView());
                    first_url.assign(evidence.getColumn(2).getView());
                }
                ++row.evidence_count;
                best = std::max(best, evidence.getColumn(3).getDouble());
            }
            row.confidence = row.evidence_count ? best : 1.0;
            if (row.confidence < filter_.min_confidence) continue;
            row.id = ++written;
            if (full) {
                row.evidence = std::span<const Evidence>(pieces.data(), row.evidence_count);
                row.evidence_text = row.evidence_count ? std::string_view(pieces[0].text) : std::string_view();
                row.evidence_url = row.evidence_count ? std::string_view(pieces[0].url) : std::string_view();
            } else {
                row.evidence_text = row.evidence_count ? std::string_view(first_text) : std::string_view();
                row.evidence_url = row.evidence_count ? std::string_view(first_url) : std::string_view();
            }
            row.source = facts.getColumn(1).getView();
            row.target = facts.getColumn(3).getView();
            row.valid_from = facts.getColumn(4).getView();
            row.valid_to = facts.getColumn(5).getView();
            row.recorded_at = facts.getColumn(6).getView();
            until = until_of(*row.relation, row.valid_from, row.valid_to, facts.getColumn(7), facts.getColumn(8));
            row.until = until;
            if (full) {
                row.source_name = name_of(row.source);
                row.target_name = name_of(row.target);
            }
            visit(row);
        }
    } catch (const sql::Error& e) {
        throw Error(path_ + ": " + e.what());
    }
}

}  // namespace stancegraph
