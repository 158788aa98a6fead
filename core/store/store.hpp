// The persistent store: a database holding entities, documents, facts and evidence in the schema of
// schema.hpp; a SQLite file, or a PostgreSQL database that several importers and machines share
// (docs/scale-out.md). Each document is imported in one transaction, so a failure or a kill never
// leaves half a document behind.
#pragma once

#include "../gazetteer.hpp"
#include "../relation_ontology.hpp"
#include "../stance_graph.hpp"
#include "document.hpp"
#include "schema.hpp"

#include <array>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "sql_connection.hpp"

namespace stancegraph {

// `duplicate`: another document of the store has the same content (the same file from another
// folder, or zipped): nothing is added.
enum class ImportOutcome { added, unchanged, replaced, duplicate };

std::string_view to_string(ImportOutcome outcome);

// Which facts to load into a graph; empty sets mean "all".
struct GraphSelection {
    std::set<std::string> entities;   // facts touching any of these entities
    std::set<std::string> relations;  // facts of these relations
    std::size_t min_evidence = 0;     // facts with at least this many pieces of evidence
    // Facts between these pairs, in either direction (each pair of entity ids once, in any order).
    std::set<std::pair<std::string, std::string>> pairs;
    double min_confidence = 0.0;  // facts whose best evidence has at least this confidence
    bool dated_only = false;      // only facts with a valid_from
};

struct StoreCounts {
    std::size_t entities = 0;
    std::size_t documents = 0;
    std::size_t facts = 0;
    std::size_t evidence = 0;
};

class Store {
public:
    enum class Mode { open_existing, create_if_missing };

    // Opens (and when allowed creates) the database; checks and, when new, writes the schema.
    // `db` is a SQLite file's path or a postgresql:// URI (sql::is_postgres_uri).
    Store(const std::string& db, const RelationOntology& ontology, Mode mode);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Adds one document and its facts in one transaction. Entities are looked up in the gazetteer
    // and stored with all their names the first time a fact uses them.
    ImportOutcome import_document(const ImportedDocument& imported, const Gazetteer& gazetteer);
    // Whether another document than `document` brought an event of this format and id.
    bool event_known(std::string_view format, std::string_view id, std::string_view document);
    // After import_document returned `duplicate`: the id of the document with the same content.
    const std::string& duplicate_of() const { return duplicate_of_; }

    // Loads facts, their evidence and their entities into a graph.
    void load_graph(StanceGraph& graph, const GraphSelection& selection = {}) const;

    // Adds the entities the store knows and the gazetteer does not (created with --allow-new-entities).
    void add_entities_to(Gazetteer& gazetteer) const;
    // Only those the store finds by this id, ISO code or name (find_entities): cheap on a large store.
    void add_entities_named(Gazetteer& gazetteer, const std::string& id_or_name) const;

    // The pairs of the facts that start in [from, to] (days): between whom stances may have changed then.
    std::set<std::pair<std::string, std::string>> pairs_starting_between(DayNumber from, DayNumber to) const;

    // The unordered pairs (smaller id first) holding facts of two or more relations of one family,
    // all of them or those involving `entity`: the only pairs whose facts can contradict each other.
    // After a document is replaced they are recomputed, so none is stale.
    std::set<std::pair<std::string, std::string>> contested_pairs(const std::optional<std::string>& entity = std::nullopt) const;

    // Entities of the store by id, ISO code or any of their names (folded), best first; cheap,
    // so that queries need not load the whole gazetteer.
    std::vector<EntityNode> find_entities(const std::string& id_or_name) const;

    // The document stored under this id; else every document imported from this path (a file of
    // many articles or an event file cut into documents gives several). canonical_path: the path
    // made absolute, "" to match ids only. Empty when the store has none.
    std::vector<std::string> document_ids(const std::string& id_or_path, const std::string& canonical_path) const;
    // Removes these documents (ids), their evidence and the facts no other document supports, in
    // one transaction; returns how many rows of each kind went.
    StoreCounts remove_documents(const std::vector<std::string>& ids);

    StoreCounts counts() const;
    // After a bulk load: PostgreSQL plans queries from table statistics, which its autovacuum
    // refreshes only a while later (SQLite needs none).
    void refresh_statistics();
    int schema_version() const;
    const std::string& path() const { return path_; }
    const RelationOntology& ontology() const { return *ontology_; }
    sql::Connection& database() { return *db_; }
    bool on_postgres() const { return db_->dialect() == SqlDialect::postgres; }

private:
    void open_sqlite(Mode mode);
    void open_postgres(Mode mode);
    // On PostgreSQL, inside a write transaction: waits until no other process is merging a
    // document, and keeps them waiting until this transaction ends. SQLite's writers already queue.
    void take_merge_lock();
    void create_schema();
    void create_postgres_schema();
    ImportOutcome check_document(const DocumentRecord& doc, std::set<std::pair<std::string, std::string>>& touched_pairs);
    ImportOutcome import_into_sqlite(const ImportedDocument& imported, const Gazetteer& gazetteer);
    ImportOutcome import_into_postgres(const ImportedDocument& imported, const Gazetteer& gazetteer);
    // The fact as stored (a symmetric relation with the smaller id first) and its relation; `ends`
    // get its two entities. Throws when the gazetteer lacks one.
    const RelationInfo& stored_form(Fact& fact, const Gazetteer& gazetteer, const std::string& document,
                                    std::array<const Entity*, 2>& ends) const;
    void upgrade_from_version_1();
    void upgrade_from_version_2();
    void upgrade_from_version_3();
    void write_relations();
    void ensure_entity(const Entity& entity);
    // Inside a transaction: a document's rows, and the pairs whose contested_pairs rows may change.
    void remove_document_rows(const std::string& id, std::set<std::pair<std::string, std::string>>& touched_pairs);

    std::string path_;
    const RelationOntology* ontology_;
    std::unique_ptr<sql::Connection> db_;
    std::set<std::string> stored_entities_;  // ids known to be in the entities table
    std::string duplicate_of_;
    std::unique_ptr<sql::Statement> find_event_;
};

// The first day the store knows an undated fact held: the earliest publication date of its evidence,
// else the day it was recorded (docs/semantics.md, "Undated facts").
std::optional<DayNumber> undated_fact_known_from(std::span<const Evidence> evidence, std::string_view recorded_at);

// A prepared INSERT of whole rows into one table of the schema (schema.hpp), shared by the store and
// the sqlite exporter so that both write rows the same way.
class RowInserter {
public:
    // `suffix` follows the VALUES list: an ON CONFLICT clause, say.
    RowInserter(sql::Connection& db, Table table, std::string_view suffix = {});
    ~RowInserter();
    RowInserter(const RowInserter&) = delete;
    RowInserter& operator=(const RowInserter&) = delete;

    // Inserts the row; returns the number of rows changed (0 when the conflict clause skipped it).
    int insert(const SqlRow& row);
    // With a suffix "RETURNING id": inserts the row and returns the id it was given.
    std::int64_t insert_returning_id(const SqlRow& row);

private:
    void bind(const SqlRow& row);
    std::unique_ptr<sql::Statement> statement_;
};

// Writes entities with their names, skipping those already stored; the statements are prepared once.
class EntityWriter {
public:
    explicit EntityWriter(sql::Connection& db);
    void write(const Entity& entity);

private:
    RowInserter entities_;
    RowInserter names_;
    SqlRow row_;
};

// Writes the ontology's relations (updating those already there) and one entity with its names.
void insert_relations(sql::Connection& db, const RelationOntology& ontology);
void insert_entity(sql::Connection& db, const Entity& entity);

}  // namespace stancegraph
