// What every event-data importer does with its rows once they are read: counts them (imported,
// aggregated, skipped by reason, bad), reports the first bad rows with their lines, collapses
// events between the same pair into one fact per relation and period (--aggregate), and hands
// the facts on as documents of at most --rows-per-document rows, so that memory stays flat.
#pragma once

#include "core/fact.hpp"
#include "importers/importer.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stancegraph {

// How a format names things in evidence texts and how much one of its events is trusted.
struct EventFormat {
    std::string name;           // "gdelt": evidence rules are "gdelt:054"
    std::string id_label;       // "GLOBALEVENTID"
    std::string score_label;    // "Goldstein"; empty when the format has no score
    std::string mentions_label; // "NumMentions"; empty when the format has none
    double confidence = 0.5;    // of one event; n events give 1 − (1 − c)^n, at most 0.95
};

// One coded event between two resolved entities.
struct EventRecord {
    const Entity* source = nullptr;
    const Entity* target = nullptr;
    const RelationInfo* relation = nullptr;
    DayNumber day = 0;                       // when it happened
    std::optional<PartialDate> published;    // when it was reported, if the format says
    std::string_view id;                     // the format's event id
    std::string_view code;                   // "054", "ACCUSE/allege"
    std::string_view url;
    std::optional<double> score;             // Goldstein scale, intensity
    std::optional<long long> mentions;
    std::string_view extra;                  // more key=value text for the evidence
};

class EventCollector {
public:
    // With `check_only`, nothing is handed on: a first pass of --strict that only looks for bad rows.
    EventCollector(InputSource& input, ImportContext& context, DocumentSink& sink, EventFormat format,
                   bool check_only = false);

    // A line that is not a row (a header) but is part of the document's content.
    void content(std::string_view line);
    // Starts a data row: its bytes count for the document's content hash.
    void begin_row(std::string_view line, std::size_t line_number);
    // The row cannot be read. Counted and reported; with --strict, throws InputError instead.
    void bad(const SourceLocation& where, const std::string& message);
    // The row (or one actor pair of it) is readable but gives no event.
    void skip(std::string_view reason);
    void event(const EventRecord& record);
    // Ends the row: counts it, and hands on a document when the current one is full.
    void end_row();
    // Hands on the last document and reports the counts.
    void finish();

    const RowCounts& counts() const { return counts_; }

private:
    struct Accumulator {
        const Entity* source;
        const Entity* target;
        const RelationInfo* relation;
        std::optional<PartialDate> period;
        std::size_t events = 0;
        // The distinct reports behind the events (source URL, else the event itself): coders often
        // code one article several times, and those events are one piece of evidence, not several.
        std::vector<std::size_t> reports;
        DayNumber first = 0, last = 0;
        std::size_t line = 0;
        std::optional<PartialDate> published;
        std::string url;
        std::vector<std::string> ids;  // the first few
        std::vector<std::string> codes;
        double score_sum = 0.0;
        std::size_t scores = 0;
        long long mentions = 0;
        bool any_mentions = false;
        std::string extra;
    };

    void flush(bool even_if_empty = false);
    std::string document_id() const;
    Fact make_fact(const Accumulator& a, const std::string& document) const;

    InputSource& input_;
    ImportContext& context_;
    DocumentSink& sink_;
    EventFormat format_;
    bool check_only_;
    RowCounts counts_;
    std::size_t document_number_ = 0;  // documents handed on so far
    std::size_t rows_in_document_ = 0;
    std::size_t reported_ = 0;
    ContentHasher hasher_;
    // The row being read.
    std::size_t row_line_ = 0;
    bool row_bad_ = false;
    std::size_t row_events_ = 0;
    std::vector<std::string> event_ids_;  // of the current document
    std::string row_skip_reason_;
    // The facts of the current document.
    std::vector<Accumulator> facts_;
    std::unordered_map<std::string, std::size_t> index_;
    std::string key_;
};

// Reads an input with `scan` into a collector and finishes it. With --strict, a first pass only
// checks the rows, so that a bad row rejects the whole file before any part of it is stored.
void collect_events(InputSource& input, ImportContext& context, DocumentSink& sink, const EventFormat& format,
                    const std::function<void(EventCollector&)>& scan);

}  // namespace stancegraph
