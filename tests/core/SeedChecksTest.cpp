// The checks on the two seed plans as the bridge reads their rebuilt documents: the artefacts the
// seeds really contain are found, the safe fixes repair them, and a second check finds none.
#include "eqplan/Checks.hpp"
#include "eqplan/PlanReader.hpp"

#include "CatalogueWords.hpp"
#include "SeedGrids.hpp"
#include "TestSchemas.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <utility>
#include <vector>

using namespace eqplan;
using namespace eqplan::test;
using namespace std::chrono_literals;

namespace
{
using Strings = std::vector<std::string>;
using RuleAndObjective = std::pair<std::string, int>;

constexpr std::chrono::year_month_day today = 2026y / 11 / 23;

std::vector<Finding> check(const DocumentGrid& grid, ReadResult* read = nullptr)
{
    ReadResult result = readPlan(grid, realSchemas());
    EXPECT_TRUE(result) << result.message;
    std::vector<Finding> findings =
        runChecks(CheckInput{grid, result.plan, realSchemas(), today, nullptr});
    expectKeyedAsSaid(findings);
    if (read)
        *read = std::move(result);
    return findings;
}

std::vector<RuleAndObjective> rulesAndObjectives(const std::vector<Finding>& findings)
{
    std::vector<RuleAndObjective> out;
    for (const Finding& f : findings)
        out.emplace_back(f.rule, f.objective.value_or(0));
    return out;
}

std::vector<Finding> only(const std::vector<Finding>& findings, std::string_view rule)
{
    std::vector<Finding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
                 [&](const Finding& f) { return f.rule == rule; });
    return out;
}

// The grid with every safe fix of `findings` applied.
DocumentGrid safelyFixed(const DocumentGrid& grid, const std::vector<Finding>& findings)
{
    DocumentGrid fixed = grid;
    const ApplyResult applied = applyEdits(fixed, fixEdits(findings, true));
    EXPECT_TRUE(applied) << applied.error;
    return fixed;
}
} // namespace

TEST(Seed2017, ItsRealProblemsAreFound)
{
    const std::vector<Finding> findings = check(seedObjectives2017());
    EXPECT_EQ(rulesAndObjectives(findings),
              (std::vector<RuleAndObjective>{
                  {"table.continuation-row", 3}, {"table.column-missing", 0},
                  {"owner.variant", 5},          {"owner.variant", 7},
                  {"progress.undated", 1},       {"progress.undated", 2},
                  {"progress.undated", 3},       {"progress.undated", 4},
                  {"progress.undated", 5},       {"progress.undated", 6},
                  {"progress.undated", 7},       {"characteristic.unknown", 5},
                  {"characteristic.unknown", 6}, {"terms.inconsistent", 3},
                  {"terms.inconsistent", 4},     {"text.artefact", 1},
                  {"text.artefact", 1},          {"text.artefact", 1},
                  {"text.artefact", 2},          {"text.artefact", 3},
                  {"text.artefact", 3},          {"text.artefact", 3},
                  {"text.artefact", 4},          {"calendar.objectives-age", 0},
                  {"calendar.review-overdue", 0}}));
    // The split row of objective 3, the "on-going" of objectives 3 and 4, "students/students".
    EXPECT_EQ(only(findings, "table.continuation-row").at(0).message,
              "Row 5 of Table1 only continues Objective 3 from the row above it (a row split over "
              "a page). Joining it to the objective's row keeps the objective in one row.");
    EXPECT_EQ(only(findings, "terms.inconsistent").at(0).message,
              "Objective 3 writes \xE2\x80\x9Con-going\xE2\x80\x9D; the plan mostly writes "
              "\xE2\x80\x9COn-going\xE2\x80\x9D.");
    EXPECT_EQ(only(findings, "text.artefact").at(6).message,
              "Objective 3 writes \xE2\x80\x9CStudents/students\xE2\x80\x9D, one word written "
              "twice.");
}

TEST(Seed2017, SafeFixesRepairItsArtefactsAndASecondCheckFindsNoneOfThem)
{
    const DocumentGrid grid = seedObjectives2017();
    const DocumentGrid fixed = safelyFixed(grid, check(grid));
    ReadResult read;
    const std::vector<Finding> again = check(fixed, &read);
    for (const char* rule :
         {"table.continuation-row", "owner.variant", "terms.inconsistent", "text.artefact"})
        EXPECT_TRUE(only(again, rule).empty()) << rule;
    // What no safe fix can repair is still said.
    EXPECT_EQ(only(again, "progress.undated").size(), 7u);
    EXPECT_EQ(only(again, "characteristic.unknown").size(), 2u);
    EXPECT_EQ(only(again, "table.column-missing").size(), 1u);

    // Nothing was lost: seven objectives, objective 3 in one row with all of its text.
    EXPECT_EQ(fixed.tables[0].rows, 8);
    ASSERT_EQ(read.plan.objectives.size(), 7u);
    const Objective& third = read.plan.objectives[2];
    EXPECT_EQ(third.rows, (std::vector<int>{3}));
    EXPECT_EQ(third.aim.text(), "To increase social and emotional skills for students with BESD "
                                "(Behavioural, emotional and social difficulties)");
    EXPECT_EQ(third.objectiveText, "Improved ability by students to handle difficult situations "
                                   "and a reduction in classroom disruption");
    EXPECT_EQ(third.targetGroups.text(), "Students with BESD");
    EXPECT_EQ(third.timescale.text(), "On-going");
    EXPECT_EQ(third.progressField.text(), "Students identified and support programmes in place.");
    EXPECT_EQ(read.plan.objectives[4].owners.text(), "EWA/Year Leads");
    EXPECT_EQ(read.plan.objectives[6].owners.text(), "EWA/STL");
    EXPECT_TRUE(read.plan.notes.empty());
}

