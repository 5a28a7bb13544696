// planStatus: a status is written the way the plan's other status cells write theirs.
#include "GridBuilders.hpp"
#include "TestSchemas.hpp"

#include "eqplan/PlanReader.hpp"
#include "eqplan/StatusWriter.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

namespace
{
using namespace eqplan;
using namespace eqplan::test;

// A plan whose status column holds `cells` (text, shading), one objective each.
Plan planWithStatuses(const std::vector<std::pair<std::string, std::string>>& cells)
{
    std::vector<std::vector<std::string>> rows = {{"Objective", "Actions", "Lead", "RAG"}};
    for (std::size_t i = 0; i < cells.size(); ++i)
        rows.push_back({"Objective " + std::to_string(i + 1), "Action", "HT", cells[i].first});
    DocumentGrid grid = document({table("Table1", rows)});
    for (Cell& cell : grid.tables[0].cells)
        if (cell.column == 3 && cell.row > 0)
            cell.shading = cells[static_cast<std::size_t>(cell.row - 1)].second;
    const ReadResult read = readPlan(grid, realSchemas());
    EXPECT_TRUE(read) << read.message;
    return read.plan;
}

StatusWrite planned(const Plan& plan, std::size_t objective, const std::string& wanted)
{
    const Result<StatusWrite> result =
        planStatus(plan, plan.objectives.at(objective), wanted, realLayout());
    EXPECT_TRUE(result) << result.error;
    return result ? *result : StatusWrite{};
}

TEST(StatusWriter, LettersInShadedCellsGiveALetterInTheShadeThePlanUses)
{
    const Plan plan = planWithStatuses({{"G", "#00ff00"}, {"A", "#ffc000"}, {"", ""}});
    const StatusWrite write = planned(plan, 2, "green");
    EXPECT_EQ(write.rating, "green");
    EXPECT_EQ(write.text, "G");
    EXPECT_EQ(write.shading, "#00ff00"); // the plan's own green, not the layout's #00b050
    EXPECT_EQ(write.cell.cell, "D4");
    // A rating the plan has not shaded yet takes the layout's shade.
    EXPECT_EQ(planned(plan, 2, "R").shading, "#ff0000");
}

TEST(StatusWriter, WordsInPlainCellsGiveTheLabelAndClearAStaleColour)
{
    const Plan plan = planWithStatuses({{"On track", ""}, {"Behind", ""}, {"", "#ff0000"}});
    const StatusWrite write = planned(plan, 2, "amber");
    EXPECT_EQ(write.text, "Amber");
    EXPECT_EQ(write.shading, std::string());
    EXPECT_EQ(planned(plan, 0, "red").shading, std::nullopt); // unshaded stays unshaded
}

TEST(StatusWriter, ColourAloneGivesNoText)
{
    const Plan plan = planWithStatuses({{"", "#00b050"}, {"", "#ff0000"}, {"G", "#00b050"}});
    const StatusWrite write = planned(plan, 2, "amber");
    EXPECT_EQ(write.text, "");
    EXPECT_EQ(write.shading, "#ffc000");
}

TEST(StatusWriter, WordsGivenAreWrittenAsGiven)
{
    const Plan plan = planWithStatuses({{"G", "#00b050"}, {"A", "#ffc000"}});
    const StatusWrite write = planned(plan, 0, " at risk ");
    EXPECT_EQ(write.text, "at risk");
    EXPECT_EQ(write.rating, "red");
    EXPECT_EQ(write.label, "Red");
}

TEST(StatusWriter, WithoutExamplesTheLabelInTheLayoutsShade)
{
    const Plan plan = planWithStatuses({{"", ""}});
    const StatusWrite write = planned(plan, 0, "GREEN");
    EXPECT_EQ(write.text, "Green");
    EXPECT_EQ(write.shading, "#00b050");
}

TEST(StatusWriter, UnknownStatusAndMissingColumnAreSaidInWords)
{
    const Plan plan = planWithStatuses({{"G", ""}});
    const Result<StatusWrite> unknown =
        planStatus(plan, plan.objectives[0], "purple", realLayout());
    EXPECT_FALSE(unknown);
    EXPECT_EQ(unknown.error, "eqplan does not know the status \"purple\": give red, amber, green, "
                             "or words that mean one (such as on track, in progress, not "
                             "started).");
    const ReadResult read = readPlan(
        document({table("Table1", {{"Objective", "Actions", "Lead"}, {"To improve", "A", "HT"}})}),
        realSchemas());
    ASSERT_TRUE(read);
    const Result<StatusWrite> none =
        planStatus(read.plan, read.plan.objectives[0], "green", realLayout());
    EXPECT_FALSE(none);
    EXPECT_EQ(none.status, ResultStatus::NoColumn);
    EXPECT_EQ(none.error, "The plan has no status column to write objective 1's status into. Add "
                          "a column headed RAG or Status to the table first, then try again.");
}

TEST(UpdatedLine, NewLineIsDatedDayMonthYearAndSignedIfNamed)
{
    using namespace std::chrono;
    EXPECT_EQ(updatedLineText(year{2026} / 11 / 3, " A Tester "), "Updated 3-11-2026 A Tester");
    EXPECT_EQ(updatedLineText(year{2026} / 11 / 3, ""), "Updated 3-11-2026");
    EXPECT_EQ(updatedLineDate(year{2027} / 1 / 23), "23-1-2027");
}

TEST(Today, IsTheLocalDate)
{
    // 00:30 in British Summer Time is 23:30 UTC the day before: the plan is dated the local day.
    const char* saved = std::getenv("TZ");
    const std::string before = saved ? saved : "";
    ::setenv("TZ", "Europe/London", 1);
    ::tzset();
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    const std::chrono::year_month_day expected{
        std::chrono::year{local.tm_year + 1900} /
        std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)} /
        std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
    // Far east of UTC, the local day is often not the UTC day; it must still be what we get.
    ::setenv("TZ", "Pacific/Kiritimati", 1);
    ::tzset();
    std::tm kiribati{};
    localtime_r(&now, &kiribati);
    const std::chrono::year_month_day there{
        std::chrono::year{kiribati.tm_year + 1900} /
        std::chrono::month{static_cast<unsigned>(kiribati.tm_mon + 1)} /
        std::chrono::day{static_cast<unsigned>(kiribati.tm_mday)}};
    EXPECT_EQ(eqplan::today(), there);
    ::setenv("TZ", "Europe/London", 1);
    ::tzset();
    EXPECT_EQ(eqplan::today(), expected);
    if (saved)
        ::setenv("TZ", before.c_str(), 1);
    else
        ::unsetenv("TZ");
    ::tzset();
}
} // namespace
