// Merging the restatements of one stance into one row (see stance_rows.hpp).
#include "stance_rows.hpp"

#include <string>
#include <vector>

namespace stancegraph {

namespace {

// The row being built for one stance; it owns copies of everything, since a row's text is valid
// only during the call that receives it.
class PendingStance {
public:
    bool empty() const { return restated_ == 0; }
    bool continues(const FactRow& row) const {
        return restated_ > 0 && row.relation == relation_ && row.source == source_ && row.target == target_;
    }

    void start(const FactRow& row) {
        restated_ = 0;
        relation_ = row.relation;
        source_ = row.source;
        target_ = row.target;
        source_name_ = row.source_name;
        target_name_ = row.target_name;
        valid_from_.clear();
        evidence_text_ = row.evidence_text;
        evidence_url_ = row.evidence_url;
        valid_to_ = row.valid_to;
        until_ = row.until;
        recorded_at_ = row.recorded_at;
        confidence_ = row.confidence;
        evidence_count_ = 0;
        evidence_.clear();
        add(row);
    }

    // Rows come in canonical order: undated first, then by start. The stance is dated from its
    // first dated fact, and its first piece of evidence is that fact's.
    void add(const FactRow& row) {
        if (restated_ > 0) {
            if (valid_to_.empty() || row.valid_to.empty()) valid_to_.clear();
            else valid_to_ = std::max(valid_to_, std::string(row.valid_to));
            if (until_.empty() || row.until.empty()) until_.clear();
            else until_ = std::max(until_, std::string(row.until));
            if (!row.recorded_at.empty() && (recorded_at_.empty() || row.recorded_at < recorded_at_)) recorded_at_ = row.recorded_at;
            confidence_ = std::max(confidence_, row.confidence);
        }
        if (valid_from_.empty() && !row.valid_from.empty()) {
            valid_from_ = row.valid_from;
            if (row.evidence_count > 0) {
                evidence_text_ = row.evidence_text;
                evidence_url_ = row.evidence_url;
            }
        }
        evidence_count_ += row.evidence_count;
        evidence_.insert(evidence_.end(), row.evidence.begin(), row.evidence.end());
        ++restated_;
    }

    void emit(std::int64_t number, const std::function<void(const FactRow&)>& visit) const {
        FactRow row;
        row.id = number;
        row.source = source_;
        row.target = target_;
        row.relation = relation_;
        row.valid_from = valid_from_;
        row.valid_to = valid_to_;
        row.until = until_;
        row.confidence = confidence_;
        row.evidence_count = evidence_count_;
        row.restated = restated_;
        row.evidence_text = evidence_text_;
        row.evidence_url = evidence_url_;
        row.source_name = source_name_;
        row.target_name = target_name_;
        row.evidence = evidence_;
        row.recorded_at = recorded_at_;
        visit(row);
    }

private:
    const RelationInfo* relation_ = nullptr;
    std::string source_, target_, source_name_, target_name_;
    std::string valid_from_, valid_to_, until_, recorded_at_, evidence_text_, evidence_url_;
    double confidence_ = 1.0;
    std::size_t evidence_count_ = 0, restated_ = 0;
    std::vector<Evidence> evidence_;
};

}  // namespace

void OneRowPerStance::each_fact(const std::function<void(const FactRow&)>& visit, RowDetail detail) const {
    PendingStance stance;
    std::int64_t number = 0;
    facts_.each_fact(
        [&](const FactRow& row) {
            if (stance.continues(row)) {
                stance.add(row);
                return;
            }
            if (!stance.empty()) stance.emit(++number, visit);
            stance.start(row);
        },
        detail);
    if (!stance.empty()) stance.emit(++number, visit);
}

}  // namespace stancegraph