TEST(Seed2018, ItsRealProblemsAreFound)
{
    const std::vector<Finding> findings = check(seedActionPlan2018());
    EXPECT_EQ(rulesAndObjectives(findings),
              (std::vector<RuleAndObjective>{{"table.column-missing", 0},
                                             {"table.column-missing", 0},
                                             {"owner.variant", 1},
                                             {"progress.numbering", 2},
                                             {"calendar.objectives-age", 0},
                                             {"calendar.review-overdue", 0},
                                             {"publish.typed-numbering", 2}}));
    EXPECT_EQ(only(findings, "owner.variant").at(0).message,
              "Objective 1 writes \xE2\x80\x9CPastoral staff\xE2\x80\x9D; the plan mostly writes "
              "\xE2\x80\x9CPastoral Staff\xE2\x80\x9D.");
    // Numbering typed by hand, two points run together on one line.
    EXPECT_EQ(only(findings, "progress.numbering").at(0).message,
              "Objective 2's progress for December 2018 runs two numbered points together on one "
              "line: \xE2\x80\x9C"
              "2) Pastoral lead capacity built to tackle problem 3) Early "
              "evidence of positive impact\xE2\x80\x9D. Start point 3 on a line of its own.");
    // Its progress for March 2021 counts until the end of March, later than "Updated 2-3-2021".
    EXPECT_EQ(only(findings, "calendar.review-overdue").at(0).message,
              "The plan was last updated in March 2021, more than 12 months ago. Schools must "
              "publish equality information at least every 12 months: review the plan and record "
              "its progress.");
}

TEST(Seed2018, SafeFixesRepairTheOwnerSpellingAndASecondCheckFindsItNoMore)
{
    const DocumentGrid grid = seedActionPlan2018();
    const DocumentGrid fixed = safelyFixed(grid, check(grid));
    ReadResult read;
    const std::vector<Finding> again = check(fixed, &read);
    EXPECT_TRUE(only(again, "owner.variant").empty());
    EXPECT_EQ(only(again, "progress.numbering").size(), 1u); // no edit splits a paragraph
    EXPECT_EQ(read.plan.owners.size(), 3u);
    EXPECT_EQ(read.plan.objectives.at(0).owners.text(), "Pastoral Staff");
    EXPECT_EQ(read.plan.objectives.at(0).progress.size(), 3u);
}

TEST(Seed2018, WithinItsPeriodOnlyTheTidyingAndTheTypedItemAreLeft)
{
    const DocumentGrid grid = seedActionPlan2018();
    const ReadResult read = readPlan(grid, realSchemas());
    const std::vector<Finding> findings =
        runChecks(CheckInput{grid, read.plan, realSchemas(), 2021y / 6 / 1, nullptr});
    EXPECT_TRUE(only(findings, "calendar.objectives-age").empty());
    EXPECT_TRUE(only(findings, "calendar.review-overdue").empty());
    // The one error: "...tackle problem 3) Early evidence", which a screen reader reads as one
    // sentence, so publishing refuses it.
    std::vector<Finding> errors;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(errors),
                 [](const Finding& f) { return f.severity == Severity::Error; });
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].rule, "publish.typed-numbering");
    EXPECT_EQ(errors[0].objective, 2);
}

TEST(Seed2018, AddingTheMissingColumnsKeepsEveryObjectiveAndItsProgress)
{
    const DocumentGrid grid = seedActionPlan2018();
    DocumentGrid fixed = grid;
    const ApplyResult applied = applyEdits(fixed, fixEdits(check(grid), false));
    ASSERT_TRUE(applied) << applied.error;
    ReadResult read;
    const std::vector<Finding> again = check(fixed, &read);
    EXPECT_TRUE(only(again, "table.column-missing").empty());
    EXPECT_TRUE(only(again, "owner.variant").empty());
    EXPECT_EQ(fixed.tables[0].columns, 7);
    ASSERT_EQ(read.plan.objectives.size(), 3u);
    for (const Objective& objective : read.plan.objectives)
    {
        EXPECT_EQ(objective.progress.size(), 3u) << objective.number;
        EXPECT_EQ(objective.rows.size(), 2u) << objective.number;
    }
    // The new characteristics column is empty: now the plan is told which characteristics no
    // objective addresses.
    EXPECT_EQ(only(again, "coverage.characteristics").size(), 7u);
}
