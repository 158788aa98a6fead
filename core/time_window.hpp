// How far back an "as of" question looks for events: a window of years, months and days ("1y",
// "6m", "30d", "0d"). An event answers for a day when its period ends after the day's horizon.
#pragma once

#include "partial_date.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace stancegraph {

struct TimeWindow {
    int years = 0;
    int months = 0;
    int days = 0;

    // "1y", "18m", "30d", "1y6m", "0d"; nullopt for anything else.
    static std::optional<TimeWindow> parse(std::string_view text);
    // `day` minus the window, by the calendar (2024-03-31 minus 1m is 2024-02-29). An event answers for
    // `day` when it started on or before `day` and its period ends (exclusive) after the horizon.
    DayNumber horizon(DayNumber day) const;
    std::string to_string() const;

    bool operator==(const TimeWindow&) const = default;
};

}  // namespace stancegraph
