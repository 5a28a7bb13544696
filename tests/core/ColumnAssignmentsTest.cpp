// The columns a user assigns (ColumnAssignments.hpp): kept as JSON, matched by the header's
// normalised text, and taken over recognition by assignHeader and readPlan, in plans read across
// and down the left alike.
#include "eqplan/ColumnAssignments.hpp"
#include "eqplan/GridJson.hpp"
#include "eqplan/HeaderMatch.hpp"
#include "eqplan/PlanReader.hpp"

#include "CatalogueWords.hpp"
#include "GridBuilders.hpp"
#include "TestSchemas.hpp"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

using namespace eqplan;
using namespace eqplan::test;

namespace
{
using Strings = std::vector<std::string>;

Strings fieldsOf(const PlanTable& table)
{
    Strings out;
    for (const Column& column : table.columns)
        out.push_back(column.field);
    return out;
}

ColumnAssignments given(std::vector<ColumnAssignment> columns)
{
    return ColumnAssignments{std::move(columns)};
}

// A plan whose lead column is headed "Champion", which no field's words name.
DocumentGrid championPlan(const ColumnAssignments& assignments)
{
    DocumentGrid grid = document({table(
        "Table1", {{"Objective", "Actions", "Champion", "Timescale", "Notes"},
                   {"To close the gap", "Tutoring", "Headteacher", "July 2026", "Funded by PP"},
                   {"To stop bullying", "Ambassadors", "Deputy Head", "2025-2027", ""}})});
    grid.columnAssignments = columnAssignmentsToJson(assignments);
    return grid;
}
} // namespace

TEST(ColumnAssignments, HeadersMatchByTheirNormalisedText)
{
    const ColumnAssignments a = given({{"Who’s the champion?", "owners"}});
    ASSERT_NE(a.find("who's the CHAMPION"), nullptr);
    EXPECT_EQ(a.find("  Who’s  the champion :")->field, "owners");
    EXPECT_EQ(a.find("Champion"), nullptr);
    EXPECT_EQ(a.find(""), nullptr);
}

TEST(ColumnAssignments, AssigningAgainReplacesAndUnassigningDrops)
{
    ColumnAssignments a;
    assignColumn(a, "Champion", "owners");
    assignColumn(a, " champion ", "monitoring");
    ASSERT_EQ(a.columns.size(), 1u);
    EXPECT_EQ(a.columns[0], (ColumnAssignment{"champion", "monitoring"}));
    EXPECT_TRUE(unassignColumn(a, "CHAMPION"));
    EXPECT_FALSE(unassignColumn(a, "Champion"));
    EXPECT_TRUE(a.columns.empty());
}

TEST(ColumnAssignments, JsonRoundTripsWithNotAFieldAsNull)
{
    const ColumnAssignments a = given({{"Champion", "owners"}, {"Notes", ""}});
    const std::string json = columnAssignmentsToJson(a);
    EXPECT_EQ(json, R"({"version":1,"columns":[{"header":"Champion","field":"owners"},)"
                    R"({"header":"Notes","field":null}]})");
    const Loaded<ColumnAssignments> back = columnAssignmentsFromJson(json, &realLayout());
    ASSERT_TRUE(back) << back.error;
    EXPECT_EQ(*back.value, a);
}

TEST(ColumnAssignments, BadJsonIsAnErrorThatNamesThePath)
{
    EXPECT_EQ(columnAssignmentsFromJson("{").error.rfind("column assignments: not valid JSON", 0),
              0u);
    EXPECT_EQ(columnAssignmentsFromJson("{}").error, "column assignments: /: missing \"columns\"");
    EXPECT_EQ(columnAssignmentsFromJson(R"({"columns":[{"header":"A","field":3}]})").error,
              "column assignments: /columns/0/field: expected a field id or null");
    EXPECT_EQ(columnAssignmentsFromJson(R"({"columns":[{"header":" ","field":null}]})").error,
              "column assignments: /columns/0/header: is empty");
    EXPECT_EQ(
        columnAssignmentsFromJson(R"({"columns":[{"header":"A","field":"cost"}]})", &realLayout())
            .error,
        "column assignments: /columns/0/field: no field \"cost\"");
}

