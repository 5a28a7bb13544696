#include "eqplan/Navigation.hpp"
#include "eqplan/PlanReader.hpp"

#include "GridBuilders.hpp"
#include "TestSchemas.hpp"

#include <gtest/gtest.h>

using namespace eqplan;
using namespace eqplan::test;

namespace
{
// A timetable before the plan, then the 2018 seed's shape: the duty and objective cells merged
// down over each objective's commentary row.
DocumentGrid seedLike()
{
    return document({
        table("Timetable", {{"Day", "Period 1"}, {"Monday", "Maths"}}),
        table("Plan", 5, 3,
              {cell(0, 0, "Public Sector Equality Duty"), cell(0, 1, "Equality Objective"),
               cell(0, 2, "Responsibility"), cell(1, 0, "Eliminate discrimination", 2),
               cell(1, 1, "1) To ensure students are not discriminated against", 2),
               cell(1, 2, "Pastoral staff"), cell(2, 2, "March 2020\nItem"),
               cell(3, 0, "Advance equality of opportunity", 2),
               cell(3, 1, "2) To increase attendance", 2), cell(3, 2, "SLT"),
               cell(4, 2, "March 2021\nItem")}),
    });
}

struct Read
{
    DocumentGrid grid = seedLike();
    ReadResult result = readPlan(grid, realSchemas());
};
} // namespace

TEST(ObjectiveAt, CellOfAnObjectiveRowIsThatObjective)
{
    Read r;
    ASSERT_TRUE(r.result) << r.result.message;
    EXPECT_EQ(objectiveAt(r.result.plan, r.grid, {"Plan", "C2"}), 0u);
    EXPECT_EQ(objectiveAt(r.result.plan, r.grid, {"Plan", "C4"}), 1u);
}

TEST(ObjectiveAt, CommentaryRowBelongsToTheObjectiveAbove)
{
    Read r;
    EXPECT_EQ(objectiveAt(r.result.plan, r.grid, {"Plan", "C3"}), 0u);
    EXPECT_EQ(objectiveAt(r.result.plan, r.grid, {"Plan", "C5"}), 1u);
}

TEST(ObjectiveAt, MergedCellBelongsToTheObjectiveOfItsFirstRow)
{
    Read r;
    EXPECT_EQ(objectiveAt(r.result.plan, r.grid, {"Plan", "A4"}), 1u);
}

TEST(ObjectiveAt, HeaderOtherTablesAndUnknownCellsAreNoObjective)
{
    Read r;
    EXPECT_EQ(objectiveAt(r.result.plan, r.grid, {"Plan", "A1"}), std::nullopt);
    EXPECT_EQ(objectiveAt(r.result.plan, r.grid, {"Timetable", "A2"}), std::nullopt);
    EXPECT_EQ(objectiveAt(r.result.plan, r.grid, {"Plan", "Z99"}), std::nullopt);
    EXPECT_EQ(objectiveAt(r.result.plan, r.grid, {"Nowhere", "A1"}), std::nullopt);
}

TEST(FirstCellOf, IsTheFirstCellOfTheObjectivesFirstRow)
{
    Read r;
    ASSERT_EQ(r.result.plan.objectives.size(), 2u);
    EXPECT_EQ(firstCellOf(r.result.plan, r.grid, r.result.plan.objectives[0]),
              (CellName{"Plan", "A2"}));
    EXPECT_EQ(firstCellOf(r.result.plan, r.grid, r.result.plan.objectives[1]),
              (CellName{"Plan", "A4"}));
}

TEST(FirstCellOf, RoundTripsThroughObjectiveAt)
{
    Read r;
    for (std::size_t o = 0; o < r.result.plan.objectives.size(); ++o)
    {
        std::optional<CellName> first =
            firstCellOf(r.result.plan, r.grid, r.result.plan.objectives[o]);
        ASSERT_TRUE(first);
        EXPECT_EQ(objectiveAt(r.result.plan, r.grid, *first), o);
    }
}
