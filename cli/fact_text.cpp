// Text forms of facts for tables.
#include "fact_text.hpp"

#include "text_table.hpp"

#include <charconv>


namespace stancegraph {

std::string from_text(const Fact& fact) { return fact.valid.valid_from ? fact.valid.valid_from->to_string() : "(undated)"; }

std::string until_text(const StanceGraph& graph, FactIndex f) {
    const auto end = graph.known_end(f);
    if (!end) return "";
    const Fact& fact = graph.fact(f);
    if (fact.valid.valid_to && fact.valid.valid_to->first_day() == *end) return fact.valid.valid_to->to_string();
    return day_to_string(*end);
}

std::string evidence_text(const Fact& fact, std::size_t width) {
    if (fact.evidence.empty()) return "";
    const Evidence& e = fact.evidence.front();
    std::string text = truncate_display(!e.text.empty() ? e.text : e.url, width);
    if (fact.evidence.size() > 1) text += " (+" + std::to_string(fact.evidence.size() - 1) + " more)";
    return text;
}

std::string confidence_text(double confidence) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, confidence);
    return ec == std::errc() ? std::string(buffer, end) : std::to_string(confidence);
}

std::string gap_text(DayNumber days) {
    if (days < 0) return "";
    if (days < 62) return std::to_string(days) + " d";
    const int months = days * 12 / 365;
    if (months < 24) return std::to_string(months) + " m";
    return std::to_string(months / 12) + " y " + std::to_string(months % 12) + " m";
}

}  // namespace stancegraph
