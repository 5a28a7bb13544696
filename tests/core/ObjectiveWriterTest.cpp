// Planning a new objective: where its rows go, which rows they copy, what is merged and what is
// written, per seed layout.
#include "GridBuilders.hpp"
#include "SeedGrids.hpp"
#include "TestSchemas.hpp"

#include "eqplan/ObjectiveWriter.hpp"
#include "eqplan/PlanReader.hpp"

#include <gtest/gtest.h>

namespace
{
using namespace eqplan;
using namespace eqplan::test;

using Fields = std::vector<std::pair<std::string, std::vector<std::string>>>;

ObjectiveInsert planned(const DocumentGrid& grid, const std::string& text, const Fields& fields)
{
    const ReadResult read = readPlan(grid, realSchemas());
    EXPECT_TRUE(read) << read.message;
    const Result<ObjectiveInsert> result =
        planNewObjective(read.plan, grid, text, fields, realSchemas());
    EXPECT_TRUE(result) << result.error;
    return result ? *result : ObjectiveInsert{};
}

// "C8: a | b" for each fill.
std::vector<std::string> fills(const ObjectiveInsert& insert)
{
    std::vector<std::string> out;
    for (const CellFill& fill : insert.fills)
    {
        std::string line = fill.cell + ":";
        for (const NewParagraph& p : fill.paragraphs)
            line += " " + p.text + " |";
        out.push_back(line);
    }
    return out;
}

TEST(ObjectiveWriter, CellNamesCountBoxesAsWriterDoes)
{
    EXPECT_EQ(cellNameAt(0, 0), "A1");
    EXPECT_EQ(cellNameAt(4, 7), "E8");
    EXPECT_EQ(cellNameAt(26, 2), "AA3");
}

TEST(ObjectiveWriter, Seed2018CopiesTheObjectiveAndCommentaryRowsAndMergesDownTheFirstTwo)
{
    const ObjectiveInsert insert =
        planned(seedActionPlan2018(), " To close the reading gap ",
                {{"actions", {"Phonics groups", "Reading buddies"}}, {"owners", {"SLT"}}});
    EXPECT_EQ(insert.table, 0);
    EXPECT_EQ(insert.at, 7);
    EXPECT_EQ(insert.like, (std::vector<int>{5, 6}));
    EXPECT_EQ(insert.number, 4);
    EXPECT_EQ(insert.objectiveText, "To close the reading gap");
    ASSERT_EQ(insert.merges.size(), 2u);
    EXPECT_EQ(insert.merges[0].top, "A8");
    EXPECT_EQ(insert.merges[0].bottom, "A9");
    EXPECT_EQ(insert.merges[1].top, "B8");
    EXPECT_EQ(insert.merges[1].bottom, "B9");
    EXPECT_EQ(fills(insert),
              (std::vector<std::string>{"B8: 4) To close the reading gap |",
                                        "C8: Phonics groups | Reading buddies |", "E8: SLT |"}));
    // Objective 3 above keeps its actions in a real bullet list: the new actions join it.
    ASSERT_TRUE(insert.fills[1].listLike);
    EXPECT_EQ(insert.fills[1].listLike->cell, "C6");
    EXPECT_EQ(insert.fills[1].listLike->paragraph, 0);
    EXPECT_FALSE(insert.fills[2].listLike);
}

TEST(ObjectiveWriter, Seed2017AddsOneRowAfterTheLastAndJoinsOwnersWithASlash)
{
    const ObjectiveInsert insert =
        planned(seedObjectives2017(), "To widen the curriculum",
                {{"owners", {"EWA", "STL"}}, {"timescale", {"On-going"}}});
    EXPECT_EQ(insert.at, 9);
    EXPECT_EQ(insert.like, (std::vector<int>{8}));
    EXPECT_TRUE(insert.merges.empty());
    EXPECT_EQ(insert.number, 8);
    EXPECT_EQ(fills(insert), (std::vector<std::string>{"D10: To widen the curriculum |",
                                                       "G10: EWA/STL |", "H10: On-going |"}));
}

TEST(ObjectiveWriter, ANumberColumnGetsTheNextNumber)
{
    const DocumentGrid grid = document({table(
        "Table1", {{"No.", "Objective", "Actions", "Lead"}, {"1.", "To improve", "Calls", "HT"}})});
    const ObjectiveInsert insert = planned(grid, "To include", {});
    EXPECT_EQ(fills(insert), (std::vector<std::string>{"A3: 2. |", "B3: To include |"}));
}

// The header row insertNewPlan writes (the layout's canonical columns), and what follows it.
DocumentGrid newPlan(std::vector<std::vector<std::string>> rows)
{
    rows.insert(rows.begin(), {"Public Sector Equality Duty", "Protected characteristics",
                               "Equality objective", "Actions", "Success criteria",
                               "Responsibility", "Timescale", "Progress"});
    return document({table("Table1", rows)});
}

// A new plan used to refuse its first objective ("no objective yet to model a new one on").
TEST(ObjectiveWriter, TheFirstObjectiveOfANewPlanFillsItsEmptyRow)
{
    const DocumentGrid grid = newPlan({{"", "", "", "", "", "", "", ""}});
    ASSERT_TRUE(readPlan(grid, realSchemas()).plan.objectives.empty());
    // With no objective to follow, owners are a paragraph each.
    const ObjectiveInsert insert =
        planned(grid, "To widen the curriculum", {{"owners", {"EWA", "STL"}}});
    EXPECT_EQ(insert.shape, InsertShape::EmptyRow);
    EXPECT_EQ(insert.table, 0);
    EXPECT_EQ(insert.at, 1);
    EXPECT_TRUE(insert.like.empty());
    EXPECT_TRUE(insert.merges.empty());
    EXPECT_EQ(insert.number, 1);
    EXPECT_EQ(fills(insert),
              (std::vector<std::string>{"C2: To widen the curriculum |", "F2: EWA | STL |"}));
}

TEST(ObjectiveWriter, TheFirstObjectiveOfAPlanWithOnlyItsHeaderIsARowLikeTheHeader)
{
    const ObjectiveInsert insert = planned(newPlan({}), "To include", {});
    EXPECT_EQ(insert.shape, InsertShape::Rows);
    EXPECT_EQ(insert.at, 1);
    EXPECT_EQ(insert.like, (std::vector<int>{0}));
    EXPECT_TRUE(insert.boldCells.empty());
    EXPECT_EQ(insert.number, 1);
    EXPECT_EQ(fills(insert), (std::vector<std::string>{"C2: To include |"}));
}

TEST(ObjectiveWriter, TheFirstObjectiveInANumberColumnIsNumberedOne)
{
    const DocumentGrid grid =
        document({table("Table1", {{"No.", "Objective", "Actions", "Lead"}, {"", "", "", ""}})});
    const ObjectiveInsert insert = planned(grid, "To include", {{"actions", {"Assemblies"}}});
    EXPECT_EQ(insert.shape, InsertShape::EmptyRow);
    EXPECT_EQ(fills(insert),
              (std::vector<std::string>{"A2: 1 |", "B2: To include |", "C2: Assemblies |"}));
}

TEST(ObjectiveWriter, Refusals)
{
    const DocumentGrid grid = seedActionPlan2018();
    const ReadResult read = readPlan(grid, realSchemas());
    ASSERT_TRUE(read);
    const auto error = [&](const std::string& text, const Fields& fields)
    { return planNewObjective(read.plan, grid, text, fields, realSchemas()).error; };
    EXPECT_EQ(error("  ", {}), "Give the new objective's text (--objective \"...\").");
    EXPECT_EQ(error("x", {{"timescale", {"2027"}}}),
              "The plan has no Timescale column to write the new objective's into.");
    EXPECT_EQ(error("x", {{"objective", {"y"}}}),
              "Give the objective's text with --objective, not as a field.");
    EXPECT_EQ(error("x", {{"colour", {"y"}}}),
              "eqplan cannot write the field \"colour\" of a new objective.");
    EXPECT_EQ(error("x", {{"owners", {""}}}), "A value is empty. Each --value needs some text.");
}
} // namespace
