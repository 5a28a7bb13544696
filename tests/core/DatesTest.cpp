#include "eqplan/Dates.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

using namespace eqplan;
namespace chr = std::chrono;

namespace
{
chr::year_month_day ymd(int y, unsigned m, unsigned d)
{
    return chr::year_month_day{chr::year{y}, chr::month{m}, chr::day{d}};
}

PlanDate day(int y, unsigned m, unsigned d)
{
    return PlanDate{ymd(y, m, d), Precision::Day, std::nullopt};
}

PlanDate month(int y, unsigned m)
{
    return PlanDate{ymd(y, m, 1), Precision::Month, std::nullopt};
}

PlanDate term(int y, Term t)
{
    const unsigned first = t == Term::Autumn ? 9 : t == Term::Spring ? 1 : 5;
    return PlanDate{ymd(y, first, 1), Precision::Term, t};
}

PlanDate year(int y)
{
    return PlanDate{ymd(y, 1, 1), Precision::Year, std::nullopt};
}

const std::string nbsp = "\xC2\xA0";
const std::string enDash = "\xE2\x80\x93";

struct DateCase
{
    std::string text;
    std::string iso;
    Precision precision;
};

void PrintTo(const DateCase& c, std::ostream* os)
{
    *os << '"' << c.text << '"';
}

// A text parameter that prints as itself, so that ctest names stay readable with UTF-8 in them.
struct Sample
{
    Sample(const char* s) : text(s) {}
    Sample(std::string s) : text(std::move(s)) {}
    std::string text;
};

void PrintTo(const Sample& s, std::ostream* os)
{
    *os << '"' << s.text << '"';
}
} // namespace

// ---- parseDate: every form a plan writes ----

class ParseDateForms : public testing::TestWithParam<DateCase>
{
};