// The deck says why in its catalogue's words: each error keyed, the British English the same.
TEST(ColumnAssignments, BadJsonSaysWhyInKeyedWords)
{
    for (const char* json :
         {"{", "{}", "[]", R"({"columns":7})", R"({"columns":[{"header":"A","field":3}]})",
          R"({"columns":[{"header":" ","field":null}]})",
          R"({"columns":[{"header":"A","field":"cost"}]})"})
    {
        const Loaded<ColumnAssignments> read = columnAssignmentsFromJson(json, &realLayout());
        ASSERT_FALSE(read) << json;
        EXPECT_FALSE(read.why().key.empty()) << json;
        EXPECT_EQ(saidInBritishEnglish(read.why()), read.error) << json;
    }
    const Loaded<DocumentGrid> grid = gridFromJson(R"({"tables":{}})");
    ASSERT_FALSE(grid);
    EXPECT_EQ(grid.why().key, "jsonError");
    EXPECT_EQ(saidInBritishEnglish(grid.why()), grid.error);
}

TEST(ColumnAssignments, FieldsAreNamedByIdOrLabel)
{
    ASSERT_NE(fieldNamed(realLayout(), "owners"), nullptr);
    EXPECT_EQ(fieldNamed(realLayout(), "Responsibility")->id, "owners");
    EXPECT_EQ(fieldNamed(realLayout(), "success criteria")->id, "successCriteria");
    EXPECT_EQ(fieldNamed(realLayout(), "cost"), nullptr);
    EXPECT_EQ(fieldNamed(realLayout(), " "), nullptr);
}

TEST(AssignHeaderOverrides, TheUsersFieldIsTakenAndNoOtherCellTakesIt)
{
    const std::vector<HeaderCell> cells{{0, 1, "Objective"}, {1, 1, "Lead"}, {2, 1, "Champion"}};
    const ColumnAssignments a = given({{"Champion", "owners"}});
    const HeaderAssignment assignment = assignHeader(cells, realLayout(), &a);
    EXPECT_EQ(assignment.cells[2].field, "owners");
    EXPECT_TRUE(assignment.cells[2].assigned);
    EXPECT_EQ(assignment.cells[2].why, "assigned by the user");
    EXPECT_EQ(assignment.cells[1].field, "");
    EXPECT_FALSE(assignment.cells[1].assigned);
    EXPECT_EQ(
        assignment.cells[1].doubt,
        "a second column for Responsibility, which \"Champion\" holds (assigned by the user)");
    EXPECT_EQ(assignment.fields, 2);
}

TEST(AssignHeaderOverrides, NotAFieldDropsWhatRecognitionTook)
{
    const std::vector<HeaderCell> cells{{0, 1, "Objective"}, {1, 1, "Actions"}, {2, 1, "Lead"}};
    const ColumnAssignments a = given({{"lead", ""}});
    const HeaderAssignment assignment = assignHeader(cells, realLayout(), &a);
    EXPECT_EQ(assignment.cells[2].field, "");
    EXPECT_TRUE(assignment.cells[2].assigned);
    EXPECT_EQ(assignment.cells[2].why, "not a field, as the user said");
    EXPECT_EQ(assignment.cells[2].doubt, "");
    EXPECT_EQ(assignment.fields, 2);
}

TEST(ReadPlanAssigned, ANotUnderstoodColumnIsReadAsTheFieldTheUserGave)
{
    const ReadResult before = readPlan(championPlan({}), realSchemas());
    ASSERT_TRUE(before) << before.message;
    EXPECT_EQ(fieldsOf(before.plan.tables[0]),
              (Strings{"objective", "actions", "", "timescale", ""}));
    EXPECT_TRUE(before.plan.objectives[0].ownerNames.empty());

    const ReadResult after = readPlan(championPlan(given({{"champion", "owners"}})), realSchemas());
    ASSERT_TRUE(after) << after.message;
    EXPECT_EQ(fieldsOf(after.plan.tables[0]),
              (Strings{"objective", "actions", "owners", "timescale", ""}));
    EXPECT_TRUE(after.plan.tables[0].columns[2].assigned);
    EXPECT_EQ(after.plan.tables[0].columns[2].why, "assigned by the user");
    EXPECT_EQ(after.plan.objectives[0].ownerNames, Strings{"Headteacher"});
    EXPECT_EQ(after.plan.objectives[1].ownerNames, Strings{"Deputy Head"});
    ASSERT_EQ(after.plan.owners.size(), 2u);
}

