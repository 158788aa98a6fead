// Partial dates: parsing, calendar checks and the periods they stand for.
#include "core/partial_date.hpp"

#include <catch2/catch.hpp>

using namespace stancegraph;

TEST_CASE("partial dates parse at year, month and day precision") {
    CHECK(PartialDate::parse("2022")->precision() == DatePrecision::year);
    CHECK(PartialDate::parse("2022-02")->precision() == DatePrecision::month);
    CHECK(PartialDate::parse("2022-06-17")->precision() == DatePrecision::day);
    CHECK(PartialDate::parse("2022-06-17")->to_string() == "2022-06-17");
    CHECK(PartialDate::parse("2022-02")->to_string() == "2022-02");
}

TEST_CASE("impossible and malformed dates are refused") {
    for (const char* bad : {"2022-02-30", "2023-02-29", "0000-00-00", "2022-13", "2022-00", "2022-01-00", "22-01-01",
                            "2022-1-01", "2022/01/01", "", "2022-01-01T00:00", " 2022", "abcd", "2022-02-3x", "-200"}) {
        INFO(bad);
        CHECK_FALSE(PartialDate::parse(bad).has_value());
    }
    CHECK(PartialDate::parse("2024-02-29").has_value());
    CHECK(PartialDate::parse("2000-02-29").has_value());
    CHECK_FALSE(PartialDate::parse("1900-02-29").has_value());
}

TEST_CASE("a partial date starts on the first day of its period and ends before the next") {
    const PartialDate year = *PartialDate::parse("2022");
    const PartialDate month = *PartialDate::parse("2022-02");
    const PartialDate day = *PartialDate::parse("2022-02-24");
    CHECK(year.first_day() == days_from_civil(2022, 1, 1));
    CHECK(year.end_day() == days_from_civil(2023, 1, 1));
    CHECK(month.first_day() == days_from_civil(2022, 2, 1));
    CHECK(month.end_day() == days_from_civil(2022, 3, 1));
    CHECK(day.end_day() == day.first_day() + 1);
    CHECK(PartialDate::parse("2024-02")->end_day() - PartialDate::parse("2024-02")->first_day() == 29);
    CHECK(year.covers(days_from_civil(2022, 12, 31)));
    CHECK_FALSE(year.covers(days_from_civil(2023, 1, 1)));
    CHECK_FALSE(year.covers(days_from_civil(2021, 12, 31)));
}

TEST_CASE("dates order by first day, the coarser first on ties") {
    CHECK(*PartialDate::parse("2022") < *PartialDate::parse("2022-01"));
    CHECK(*PartialDate::parse("2022-01") < *PartialDate::parse("2022-01-01"));
    CHECK(*PartialDate::parse("2022-01-01") < *PartialDate::parse("2022-01-02"));
    CHECK(*PartialDate::parse("2021-12-31") < *PartialDate::parse("2022"));
}

TEST_CASE("day numbers round-trip through the civil calendar") {
    for (DayNumber d : {-719162, -1, 0, 1, 10957, 19160, 2932896}) {
        INFO(d);
        CHECK(PartialDate::from_day_number(d).first_day() == d);
    }
    CHECK(day_to_string(0) == "1970-01-01");
    CHECK(day_to_string(days_from_civil(2022, 6, 17)) == "2022-06-17");
}
