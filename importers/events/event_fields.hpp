// Small readers for the fields of event files: tab splitting, dates as GDELT, ICEWS and PLOVER
// write them, numbers, and the column of a field for error messages.
#pragma once

#include "core/partial_date.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace stancegraph {

// Splits a line at tabs into `fields` (views into the line).
void split_tabs(std::string_view line, std::vector<std::string_view>& fields);

// "20181024" (and GDELT's "20191024143000", of which the time is dropped) → a day; nullopt when
// not a date on the calendar.
std::optional<DayNumber> parse_compact_day(std::string_view text);
// "2018-06-01" → a day.
std::optional<DayNumber> parse_iso_day(std::string_view text);

std::optional<double> parse_number(std::string_view text);
std::optional<long long> parse_integer(std::string_view text);

// The 1-based column (in code points) where `field`, a view into `line`, starts.
std::size_t column_of(std::string_view line, std::string_view field);

// True when the text is plain ASCII or valid UTF-8.
bool is_valid_text(std::string_view text);

}  // namespace stancegraph