TEST(ReadPlanAssigned, AssignmentsMakeATableAPlanThatWasNone)
{
    DocumentGrid grid = document({table("Table1", {{"Goal", "What we will do", "Champion"},
                                                   {"To close the gap", "Tutoring", "HT"}})});
    EXPECT_FALSE(readPlan(grid, realSchemas()));
    grid.columnAssignments =
        columnAssignmentsToJson(given({{"What we will do", "actions"}, {"Champion", "owners"}}));
    const ReadResult result = readPlan(grid, realSchemas());
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(fieldsOf(result.plan.tables[0]), (Strings{"objective", "actions", "owners"}));
    EXPECT_EQ(result.plan.objectives.at(0).ownerNames, Strings{"HT"});
}

TEST(ReadPlanAssigned, NotAFieldIsSaidInTheNotesAndKeptAsAnExtraField)
{
    DocumentGrid grid = championPlan(given({{"Champion", "owners"}, {"Actions", ""}}));
    const ReadResult result = readPlan(grid, realSchemas());
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(fieldsOf(result.plan.tables[0]),
              (Strings{"objective", "", "owners", "timescale", ""}));
    EXPECT_TRUE(result.plan.objectives[0].actions.empty());
    ASSERT_FALSE(result.plan.objectives[0].extra.empty());
    EXPECT_EQ(result.plan.objectives[0].extra[0].header, "Actions");
    EXPECT_NE(std::find(result.plan.notes.begin(), result.plan.notes.end(),
                        "The column \"Actions\" of Table1 is not a field, as the user said; its "
                        "cells are kept as an extra field of each objective."),
              result.plan.notes.end());
}

TEST(ReadPlanAssigned, ALabelRowDownTheLeftIsAssignedLikeAColumn)
{
    DocumentGrid grid = document({table("Table1", {{"Objective", "To improve attendance"},
                                                   {"Actions", "Meet each family"},
                                                   {"Champion", "Attendance Officer"},
                                                   {"Timescale", "July 2026"}})});
    const ReadResult before = readPlan(grid, realSchemas());
    ASSERT_TRUE(before) << before.message;
    EXPECT_TRUE(before.plan.objectives[0].ownerNames.empty());
    grid.columnAssignments = columnAssignmentsToJson(given({{"Champion", "owners"}}));
    const ReadResult after = readPlan(grid, realSchemas());
    ASSERT_TRUE(after) << after.message;
    EXPECT_TRUE(after.plan.tables[0].labelsLeft);
    EXPECT_EQ(fieldsOf(after.plan.tables[0]),
              (Strings{"objective", "actions", "owners", "timescale"}));
    EXPECT_EQ(after.plan.objectives[0].ownerNames, Strings{"Attendance Officer"});
}

TEST(ReadPlanAssigned, AssignmentsThatCannotBeReadAreSaidAndIgnored)
{
    DocumentGrid grid = championPlan({});
    grid.columnAssignments = R"({"columns":[{"header":"Champion","field":"cost"}]})";
    const ReadResult result = readPlan(grid, realSchemas());
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(fieldsOf(result.plan.tables[0]),
              (Strings{"objective", "actions", "", "timescale", ""}));
    ASSERT_FALSE(result.plan.notes.empty());
    EXPECT_EQ(result.plan.notes[0],
              "The columns assigned in this document could not be read (column assignments: "
              "/columns/0/field: no field \"cost\"); its columns are read as eqplan recognises "
              "them.");
}

TEST(PlanLostBy, AssignmentsThatWouldLeaveNoPlanAreRefusedInPlainWords)
{
    const DocumentGrid grid = championPlan({});
    EXPECT_EQ(planLostBy(grid, columnAssignmentsToJson(given({{"Timescale", ""}})), realSchemas()),
              "Nothing was changed: read that way, the document's tables would hold no plan (a "
              "plan table names at least 3 of the plan's fields).");
    EXPECT_EQ(planLostBy(
                  grid, columnAssignmentsToJson(given({{"Timescale", ""}, {"Champion", "owners"}})),
                  realSchemas()),
              "");
    // A document that held no plan loses none.
    const DocumentGrid none = document({table("T", {{"Goal", "Champion"}, {"x", "y"}})});
    EXPECT_EQ(planLostBy(none, columnAssignmentsToJson(given({{"Goal", ""}})), realSchemas()), "");
}

TEST(GridJsonAssigned, TheAssignmentsTravelWithTheGrid)
{
    const DocumentGrid grid = championPlan(given({{"Champion", "owners"}}));
    const Loaded<DocumentGrid> back = gridFromJson(boost::json::serialize(toJson(grid)));
    ASSERT_TRUE(back) << back.error;
    EXPECT_EQ(back.value->columnAssignments, grid.columnAssignments);
    EXPECT_EQ(*back.value, grid);
}
