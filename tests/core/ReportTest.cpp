#include "eqplan/PlanReader.hpp"
#include "eqplan/Report.hpp"

#include "CatalogueWords.hpp"
#include "GridBuilders.hpp"
#include "TestSchemas.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace eqplan;
using namespace eqplan::test;
using namespace std::chrono;

namespace
{
Plan planOf(const DocumentGrid& grid)
{
    const ReadResult read = readPlan(grid, realSchemas());
    EXPECT_TRUE(read) << read.message;
    return read.plan;
}

// Term-dated, month-dated and undated progress, a status column and owner codes.
DocumentGrid plan()
{
    return document({table(
        "Table1",
        {{"Objective", "Lead", "Status", "Progress"},
         {"Close the gap", "SLT", "On track",
          "Autumn Term 2024: baseline\nSpring Term 2025: tutoring\nAutumn Term 2025: gap 4%"},
         {"Stop bullying", "EWA", "R", "March 2025\nPolicy written\nJune 2026\nAudit done"},
         {"Clubs for all", "SLT", "Achieved", "Clubs run weekly"}})});
}

constexpr year_month_day today2026{year(2026), July, day(1)};
} // namespace

TEST(ReportPeriod, AnEntryBelongsToThePeriodItsDateStartsIn)
{
    const ReportPeriod year2425{year(2024) / September / 1, year(2025) / August / 31};
    EXPECT_TRUE(year2425.holds(schoolTerm(Term::Autumn, 2024)));
    EXPECT_TRUE(year2425.holds(schoolTerm(Term::Summer, 2025)));
    EXPECT_FALSE(year2425.holds(schoolTerm(Term::Autumn, 2025)));
    // An academic year starting in it, never in the next one too.
    EXPECT_TRUE(year2425.holds(academicYear(2024)));
    EXPECT_FALSE((ReportPeriod{year(2025) / January / 1, year(2025) / December / 31}.holds(
        academicYear(2024))));
}

TEST(ReportPeriod, ThisAcademicYearRunsSeptemberToAugust)
{
    const PeriodChoice july = thisAcademicYear(today2026);
    EXPECT_EQ(july.period.since, year(2025) / September / 1);
    EXPECT_EQ(july.period.until, year(2026) / August / 31);
    EXPECT_EQ(july.label, "this academic year (2025\u201326)");
    EXPECT_EQ(thisAcademicYear(year(2026) / September / 1).period.since,
              year(2026) / September / 1);
}

TEST(ReportPeriod, SinceTheLastReviewStartsTheDayAfterItsMeetingOrItsLatestProgress)
{
    const Plan p = planOf(plan());
    // No meeting on record: the latest dated progress, June 2026, ends on 30 June.
    const PeriodChoice fromProgress = sinceLastReview(p, {}, today2026);
    ASSERT_TRUE(fromProgress) << fromProgress.reason;
    EXPECT_EQ(fromProgress.period.since, year(2026) / July / 1);
    EXPECT_EQ(fromProgress.label, "since the last review (the review of June 2026)");
    const std::vector<HistoryEntry> history{
        {year(2026) / March / 4, "D Sydes", std::nullopt, "Review meeting of 2026-03-04"},
        {year(2026) / May / 2, "D Sydes", 1, "Added progress for 2026-05: 1 point"}};
    const PeriodChoice fromMeeting = sinceLastReview(p, history, today2026);
    EXPECT_EQ(fromMeeting.period.since, year(2026) / March / 5);
    EXPECT_EQ(fromMeeting.period.until, today2026);
    EXPECT_EQ(fromMeeting.label, "since the last review (the review meeting of 4 March 2026)");
    const PeriodChoice none = sinceLastReview(Plan{}, {}, today2026);
    EXPECT_FALSE(none);
    EXPECT_EQ(none.reason, "The plan has no dated progress and no review meeting on record, so "
                           "there is no last review to report from: give the period's dates.");
}

