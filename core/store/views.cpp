// The views: what StanceGraph::in_force, weigh_tied_facts and the undated-fact bound compute in
// C++, written once more in SQL so that a user of sqlite3 or psql gets the same answers.
#include "views.hpp"

namespace stancegraph {

namespace {

// The few words the two dialects spell differently.
struct Dialect {
    SqlDialect dialect;

    bool postgres() const { return dialect == SqlDialect::postgres; }
    // A day written as ISO text, as a value of the day type (TEXT in SQLite, DATE in PostgreSQL).
    std::string day(const std::string& text) const { return postgres() ? "CAST(" + text + " AS DATE)" : text; }
    // A day moved by a signed number of calendar units ('year', 'month', 'day').
    std::string shift(const std::string& day, const std::string& amount, const char* unit) const {
        if (postgres()) return "CAST(" + day + " + (" + amount + ") * INTERVAL '1 " + unit + "' AS DATE)";
        return "date(" + day + ", (" + amount + ") || ' " + unit + "s')";
    }
    // A non-negative number rounded down to an integer (PostgreSQL's CAST rounds to nearest).
    std::string floor_int(const std::string& x) const {
        return postgres() ? "CAST(FLOOR(" + x + ") AS INTEGER)" : "CAST(" + x + " AS INTEGER)";
    }
    std::string today() const { return postgres() ? "CURRENT_DATE" : "date('now')"; }
    std::string min_day() const { return postgres() ? "DATE '0001-01-01'" : "'0001-01-01'"; }
};

}  // namespace

std::string known_start_day_sql(SqlDialect dialect, const std::string& fact) {
    const Dialect d{dialect};
    const std::string first_day = "CASE length(x.published) WHEN 4 THEN x.published || '-01-01' WHEN 7 THEN x.published || '-01' "
                                  "ELSE x.published END";
    return "COALESCE(" + fact + ".valid_from_day, (SELECT MIN(" + d.day(first_day) + ") FROM evidence x WHERE x.fact_id = " + fact +
           ".id), " + d.day("substr(" + fact + ".recorded_at, 1, 10)") + ")";
}

std::string period_end_day_sql(SqlDialect dialect, const std::string& fact) {
    const Dialect d{dialect};
    const std::string from = fact + ".valid_from_day";
    return "COALESCE(" + fact + ".valid_to_day, CASE length(" + fact + ".valid_from) WHEN 4 THEN " + d.shift(from, "1", "year") +
           " WHEN 7 THEN " + d.shift(from, "1", "month") + " WHEN 10 THEN " + d.shift(from, "1", "day") + " END, " +
           d.shift(known_start_day_sql(dialect, fact), "1", "day") + ")";
}

std::vector<std::string> view_statements(SqlDialect dialect) {
    const Dialect d{dialect};
    std::vector<std::string> out;

    // The day current_stance answers for: the latest row here, or today when there is none. A
    // table rather than date('now') inside the view, so that an answer can be reproduced.
    out.push_back("CREATE TABLE IF NOT EXISTS as_of_day (\n  day " + std::string(d.postgres() ? "DATE" : "TEXT") +
                  " NOT NULL  -- current_stance answers for the latest day here; today when empty\n)" +
                  (d.postgres() ? "" : " STRICT"));

    const std::string start_day = known_start_day_sql(dialect, "f");
    const std::string n_start_day = known_start_day_sql(dialect, "n");
    // In an event-log family, the next fact of another relation between the same pair ends a fact.
    // SQLite has no LATERAL join, so this is a correlated subquery, which both dialects run.
    const std::string next_change =
        "(SELECT MIN(" + n_start_day + ") FROM facts n JOIN relations nr ON nr.name = n.relation\n"
        "          WHERE r.event_log = 1 AND nr.family = r.family AND n.relation <> f.relation\n"
        "            AND ((n.source_id = f.source_id AND n.target_id = f.target_id)\n"
        "                 OR (r.\"symmetric\" = 1 AND n.source_id = f.target_id AND n.target_id = f.source_id))\n"
        "            AND " + n_start_day + " > " + start_day + ")";
    const std::string period_end = period_end_day_sql(dialect, "f");
    out.push_back(
        "CREATE VIEW stance_timeline AS\n"
        "SELECT f.id AS fact_id, f.source_id, src.name AS source_name, f.relation, r.family, r.polarity, r.temporal,\n"
        "       f.target_id, tgt.name AS target_name, f.valid_from, f.valid_to, f.valid_from_day,\n"
        "       " + start_day + " AS start_day,\n"
        "       CASE WHEN f.valid_from IS NULL THEN 1 ELSE 0 END AS undated,\n"
        "       CASE\n"
        "         WHEN r.temporal = 'event' THEN " + period_end + "\n"
        "         WHEN " + next_change + " IS NULL THEN f.valid_to_day\n"
        "         WHEN f.valid_to_day IS NULL OR " + next_change + " < f.valid_to_day THEN " + next_change + "\n"
        "         ELSE f.valid_to_day\n"
        "       END AS until_day,\n"
        "       r.window_years, r.window_months, r.window_days,\n"
        "       (SELECT COUNT(*) FROM evidence e WHERE e.fact_id = f.id) AS evidence_count,\n"
        "       (SELECT MAX(CASE dk.kind WHEN 'facts' THEN 3 WHEN 'article' THEN 2 WHEN 'events' THEN 1 ELSE 0 END)\n"
        "          FROM evidence e JOIN documents dk ON dk.id = e.document_id WHERE e.fact_id = f.id) AS origin_rank,\n"
        "       (SELECT MAX(e.confidence) FROM evidence e WHERE e.fact_id = f.id) AS confidence\n"
        "FROM facts f\n"
        "JOIN relations r ON r.name = f.relation\n"
        "JOIN entities src ON src.id = f.source_id\n"
        "JOIN entities tgt ON tgt.id = f.target_id");

    // The stance on the day of as_of_day: per source, target and family, the latest facts in force
    // (an event within its family's window); of tied facts that disagree, the side with the heavier
    // evidence (origin, distinct documents, confidence in tenths), or all of them, contested.
    // Written with correlated subqueries rather than common table expressions, so that a question
    // about one pair (WHERE source_id = … AND target_id = …) reaches the facts through their index:
    // SQLite materialises a CTE used twice, which would compute the stance of every pair first.
    const std::string day = "(SELECT COALESCE(MAX(day), " + d.today() + ") FROM as_of_day)";
    const std::string horizon = d.shift(d.shift(d.shift(day, "-t.window_years", "year"), "-t.window_months", "month"),
                                        "-t.window_days", "day");
    out.push_back(
        "CREATE VIEW stance_in_force AS\n"
        "SELECT t.*, " + day + " AS as_of, CASE WHEN t.polarity = 0 THEN t.relation ELSE CAST(t.polarity AS TEXT) END AS side\n"
        "FROM stance_timeline t\n"
        "WHERE t.start_day <= " + day + "\n"
        "  AND CASE WHEN t.temporal = 'event' THEN t.until_day > " + horizon + "\n"
        "           ELSE (t.until_day IS NULL OR t.until_day > " + day + ") END");
    auto same = [](const std::string& a, const std::string& b) {
        return a + ".source_id = " + b + ".source_id AND " + a + ".target_id = " + b + ".target_id AND " + a + ".family = " + b + ".family";
    };
    // The weight of x's side among the latest facts: best origin, distinct documents, best confidence in tenths.
    auto weight = [&](const std::string& x) {
        const std::string side = same("w", x) + " AND w.start_day = " + x + ".start_day AND w.side = " + x + ".side";
        return "((SELECT MAX(w.origin_rank) FROM stance_in_force w WHERE " + side + "), "
               "(SELECT COUNT(DISTINCT e.document_id) FROM stance_in_force w JOIN evidence e ON e.fact_id = w.fact_id WHERE " + side + "), "
               "(SELECT " + d.floor_int("MAX(w.confidence) * 10 + 0.000000001") + " FROM stance_in_force w WHERE " + side + "))";
    };
    const std::string rival = "SELECT 1 FROM stance_in_force o WHERE " + same("o", "l") + " AND o.start_day = l.start_day AND o.side <> l.side";
    out.push_back(
        "CREATE VIEW current_stance AS\n"
        "SELECT l.fact_id, l.source_id, l.source_name, l.relation, l.family, l.polarity, l.temporal, l.target_id, l.target_name,\n"
        "       l.valid_from, l.valid_to, l.start_day, l.undated, l.until_day, l.evidence_count, l.as_of,\n"
        "       CASE WHEN EXISTS (" + rival + " AND " + weight("o") + " = " + weight("l") + ") THEN 1 ELSE 0 END AS contested\n"
        "FROM stance_in_force l\n"
        "WHERE NOT EXISTS (SELECT 1 FROM stance_in_force o WHERE " + same("o", "l") + " AND o.start_day > l.start_day)\n"
        "  AND NOT EXISTS (" + rival + " AND " + weight("o") + " > " + weight("l") + ")");
    return out;
}

std::vector<std::string> drop_view_statements() {
    return {"DROP VIEW IF EXISTS current_stance", "DROP VIEW IF EXISTS stance_in_force", "DROP VIEW IF EXISTS stance_timeline"};
}

}  // namespace stancegraph