TEST_P(ParseDateForms, ReadsIsoAndPrecision)
{
    const DateCase& c = GetParam();
    const std::optional<PlanDate> date = parseDate(c.text);
    ASSERT_TRUE(date.has_value()) << c.text;
    EXPECT_EQ(date->iso(), c.iso) << c.text;
    EXPECT_EQ(date->precision, c.precision) << c.text;
    EXPECT_EQ(date->term.has_value(), c.precision == Precision::Term) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Dates, ParseDateForms,
    testing::Values(
        // Numeric dates are day first, as in the UK.
        DateCase{"2-3-2021", "2021-03-02", Precision::Day},
        DateCase{"31/03/2025", "2025-03-31", Precision::Day},
        DateCase{"14/07/2021", "2021-07-14", Precision::Day},
        DateCase{"2.3.2021", "2021-03-02", Precision::Day},
        DateCase{"2/3/21", "2021-03-02", Precision::Day},
        DateCase{"02/03/21", "2021-03-02", Precision::Day},
        DateCase{"29/02/2024", "2024-02-29", Precision::Day},
        DateCase{"2021-03-02", "2021-03-02", Precision::Day},
        // A day with a month name.
        DateCase{"3 March 2021", "2021-03-03", Precision::Day},
        DateCase{"3rd March 2021", "2021-03-03", Precision::Day},
        DateCase{"1st Sept 2020", "2020-09-01", Precision::Day},
        DateCase{"22nd of June 2022", "2022-06-22", Precision::Day},
        DateCase{"3 March, 2021", "2021-03-03", Precision::Day},
        DateCase{"14 july 2022", "2022-07-14", Precision::Day},
        DateCase{"March 3 2021", "2021-03-03", Precision::Day},
        DateCase{"March 3rd, 2021", "2021-03-03", Precision::Day},
        DateCase{"May 4th 2021", "2021-05-04", Precision::Day},
        DateCase{"4 May 2021", "2021-05-04", Precision::Day},
        DateCase{"3" + nbsp + "March" + nbsp + "2021", "2021-03-03", Precision::Day},
        // A month.
        DateCase{"March 2020", "2020-03", Precision::Month},
        DateCase{"Sept 2017", "2017-09", Precision::Month},
        DateCase{"Sept. 2017", "2017-09", Precision::Month},
        DateCase{"Sep 2017", "2017-09", Precision::Month},
        DateCase{"September 2017", "2017-09", Precision::Month},
        DateCase{"March, 2020", "2020-03", Precision::Month},
        DateCase{"DECEMBER 2018", "2018-12", Precision::Month},
        DateCase{"december 2018", "2018-12", Precision::Month},
        DateCase{"Jan 2019", "2019-01", Precision::Month},
        DateCase{"Feb 2019", "2019-02", Precision::Month},
        DateCase{"Mar 2019", "2019-03", Precision::Month},
        DateCase{"Apr 2019", "2019-04", Precision::Month},
        DateCase{"May 2019", "2019-05", Precision::Month},
        DateCase{"Jun 2019", "2019-06", Precision::Month},
        DateCase{"June 2019", "2019-06", Precision::Month},
        DateCase{"Jul 2019", "2019-07", Precision::Month},
        DateCase{"July 2019", "2019-07", Precision::Month},
        DateCase{"Aug 2019", "2019-08", Precision::Month},
        DateCase{"Oct 2019", "2019-10", Precision::Month},
        DateCase{"Nov 2018", "2018-11", Precision::Month},
        DateCase{"Dec. 2018", "2018-12", Precision::Month},
        DateCase{"March" + nbsp + "2021", "2021-03", Precision::Month},
        // A term.
        DateCase{"Spring Term 2021", "2021-spring", Precision::Term},
        DateCase{"Spring term 2021", "2021-spring", Precision::Term},
        DateCase{"Autumn 2020", "2020-autumn", Precision::Term},
        DateCase{"Summer 2022", "2022-summer", Precision::Term},
        DateCase{"summer term 2022", "2022-summer", Precision::Term},
        DateCase{"Autumn Term 1 2020", "2020-autumn", Precision::Term},
        DateCase{"Spring 2 2021", "2021-spring", Precision::Term},
        // A year, 1990-2099.
        DateCase{"2021", "2021", Precision::Year}, DateCase{"1990", "1990", Precision::Year},
        DateCase{"2099", "2099", Precision::Year},
        // Surrounding space and trailing punctuation do not count.
        DateCase{"  March 2021 ", "2021-03", Precision::Month},
        DateCase{"December 2018:", "2018-12", Precision::Month},
        DateCase{"2-3-2021.", "2021-03-02", Precision::Day},
        DateCase{nbsp + "Autumn 2020," + nbsp, "2020-autumn", Precision::Term}));

class ParseDateRejects : public testing::TestWithParam<Sample>
{
};

TEST_P(ParseDateRejects, IsNotOneDate)
{
    EXPECT_FALSE(parseDate(GetParam().text).has_value()) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Dates, ParseDateRejects,
                         testing::Values("", "   ", ":", "31/02/2021", "29/02/2021", "32/01/2021",
                                         "1/13/2021", "30 February 2021", "February 30 2021",
                                         "2021-02-30", "3 March", "March 3", "March", "Spring Term",
                                         "Year 7-10", "Attendance 100", "1989", "2100", "21",
                                         "On-going", "on-going", "2022" + enDash + "2026",
                                         "2018-2021", "March 2020 onwards",
                                         "Updated 2-3-2021 D Sydes", "may", "Marginalised 2021",
                                         "2/3/2021/4", "1.5", "2021%", "£2021", "2,2021"));

// ---- findDate: dates inside sentences, and what is not a date ----

TEST(FindDate, ReturnsByteOffsetsOfTheExpression)
{
    const DateMatch match = findDate("Updated 2-3-2021 D Sydes");
    ASSERT_TRUE(match);
    EXPECT_EQ(*match.date, day(2021, 3, 2));
    EXPECT_EQ(match.begin, 8u);
    EXPECT_EQ(match.end, 16u);
}

