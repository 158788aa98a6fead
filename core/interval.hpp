// The time during which a fact holds: from valid_from (inclusive) to valid_to (exclusive).
// An unknown valid_from means "since before anything we know"; no valid_to means "still holds".
#pragma once

#include "partial_date.hpp"

#include <optional>
#include <string>

namespace stancegraph {

struct Interval {
    std::optional<PartialDate> valid_from;
    std::optional<PartialDate> valid_to;
    // For an undated fact, the first day it is known to have held (the earliest publication of its
    // evidence, or the day it was stored): it is not read back into the time before. Not part of
    // the fact's identity.
    std::optional<DayNumber> known_from;

    // True when the fact holds on that day: valid_from's period has begun and valid_to's has not.
    bool holds_on(DayNumber day) const;
    // True when [valid_from, valid_to) and [other.valid_from, other.valid_to) share at least a day.
    bool overlaps(const Interval& other) const;
    // The first day the fact holds: valid_from's, else known_from, else the smallest DayNumber.
    DayNumber start() const;
    // For an event, the first day after its stated period: valid_to, else the end of valid_from's
    // period (a day, a month, a year), else the day after known_from; the smallest DayNumber when
    // nothing dates it.
    DayNumber period_end() const;
    bool dated() const { return valid_from.has_value(); }
    // The first day it no longer holds, or the largest DayNumber when it is open.
    DayNumber end() const;

    bool operator==(const Interval& other) const = default;
};

std::string to_string(const std::optional<PartialDate>& date);  // "" when unknown

}  // namespace stancegraph
