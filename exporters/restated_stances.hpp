// Parallel restatements of one stance as one line of a picture: the facts of a pair in one relation
// family, in time order, make runs of the same relation ("recognizes" 2008, 2008-02-18, 2009 is one
// run; "recognizes, withdraws, recognizes" are three), and a picture draws each run once with its
// count. Holds the facts of one export in memory: pictures are of small graphs.
#pragma once

#include "core/fact_rows.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace stancegraph {

struct StanceRun {
    std::string source, target;
    const RelationInfo* relation = nullptr;
    std::size_t count = 0;    // facts in the run
    std::string first_from;   // valid_from of its first fact ("" when undated)
    std::string last_from;    // valid_from of its last fact
    std::string last_to;      // valid_to of its last fact ("" when open)
    std::string evidence_text;  // the first fact's first piece of evidence
    std::int64_t first_id = 0;  // the smallest fact number in the run, which orders the runs
};

// The runs of `rows`' facts, in the order of their first fact's number. Facts of one pair and
// family are ordered by valid_from (undated ones first, by number: their known-from day is not in
// the row); a run is broken by a fact of another relation of the family.
std::vector<StanceRun> restated_stances(const FactRowSource& rows);

}  // namespace stancegraph
