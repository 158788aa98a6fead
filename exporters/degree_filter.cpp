// Counting degrees, then filtering rows by them.
#include "degree_filter.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace stancegraph {

DegreeFilteredRows::DegreeFilteredRows(const FactRowSource& rows, DegreeCut cut) : rows_(rows) {
    std::unordered_map<std::string, std::size_t> degree;
    // Entities without a fact have degree 0 and still count for --top when nothing else fills it.
    rows_.each_entity([&](const EntityRow& entity) { degree.try_emplace(std::string(entity.id), 0); });
    rows_.each_fact(
        [&](const FactRow& fact) {
            ++degree[std::string(fact.source)];
            if (fact.target != fact.source) ++degree[std::string(fact.target)];
        },
        RowDetail::brief);
    std::vector<std::pair<std::string, std::size_t>> ranked;
    for (auto& [id, n] : degree)
        if (n >= cut.min_degree) ranked.emplace_back(id, n);
    if (cut.top > 0 && ranked.size() > cut.top) {
        const auto by_degree = [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; };
        std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(cut.top), ranked.end(), by_degree);
        ranked.resize(cut.top);
    }
    for (auto& entry : ranked) kept_.insert(std::move(entry.first));
}

void DegreeFilteredRows::each_entity(const std::function<void(const EntityRow&)>& visit) const {
    rows_.each_entity([&](const EntityRow& entity) {
        if (kept(entity.id)) visit(entity);
    });
}

void DegreeFilteredRows::each_fact(const std::function<void(const FactRow&)>& visit, RowDetail detail) const {
    rows_.each_fact(
        [&](const FactRow& fact) {
            if (kept(fact.source) && kept(fact.target)) visit(fact);
        },
        detail);
}

}  // namespace stancegraph