TEST(FindDate, FindsMonthAtTheEndOfASentence)
{
    const std::string text = "2) Positive feedback from first DfE monitoring  visit Nov 2018";
    const DateMatch match = findDate(text);
    ASSERT_TRUE(match);
    EXPECT_EQ(*match.date, month(2018, 11));
    EXPECT_EQ(text.substr(match.begin, match.end - match.begin), "Nov 2018");
}

TEST(FindDate, TakesTheLongestExpressionAtAPosition)
{
    const std::string text = "given on 3rd March, 2021 to all";
    const DateMatch match = findDate(text);
    ASSERT_TRUE(match);
    EXPECT_EQ(*match.date, day(2021, 3, 3));
    EXPECT_EQ(text.substr(match.begin, match.end - match.begin), "3rd March, 2021");
}

TEST(FindDate, MayIsAMonthOnlyWithAYear)
{
    EXPECT_FALSE(findDate("Students may attend the club"));
    EXPECT_FALSE(findDate("Staff May be asked"));
    const DateMatch verbThenYear = findDate("Reviewed May 2021");
    ASSERT_TRUE(verbThenYear);
    EXPECT_EQ(*verbThenYear.date, month(2021, 5));
    const DateMatch dayThenMay = findDate("on 4 May 2021");
    ASSERT_TRUE(dayThenMay);
    EXPECT_EQ(*dayThenMay.date, day(2021, 5, 4));
}

TEST(FindDate, SkipsDayAndMonthWithoutYearButFindsLaterYear)
{
    const std::string text = "Meeting on 3 March about the 2021 plan";
    const DateMatch match = findDate(text);
    ASSERT_TRUE(match);
    EXPECT_EQ(*match.date, year(2021));
    EXPECT_EQ(text.substr(match.begin, match.end - match.begin), "2021");
}

TEST(FindDate, InvalidNumericDateHidesNoYear)
{
    // A regression guard: the "2021" of an impossible date must not be read as a bare year.
    EXPECT_FALSE(findDate("due 31/02/2021"));
    EXPECT_FALSE(findDate("due 30 February 2021"));
}

class FindDateNone : public testing::TestWithParam<Sample>
{
};

