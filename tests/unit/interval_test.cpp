// Half-open validity intervals at every boundary.
#include "core/interval.hpp"

#include <catch2/catch.hpp>

using namespace stancegraph;

namespace {
Interval interval(const char* from, const char* to) {
    Interval i;
    if (*from) i.valid_from = PartialDate::parse(from);
    if (*to) i.valid_to = PartialDate::parse(to);
    return i;
}
DayNumber day(int y, int m, int d) { return days_from_civil(y, m, d); }
}  // namespace

TEST_CASE("valid_from is inclusive from the first day of its period") {
    const Interval i = interval("2008-02", "");
    CHECK_FALSE(i.holds_on(day(2008, 1, 31)));
    CHECK(i.holds_on(day(2008, 2, 1)));
    CHECK(i.holds_on(day(2030, 1, 1)));
}

TEST_CASE("valid_to is exclusive") {
    const Interval i = interval("2008-02-17", "2019-11-11");
    CHECK(i.holds_on(day(2008, 2, 17)));
    CHECK(i.holds_on(day(2019, 11, 10)));
    CHECK_FALSE(i.holds_on(day(2019, 11, 11)));
    // A partial valid_to ends the interval before its period starts.
    const Interval y = interval("2000", "2010");
    CHECK(y.holds_on(day(2009, 12, 31)));
    CHECK_FALSE(y.holds_on(day(2010, 1, 1)));
}

TEST_CASE("an unknown valid_from means since before anything we know") {
    const Interval i = interval("", "1990");
    CHECK(i.holds_on(day(1, 1, 1)));
    CHECK(i.holds_on(day(1989, 12, 31)));
    CHECK_FALSE(i.holds_on(day(1990, 1, 1)));
    CHECK(interval("", "").holds_on(day(2022, 1, 1)));
}

TEST_CASE("intervals overlap when they share a day") {
    CHECK(interval("2000", "2010").overlaps(interval("2009", "2020")));
    CHECK_FALSE(interval("2000", "2010").overlaps(interval("2010", "2020")));
    CHECK(interval("", "").overlaps(interval("2010", "2011")));
}