TEST(Report, ListsExactlyTheEntriesDatedInThePeriodInDateOrderAndUndatedApart)
{
    const Plan p = planOf(plan());
    const PeriodChoice year2425 = thisAcademicYear(year(2025) / June / 1);
    const Report report =
        buildReport(p, nullptr, realSchemas(), year2425.period, year2425.label, today2026);
    ASSERT_EQ(report.objectives.size(), 3u);
    const ReportObjective& first = report.objectives[0];
    ASSERT_EQ(first.entries.size(), 2u);
    EXPECT_EQ(first.entries[0].heading, "Autumn Term 2024:");
    EXPECT_EQ(first.entries[0].items, std::vector<std::string>{"baseline"});
    EXPECT_EQ(first.entries[1].heading, "Spring Term 2025:");
    const ReportObjective& second = report.objectives[1];
    ASSERT_EQ(second.entries.size(), 1u);
    EXPECT_EQ(second.entries[0].heading, "March 2025");
    EXPECT_EQ(second.entries[0].items, std::vector<std::string>{"Policy written"});
    EXPECT_TRUE(report.objectives[2].entries.empty());
    ASSERT_EQ(report.objectives[2].undated.size(), 1u);
    EXPECT_EQ(report.objectives[2].undated[0].items, std::vector<std::string>{"Clubs run weekly"});
    EXPECT_EQ(report.entries, 3u);
    EXPECT_EQ(report.withProgress, (std::vector<int>{1, 2}));
    EXPECT_EQ(report.withoutProgress, std::vector<int>{3});
    EXPECT_EQ(report.title, "Equality objectives: progress report, 2024\u201325");
}

TEST(Report, StatusIsASymbolAndAWordAndAchievedIsCounted)
{
    const Plan p = planOf(plan());
    const PeriodChoice period = thisAcademicYear(today2026);
    const OwnerRegister owners{{{"SLT", "Senior Leadership Team"}}};
    const Report report =
        buildReport(p, &owners, realSchemas(), period.period, period.label, today2026);
    EXPECT_EQ(report.objectives[0].status, "\u2713 Green: On track");
    EXPECT_EQ(report.objectives[1].status, "\u2717 Red");
    EXPECT_EQ(report.objectives[2].status, "\u2713 Green: Achieved");
    EXPECT_EQ(report.achieved, std::vector<int>{3});
    EXPECT_EQ(report.objectives[0].owners,
              std::vector<std::string>{"SLT (Senior Leadership Team)"});
    EXPECT_EQ(report.objectives[1].owners, std::vector<std::string>{"EWA"});
    EXPECT_EQ(statusWords(Status{"Not achieved", "red", "", "words"}), "\u2717 Red: Not achieved");
}

TEST(Report, APeriodWithNoDatedProgressSaysSo)
{
    const Plan p = planOf(plan());
    const ReportPeriod empty{year(2020) / January / 1, year(2020) / December / 31};
    const Report report = buildReport(p, nullptr, realSchemas(), empty, "", today2026);
    EXPECT_EQ(report.entries, 0u);
    EXPECT_EQ(noProgressMessage(report),
              "No progress is dated from 1 January 2020 to 31 December 2020 for any of the plan's 3 "
              "objectives: there is nothing to report.");
    const boost::json::value json = toJson(report);
    EXPECT_EQ(json.at("summary").at("entries").as_uint64(), 0u);
    EXPECT_EQ(json.at("period").at("since").as_string(), "2020-01-01");
}

// The Publish panel says the periods and "nothing to report" from its catalogue: in British
// English, word for word what the CLI says.
TEST(Report, ThePeriodsAndNothingToReportAreKeyedAsTheCliSaysThem)
{
    const Plan p = planOf(plan());
    const std::vector<HistoryEntry> meeting{
        {year(2026) / March / 4, "D Sydes", std::nullopt, "Review meeting of 2026-03-04"}};
    for (const PeriodChoice& choice :
         {thisAcademicYear(today2026), sinceLastReview(p, {}, today2026),
          sinceLastReview(p, meeting, today2026), sinceLastReview(Plan{}, {}, today2026),
          sinceLastReview(p, {}, year(2026) / June / 15)})
    {
        SCOPED_TRACE(choice.label + choice.reason);
        EXPECT_EQ(saidInBritishEnglish(choice.labelWords), choice.label);
        EXPECT_EQ(saidInBritishEnglish(choice.reasonWords), choice.reason);
        EXPECT_FALSE((choice ? choice.labelWords : choice.reasonWords).key.empty());
    }
    const PeriodChoice year2020 = thisAcademicYear(year(2020) / October / 1);
    const ReportPeriod calendar2020{year(2020) / January / 1, year(2020) / December / 31};
    for (const auto& [period, label] :
         {std::pair{year2020.period, year2020.labelWords}, std::pair{calendar2020, Message{}}})
    {
        const Report report =
            buildReport(p, nullptr, realSchemas(), period, label.english, today2026);
        ASSERT_EQ(report.entries, 0u);
        EXPECT_EQ(saidInBritishEnglish(noProgressWords(report, label)), noProgressMessage(report));
    }
}