TEST_P(FindDateNone, FindsNothing)
{
    EXPECT_FALSE(findDate(GetParam().text)) << GetParam().text;
    EXPECT_TRUE(findDates(GetParam().text).empty()) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(WordBoundaries, FindDateNone,
                         testing::Values("Year 7-10", "Year 10 students", "Attendance 100",
                                         "Attendance 100 contract", "Marginalised groups",
                                         "Marginalised 2021groups", "Decorum and Junior staff",
                                         "On-going", "on-going", "More than 2% increase",
                                         "1.5 days a week", "Spring and Summer terms",
                                         "Ethos and code of conduct", "3 March", "a1990",
                                         "£2000 budget", "12,2021", "room 2021b", "2021%",
                                         "SEPTEMBER", "Augmented", "Octopus 2021x"));

// ---- findDates: several dates in one text ----

TEST(FindDates, MonthRangeWithEnDashAndNoBreakSpace)
{
    const std::string text = "Sept 2017" + enDash + nbsp + "July 2018";
    const std::vector<DateMatch> matches = findDates(text);
    ASSERT_EQ(matches.size(), 2u);
    EXPECT_EQ(*matches[0].date, month(2017, 9));
    EXPECT_EQ(matches[0].begin, 0u);
    EXPECT_EQ(matches[0].end, 9u);
    EXPECT_EQ(*matches[1].date, month(2018, 7));
    EXPECT_EQ(matches[1].begin, 14u);
    EXPECT_EQ(matches[1].end, 23u);
}

TEST(FindDates, YearRangeWithEnDash)
{
    const std::vector<DateMatch> matches = findDates("2022" + enDash + "2026");
    ASSERT_EQ(matches.size(), 2u);
    EXPECT_EQ(*matches[0].date, year(2022));
    EXPECT_EQ(matches[0].begin, 0u);
    EXPECT_EQ(matches[0].end, 4u);
    EXPECT_EQ(*matches[1].date, year(2026));
    EXPECT_EQ(matches[1].begin, 7u);
    EXPECT_EQ(matches[1].end, 11u);
}

TEST(FindDates, YearRangeWithHyphenIsTwoYearsNotADate)
{
    const std::vector<DateMatch> matches = findDates("Equality Action Plan 2018-2021");
    ASSERT_EQ(matches.size(), 2u);
    EXPECT_EQ(*matches[0].date, year(2018));
    EXPECT_EQ(*matches[1].date, year(2021));
    EXPECT_EQ(matches[1].begin, 26u);
}

TEST(FindDates, MixedFormsInDocumentOrder)
{
    const std::vector<DateMatch> matches =
        findDates("Started Autumn 2020, reviewed 14/07/2021 and again in March 2022.");
    ASSERT_EQ(matches.size(), 3u);
    EXPECT_EQ(*matches[0].date, term(2020, Term::Autumn));
    EXPECT_EQ(*matches[1].date, day(2021, 7, 14));
    EXPECT_EQ(*matches[2].date, month(2022, 3));
}

TEST(FindDates, NoneInEmptyText)
{
    EXPECT_TRUE(findDates("").empty());
    EXPECT_FALSE(findDate(""));
}

// ---- PlanDate: last(), iso(), compare() ----

TEST(PlanDateLast, DayIsItself)
{
    EXPECT_EQ(day(2021, 3, 2).last(), ymd(2021, 3, 2));
}

TEST(PlanDateLast, MonthEndsOnItsLastDay)
{
    EXPECT_EQ(month(2021, 3).last(), ymd(2021, 3, 31));
    EXPECT_EQ(month(2021, 4).last(), ymd(2021, 4, 30));
    EXPECT_EQ(month(2021, 2).last(), ymd(2021, 2, 28));
    EXPECT_EQ(month(2024, 2).last(), ymd(2024, 2, 29));
}

TEST(PlanDateLast, TermsEndInDecemberAprilAndJuly)
{
    EXPECT_EQ(term(2020, Term::Autumn).last(), ymd(2020, 12, 31));
    EXPECT_EQ(term(2021, Term::Spring).last(), ymd(2021, 4, 30));
    EXPECT_EQ(term(2022, Term::Summer).last(), ymd(2022, 7, 31));
}

TEST(PlanDateLast, YearEndsOnDecember31)
{
    EXPECT_EQ(year(2021).last(), ymd(2021, 12, 31));
}

TEST(PlanDateFirst, TermsStartInSeptemberJanuaryAndMay)
{
    EXPECT_EQ(parseDate("Autumn 2020")->first, ymd(2020, 9, 1));
    EXPECT_EQ(parseDate("Spring Term 2021")->first, ymd(2021, 1, 1));
    EXPECT_EQ(parseDate("Summer 2022")->first, ymd(2022, 5, 1));
}

TEST(PlanDateIso, OneFormPerPrecision)
{
    EXPECT_EQ(day(2021, 3, 2).iso(), "2021-03-02");
    EXPECT_EQ(month(2021, 3).iso(), "2021-03");
    EXPECT_EQ(year(2021).iso(), "2021");
    EXPECT_EQ(term(2021, Term::Spring).iso(), "2021-spring");
    EXPECT_EQ(term(2020, Term::Autumn).iso(), "2020-autumn");
    EXPECT_EQ(term(2022, Term::Summer).iso(), "2022-summer");
}

TEST(PlanDateIso, DayAndYearRoundTripThroughParseDate)
{
    // "2021-03" is not read back: in a plan "2011-12" is an academic year, not December 2011.
    for (const PlanDate& date : {day(2021, 3, 2), year(2021)})
        EXPECT_EQ(parseDate(date.iso()), date) << date.iso();
}

TEST(PrecisionToString, NamesEachPrecision)
{
    EXPECT_EQ(toString(Precision::Day), "day");
    EXPECT_EQ(toString(Precision::Month), "month");
    EXPECT_EQ(toString(Precision::Term), "term");
    EXPECT_EQ(toString(Precision::Year), "year");
}

TEST(CompareDates, OrdersByFirstDay)
{
    EXPECT_EQ(compare(day(2021, 3, 2), day(2021, 3, 3)), std::strong_ordering::less);
    EXPECT_EQ(compare(month(2021, 4), day(2021, 3, 31)), std::strong_ordering::greater);
    EXPECT_EQ(compare(term(2020, Term::Autumn), month(2020, 12)), std::strong_ordering::less);
    EXPECT_EQ(compare(year(2020), term(2020, Term::Autumn)), std::strong_ordering::less);
    EXPECT_EQ(compare(day(2021, 3, 2), day(2021, 3, 2)), std::strong_ordering::equal);
}

TEST(CompareDates, SameFirstDayOrdersDayMonthTermYear)
{
    // 1 January 2021 is the first day of a day, a month, the Spring term and a year.
    const PlanDate d = day(2021, 1, 1);
    const PlanDate m = month(2021, 1);
    const PlanDate t = term(2021, Term::Spring);
    const PlanDate y = year(2021);
    EXPECT_EQ(compare(d, m), std::strong_ordering::less);
    EXPECT_EQ(compare(m, t), std::strong_ordering::less);
    EXPECT_EQ(compare(t, y), std::strong_ordering::less);
    EXPECT_EQ(compare(y, d), std::strong_ordering::greater);
}

TEST(CompareDates, SortsAMixedList)
{
    std::vector<PlanDate> dates = {year(2021),      month(2020, 3), term(2020, Term::Autumn),
                                   day(2021, 3, 2), month(2021, 1), day(2018, 12, 1)};
    std::sort(dates.begin(), dates.end(),
              [](const PlanDate& a, const PlanDate& b) { return compare(a, b) < 0; });
    std::vector<std::string> iso;
    for (const PlanDate& date : dates)
        iso.push_back(date.iso());
    EXPECT_EQ(iso, (std::vector<std::string>{"2018-12-01", "2020-03", "2020-autumn", "2021-01",
                                             "2021", "2021-03-02"}));
}

TEST(DescribeDate, InWordsAsASchoolWritesThem)
{
    EXPECT_EQ(describe(day(2021, 3, 2)), "2 March 2021");
    EXPECT_EQ(describe(month(2018, 12)), "December 2018");
    EXPECT_EQ(describe(term(2021, Term::Spring)), "Spring term 2021");
    EXPECT_EQ(describe(term(2020, Term::Autumn)), "Autumn term 2020");
    EXPECT_EQ(describe(year(2021)), "2021");
    EXPECT_EQ(describe(*parseDate("Sept 2017")), "September 2017");
}

// ---- half terms and academic years (the dates of progress entries) ----

TEST(HalfTerm, EachHalfStartsAndEndsAtItsHoliday)
{
    const PlanDate autumn2 = halfTerm(Term::Autumn, 2026, 2);
    EXPECT_EQ(autumn2.precision, Precision::HalfTerm);
    EXPECT_EQ(autumn2.term, Term::Autumn);
    EXPECT_EQ(autumn2.first, ymd(2026, 11, 1));
    EXPECT_EQ(autumn2.last(), ymd(2026, 12, 31));
    EXPECT_EQ(autumn2.half(), 2);
    EXPECT_EQ(halfTerm(Term::Autumn, 2022, 1).last(), ymd(2022, 10, 31));
    EXPECT_EQ(halfTerm(Term::Spring, 2024, 1).last(), ymd(2024, 2, 29));
    EXPECT_EQ(halfTerm(Term::Spring, 2023, 2).first, ymd(2023, 3, 1));
    EXPECT_EQ(halfTerm(Term::Summer, 2023, 1).last(), ymd(2023, 5, 31));
    EXPECT_EQ(halfTerm(Term::Summer, 2023, 2).last(), ymd(2023, 7, 31));
    EXPECT_EQ(term(2023, Term::Summer).half(), 0);
}

TEST(AcademicYear, RunsFromSeptemberToAugust)
{
    const PlanDate year2023 = academicYear(2023);
    EXPECT_EQ(year2023.precision, Precision::AcademicYear);
    EXPECT_EQ(year2023.first, ymd(2023, 9, 1));
    EXPECT_EQ(year2023.last(), ymd(2024, 8, 31));
}

TEST(PlanDateIso, HalfTermsAndAcademicYears)
{
    EXPECT_EQ(halfTerm(Term::Spring, 2023, 2).iso(), "2023-spring-2");
    EXPECT_EQ(halfTerm(Term::Autumn, 2022, 1).iso(), "2022-autumn-1");
    EXPECT_EQ(academicYear(2023).iso(), "2023/24");
    EXPECT_EQ(academicYear(1999).iso(), "1999/00");
    EXPECT_EQ(schoolTerm(Term::Autumn, 2026), term(2026, Term::Autumn));
}

TEST(PrecisionToString, NamesHalfTermsAndAcademicYears)
{
    EXPECT_EQ(toString(Precision::HalfTerm), "half-term");
    EXPECT_EQ(toString(Precision::AcademicYear), "academic-year");
}

TEST(DescribeDate, HalfTermsAndAcademicYearsAsSchoolsWriteThem)
{
    EXPECT_EQ(describe(halfTerm(Term::Spring, 2023, 2)), "Spring 2 2023");
    EXPECT_EQ(describe(academicYear(2023)), "2023-24");
}

TEST(CompareDates, SameFirstDayOrdersMonthHalfTermTermAcademicYear)
{
    // 1 September 2026 starts a month, Autumn 1, the Autumn term and the academic year.
    EXPECT_EQ(compare(month(2026, 9), halfTerm(Term::Autumn, 2026, 1)), std::strong_ordering::less);
    EXPECT_EQ(compare(halfTerm(Term::Autumn, 2026, 1), term(2026, Term::Autumn)),
              std::strong_ordering::less);
    EXPECT_EQ(compare(term(2026, Term::Autumn), academicYear(2026)), std::strong_ordering::less);
    EXPECT_NE(compare(halfTerm(Term::Spring, 2023, 1), halfTerm(Term::Spring, 2023, 2)),
              std::strong_ordering::equal);
}

struct PeriodCase
{
    PlanDate date;
    Precision precision;
    std::string iso; // empty: no such period holds the date
};

void PrintTo(const PeriodCase& c, std::ostream* os)
{
    *os << c.date.iso() << " in " << toString(c.precision);
}

class PeriodHolding : public testing::TestWithParam<PeriodCase>
{
};

TEST_P(PeriodHolding, GivesTheCoarserPeriodOrNothing)
{
    const std::optional<PlanDate> period = periodHolding(GetParam().date, GetParam().precision);
    EXPECT_EQ(period ? period->iso() : std::string(), GetParam().iso);
}

INSTANTIATE_TEST_SUITE_P(
    Periods, PeriodHolding,
    testing::Values(PeriodCase{day(2026, 12, 6), Precision::Month, "2026-12"},
                    PeriodCase{month(2026, 12), Precision::Term, "2026-autumn"},
                    PeriodCase{month(2027, 2), Precision::Term, "2027-spring"},
                    PeriodCase{month(2026, 12), Precision::HalfTerm, "2026-autumn-2"},
                    PeriodCase{day(2026, 10, 31), Precision::HalfTerm, "2026-autumn-1"},
                    PeriodCase{month(2027, 3), Precision::HalfTerm, "2027-spring-2"},
                    PeriodCase{month(2026, 12), Precision::AcademicYear, "2026/27"},
                    PeriodCase{term(2027, Term::Summer), Precision::AcademicYear, "2026/27"},
                    PeriodCase{month(2026, 12), Precision::Year, "2026"},
                    PeriodCase{term(2026, Term::Autumn), Precision::Term, "2026-autumn"},
                    // Finer than the date, or across two years: nothing.
                    PeriodCase{month(2026, 12), Precision::Day, ""},
                    PeriodCase{term(2026, Term::Autumn), Precision::Month, ""},
                    PeriodCase{academicYear(2026), Precision::Year, ""}));
