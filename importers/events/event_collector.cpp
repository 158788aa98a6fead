// Counting, aggregating and chunking events into documents.
#include "event_collector.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace stancegraph {

namespace {

constexpr std::size_t kReportedBadRows = 10;
constexpr std::size_t kIdsKept = 10;
// Beyond this many distinct reports the confidence is at its ceiling anyway.
constexpr std::size_t kReportsKept = 16;

// The ontology's mapping, so that a changed relations.json changes the documents' hashes and a
// re-import applies it.
std::string ontology_signature(const RelationOntology& ontology) {
    std::string out;
    for (const auto& r : ontology.relations()) {
        out += r.name + ':';
        for (const auto& c : r.cameo) out += c + ',';
        out += r.plover.value_or("") + ';';
    }
    return out;
}

std::string format_score(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

}  // namespace

EventCollector::EventCollector(InputSource& input, ImportContext& context, DocumentSink& sink, EventFormat format,
                               bool check_only)
    : input_(input), context_(context), sink_(sink), format_(std::move(format)), check_only_(check_only) {}

void EventCollector::content(std::string_view line) {
    hasher_.update(line);
    hasher_.update("\n");
}

void EventCollector::begin_row(std::string_view line, std::size_t line_number) {
    content(line);
    row_line_ = line_number;
    row_bad_ = false;
    row_events_ = 0;
    row_skip_reason_.clear();
}

void EventCollector::bad(const SourceLocation& where, const std::string& message) {
    if (context_.options.strict) throw InputError(where, message + " (--strict: the whole file is rejected)");
    row_bad_ = true;
    if (!check_only_ && reported_ < kReportedBadRows) {
        ++reported_;
        sink_.warn(where.to_string() + ": " + message + " (row skipped)");
    }
}

void EventCollector::skip(std::string_view reason) {
    if (row_skip_reason_.empty()) row_skip_reason_ = reason;
}

void EventCollector::event(const EventRecord& record) {
    if (!check_only_ && !record.id.empty() && sink_.event_known(format_.name, record.id, document_id())) {
        skip("the same event id was imported from another file");
        return;
    }
    ++row_events_;
    if (check_only_) return;
    if (!record.id.empty()) event_ids_.emplace_back(record.id);
    const RelationInfo& relation = *record.relation;
    const Entity* source = record.source;
    const Entity* target = record.target;
    // Symmetric relations are one fact in either direction.
    if (relation.symmetric && target->id < source->id) std::swap(source, target);
    std::optional<PartialDate> period;
    const PartialDate day = PartialDate::from_day_number(record.day);
    const std::string& aggregate = context_.options.aggregate;
    if (aggregate == "month") period = PartialDate(day.year(), day.month());
    else period = day;
    std::size_t index;
    if (aggregate == "none") {
        index = facts_.size();
        facts_.emplace_back();
    } else {
        key_.clear();
        key_.append(source->id).push_back('\x1f');
        key_.append(target->id).push_back('\x1f');
        key_.push_back(static_cast<char>(relation.id));
        key_.append(period->to_string());
        auto [it, added] = index_.try_emplace(key_, facts_.size());
        if (added) facts_.emplace_back();
        else ++counts_.aggregated;
        index = it->second;
    }
    Accumulator& a = facts_[index];
    if (a.events == 0) {
        a.source = source;
        a.target = target;
        a.relation = &relation;
        a.period = period;
        a.first = a.last = record.day;
        a.line = row_line_;
        a.published = record.published;
        a.url = record.url;
        a.extra = record.extra;
    }
    ++a.events;
    const std::size_t report = std::hash<std::string>{}(record.url.empty() ? "event:" + std::string(record.id) : std::string(record.url));
    if (a.reports.size() < kReportsKept && std::find(a.reports.begin(), a.reports.end(), report) == a.reports.end())
        a.reports.push_back(report);
    a.first = std::min(a.first, record.day);
    a.last = std::max(a.last, record.day);
    if (a.ids.size() < kIdsKept) a.ids.emplace_back(record.id);
    if (std::find(a.codes.begin(), a.codes.end(), record.code) == a.codes.end()) a.codes.emplace_back(record.code);
    if (record.score) {
        a.score_sum += *record.score;
        ++a.scores;
    }
    if (record.mentions) {
        a.mentions += *record.mentions;
        a.any_mentions = true;
    }
}

void EventCollector::end_row() {
    ++counts_.read;
    ++rows_in_document_;
    if (row_bad_) {
        ++counts_.bad;
    } else if (row_events_ > 0) {
        ++counts_.imported;
    } else {
        ++counts_.skipped;
        ++counts_.skipped_because[row_skip_reason_.empty() ? std::string("no event") : row_skip_reason_];
    }
    if (rows_in_document_ >= std::max<std::size_t>(1, context_.options.rows_per_document)) flush();
}

std::string EventCollector::document_id() const {
    const std::string base = input_.canonical_path.empty() ? "stdin:" + hasher_.hex() : "file:" + input_.canonical_path;
    // The first part keeps the plain file id, so that a file that grows past one part keeps it.
    return document_number_ == 0 ? base : base + "#" + std::to_string(document_number_ + 1);
}

Fact EventCollector::make_fact(const Accumulator& a, const std::string& document) const {
    Fact fact;
    fact.source = a.source->id;
    fact.target = a.target->id;
    fact.relation = a.relation->id;
    fact.valid.valid_from = a.period;
    Evidence e;
    e.document = document;
    e.url = a.url;
    e.published = a.published;
    e.line = a.line;
    e.rule = format_.name + ":";
    for (std::size_t i = 0; i < a.codes.size(); ++i) e.rule += (i ? "+" : "") + a.codes[i];
    e.confidence = std::min(0.95, 1.0 - std::pow(1.0 - format_.confidence, static_cast<double>(a.reports.size())));
    std::string& t = e.text;
    t = "events=" + std::to_string(a.events) + " first=" + day_to_string(a.first) + " last=" + day_to_string(a.last) + " " +
        format_.id_label + "=";
    for (std::size_t i = 0; i < a.ids.size(); ++i) t += (i ? "," : "") + a.ids[i];
    if (a.events > a.ids.size()) t += ",…(+" + std::to_string(a.events - a.ids.size()) + ")";
    if (!format_.score_label.empty() && a.scores)
        t += " " + format_.score_label + "=" + format_score(a.score_sum / static_cast<double>(a.scores));
    if (!format_.mentions_label.empty() && a.any_mentions) t += " " + format_.mentions_label + "=" + std::to_string(a.mentions);
    if (!a.extra.empty()) t += " " + a.extra;
    fact.evidence.push_back(std::move(e));
    return fact;
}

void EventCollector::flush(bool even_if_empty) {
    if (rows_in_document_ == 0 && !even_if_empty) return;
    if (!check_only_) {
        ImportedDocument imported;
        DocumentRecord& doc = imported.document;
        // The options and the ontology's mapping are part of what the document says.
        hasher_.update(format_.name + "|aggregate=" + context_.options.aggregate + "|" + ontology_signature(context_.ontology));
        doc.kind = "events";
        doc.content_hash = hasher_.hex();
        doc.id = document_id();
        doc.source_path = input_.canonical_path;
        doc.title = input_.canonical_path.empty() ? "standard input" : std::filesystem::path(input_.canonical_path).filename().string();
        if (document_number_ > 0) doc.title += " #" + std::to_string(document_number_ + 1);
        imported.facts.reserve(facts_.size());
        for (const auto& a : facts_) imported.facts.push_back(make_fact(a, doc.id));
        imported.event_format = format_.name;
        imported.event_ids = std::move(event_ids_);
        sink_.accept(std::move(imported));
    }
    ++document_number_;
    rows_in_document_ = 0;
    hasher_ = ContentHasher();
    facts_.clear();
    index_.clear();
    event_ids_.clear();
}

void EventCollector::finish() {
    // An input without rows is still one (empty) document, so that its re-import is noticed.
    if (rows_in_document_ > 0 || document_number_ == 0) flush(true);
    if (check_only_) return;
    if (counts_.bad > 0)
        sink_.warn(input_.name + ": " + std::to_string(counts_.bad) + " bad row" + (counts_.bad == 1 ? "" : "s") + " skipped" +
                   (counts_.bad > reported_ ? " (the first " + std::to_string(reported_) + " are shown above)" : ""));
    sink_.count(input_.name, counts_);
}

void collect_events(InputSource& input, ImportContext& context, DocumentSink& sink, const EventFormat& format,
                    const std::function<void(EventCollector&)>& scan) {
    if (context.options.strict) {
        EventCollector check(input, context, sink, format, true);
        scan(check);
        input.stream.clear();
        input.stream.seekg(0);
    }
    EventCollector collector(input, context, sink, format);
    scan(collector);
    collector.finish();
}

}  // namespace stancegraph
