// Grouping facts into runs of one stance.
#include "restated_stances.hpp"

#include "core/partial_date.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace stancegraph {

namespace {

struct HeldFact {
    std::int64_t id;
    const RelationInfo* relation;
    std::optional<PartialDate> from;
    std::string valid_from, valid_to, evidence_text;
    std::size_t restated;  // facts the row already stands for (an as-of export merges restatements)
};

}  // namespace

std::vector<StanceRun> restated_stances(const FactRowSource& rows) {
    // (source, target, family) → its facts; std::map keeps the text keys owned and the output stable.
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<HeldFact>> by_pair;
    rows.each_fact(
        [&](const FactRow& fact) {
            by_pair[{std::string(fact.source), std::string(fact.target), fact.relation->family}].push_back(
                {fact.id, fact.relation, PartialDate::parse(fact.valid_from), std::string(fact.valid_from),
                 std::string(fact.valid_to), std::string(fact.evidence_text), fact.restated});
        },
        RowDetail::brief);
    std::vector<StanceRun> runs;
    std::vector<std::int64_t> group_of_run;  // the first fact number of the run's pair and family
    for (auto& [key, facts] : by_pair) {
        std::int64_t group = facts.front().id;
        for (const HeldFact& fact : facts) group = std::min(group, fact.id);
        std::stable_sort(facts.begin(), facts.end(), [](const HeldFact& a, const HeldFact& b) {
            if (a.from.has_value() != b.from.has_value()) return !a.from.has_value();
            if (a.from && *a.from != *b.from) return *a.from < *b.from;
            return a.id < b.id;
        });
        StanceRun* run = nullptr;
        for (HeldFact& fact : facts) {
            if (!run || run->relation != fact.relation) {
                run = &runs.emplace_back();
                run->source = std::get<0>(key);
                run->target = std::get<1>(key);
                run->relation = fact.relation;
                run->first_from = fact.valid_from;
                run->evidence_text = std::move(fact.evidence_text);
                run->first_id = fact.id;
                group_of_run.push_back(group);
            }
            run->count += fact.restated;
            run->last_from = fact.valid_from;
            run->last_to = fact.valid_to;
            run->first_id = std::min(run->first_id, fact.id);
        }
    }
    // Pairs in the order their facts come, and each pair's runs in time order: a withdrawal between
    // two recognitions is drawn between them.
    std::vector<std::size_t> order(runs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return group_of_run[a] < group_of_run[b]; });
    std::vector<StanceRun> sorted;
    sorted.reserve(runs.size());
    for (std::size_t i : order) sorted.push_back(std::move(runs[i]));
    return sorted;
}

}  // namespace stancegraph
