// Scored recognition of header cells (HeaderMatch.hpp) and what it changes in readPlan: headers
// written as schools write them, bilingual headers, the best assignment of columns, weak matches
// and ties reported, a school's own words, and tables that are no plan staying no plan.
#include "eqplan/HeaderMatch.hpp"
#include "eqplan/ObjectiveWriter.hpp"
#include "eqplan/PlanReader.hpp"

#include "GridBuilders.hpp"
#include "LayoutGrids.hpp"
#include "TestSchemas.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace eqplan;
using namespace eqplan::test;

namespace
{
using Strings = std::vector<std::string>;

std::string bestField(std::string_view header)
{
    const std::vector<FieldScore> scores = scoreHeader(header, realLayout());
    return scores.empty() || scores.front().score < realLayout().minScore ? std::string()
                                                                          : scores.front().field;
}

Strings fieldsOf(const PlanTable& table)
{
    Strings out;
    for (const Column& column : table.columns)
        out.push_back(column.field);
    return out;
}

Strings assigned(const Strings& headers, const Layout& layout = realLayout())
{
    std::vector<HeaderCell> cells;
    for (std::size_t i = 0; i < headers.size(); ++i)
        cells.push_back(HeaderCell{static_cast<int>(i), 1, headers[i]});
    Strings out;
    for (const CellMatch& match : assignHeader(cells, layout).cells)
        out.push_back(match.field);
    return out;
}
} // namespace

TEST(StemWord, PluralsAndEndingsAreOneWord)
{
    EXPECT_EQ(stemWord("objectives"), "objective");
    EXPECT_EQ(stemWord("strategies"), "strategy");
    EXPECT_EQ(stemWord("status"), "status");
    EXPECT_EQ(stemWord("whos"), "who");
    EXPECT_EQ(stemWord("monitoring"), stemWord("monitor"));
}

TEST(HeaderWords, AreStemmedWithoutCaseOrPunctuation)
{
    EXPECT_EQ(headerWords("Who's responsible?"), (Strings{"who", "responsible"}));
    EXPECT_EQ(headerWords("Amcan / Objective"), (Strings{"amcan", "objective"}));
    EXPECT_EQ(headerWords("Objective(s) and rationale"),
              (Strings{"objective", "s", "and", "rationale"}));
    EXPECT_EQ(headerWords("  "), Strings{});
}

TEST(ScoreHeader, AHeaderOfTheLayoutScoresHighest)
{
    const std::vector<FieldScore> scores = scoreHeader("Who's responsible?", realLayout());
    ASSERT_FALSE(scores.empty());
    EXPECT_EQ(scores.front().field, "owners");
    EXPECT_EQ(scores.front().score, 20);
    EXPECT_EQ(scores.front().why, "the header \"Who's responsible?\"");
}

TEST(ScoreHeader, HeadersAsSchoolsWriteThemNameTheirField)
{
    EXPECT_EQ(bestField("Amcan / Objective"), "objective");
    EXPECT_EQ(bestField("Objective(s) and rationale"), "objective");
    EXPECT_EQ(bestField("Lead officer"), "owners");
    EXPECT_EQ(bestField("Who will lead this?"), "owners");
    EXPECT_EQ(bestField("By who?"), "owners");
    EXPECT_EQ(bestField("By whom"), "owners");
    EXPECT_EQ(bestField("How will we measure our success?"), "successCriteria");
    EXPECT_EQ(bestField("Evidence of impact"), "evidence");
    EXPECT_EQ(bestField("Intended outcomes"), "successCriteria");
    EXPECT_EQ(bestField("Completion date"), "timescale");
    EXPECT_EQ(bestField("RAG rated status"), "status");
}

// Columns beside progress are fields of their own: "Evidence of progress" was read as progress.
TEST(ScoreHeader, ImpactEvaluationEvidenceAndMonitoringAreTheirOwnFields)
{
    EXPECT_EQ(bestField("Evidence of progress"), "evidence");
    EXPECT_EQ(bestField("Evidence"), "evidence");
    EXPECT_EQ(bestField("Impact"), "impact");
    EXPECT_EQ(bestField("Impact so far"), "impact");
    EXPECT_EQ(bestField("Evaluation"), "evaluation");
    EXPECT_EQ(bestField("Evaluation of impact"), "evaluation");
    EXPECT_EQ(bestField("Monitoring"), "monitoring");
    EXPECT_EQ(bestField("Monitored by"), "monitoring");
    EXPECT_EQ(bestField("Tystiolaeth"), "evidence");
    // An impact the plan means to have is still its success criteria.
    EXPECT_EQ(bestField("Intended impact"), "successCriteria");
    EXPECT_EQ(bestField("Success criteria / impact"), "successCriteria");
    EXPECT_EQ(bestField("Progress"), "progress");
}

TEST(ScoreHeader, WelshHeadersNameTheirField)
{
    EXPECT_EQ(bestField("Amcan"), "objective");
    EXPECT_EQ(bestField("Camau gweithredu"), "actions");
    EXPECT_EQ(bestField("Cyfrifoldeb"), "owners");
    EXPECT_EQ(bestField("Amserlen"), "timescale");
    EXPECT_EQ(bestField("Meini prawf llwyddiant"), "successCriteria");
    EXPECT_EQ(bestField("Cynnydd"), "progress");
    EXPECT_EQ(bestField("Nodweddion gwarchodedig"), "characteristics");
}

TEST(ScoreHeader, OrdinaryWordsAloneAreTooWeak)
{
    EXPECT_EQ(bestField("Time allowed"), "");
    EXPECT_EQ(bestField("Next review"), "");
    EXPECT_EQ(bestField("Year group"), "");
    EXPECT_EQ(bestField("Time"), "");
    EXPECT_EQ(bestField("Leadership"), "");
    EXPECT_EQ(bestField("Cost"), "");
}

TEST(AssignHeader, ActionBesideStrategiesIsTheObjective)
{
    EXPECT_EQ(assigned({"Action", "Strategies", "Timescale", "Success Criteria"}),
              (Strings{"objective", "actions", "timescale", "successCriteria"}));
}

TEST(AssignHeader, ActionBesideAnObjectiveColumnStaysTheActions)
{
    EXPECT_EQ(assigned({"Objective", "Action", "Strategies", "Lead"}),
              (Strings{"objective", "actions", "", "owners"}));
    EXPECT_EQ(assigned({"Action", "Lead", "Timescale"}),
              (Strings{"actions", "owners", "timescale"}));
}

TEST(AssignHeader, TheEarlierOfTwoEqualColumnsKeepsTheField)
{
    std::vector<HeaderCell> cells{{0, 1, "Progress"}, {1, 1, "Progress"}, {2, 1, "Objective"}};
    const HeaderAssignment assignment = assignHeader(cells, realLayout());
    EXPECT_EQ(assignment.cells[0].field, "progress");
    EXPECT_EQ(assignment.cells[1].field, "");
    EXPECT_EQ(assignment.cells[1].doubt, "a second column for Progress, which \"Progress\" holds");
    EXPECT_EQ(assignment.fields, 2);
}

TEST(AssignHeader, AWeakMatchIsReportedNotTaken)
{
    std::vector<HeaderCell> cells{{0, 1, "Objective"}, {1, 1, "Time allowed"}};
    const HeaderAssignment assignment = assignHeader(cells, realLayout());
    EXPECT_EQ(assignment.cells[1].field, "");
    EXPECT_EQ(assignment.cells[1].doubt,
              "too weak a match: the word time, for Timescale, scores 2 where 3 is needed");
}

TEST(AssignHeader, ATieIsReported)
{
    // "Current progress RAG" holds the words of two fields equally.
    std::vector<HeaderCell> cells{{0, 1, "Objective"}, {1, 1, "Current progress RAG"}};
    const HeaderAssignment assignment = assignHeader(cells, realLayout());
    EXPECT_FALSE(assignment.cells[1].field.empty());
    EXPECT_NE(assignment.cells[1].doubt.find("as likely"), std::string::npos)
        << assignment.cells[1].doubt;
}

TEST(AssignHeader, EveryFieldNamedTwiceGoesToTheEarlierCell)
{
    // Each of the layout's 16 fields named by its first header, in two cells each: the search
    // for the best assignment (up to 2^16 sets of taken fields) gives each field to its first
    // cell and says of the second why it holds none. It kept every set for every cell, a quarter
    // of a second for this row under the sanitizers; now only those a cell's choice depends on.
    const Layout& layout = realLayout();
    ASSERT_EQ(layout.fields.size(), 16u);
    std::vector<HeaderCell> cells;
    for (int round = 0; round < 2; ++round)
        for (const FieldSpec& field : layout.fields)
            cells.push_back(HeaderCell{static_cast<int>(cells.size()), 1, field.headers.front()});
    const HeaderAssignment assignment = assignHeader(cells, layout);
    EXPECT_EQ(assignment.fields, 16);
    EXPECT_EQ(assignment.total, 16 * 20);
    for (std::size_t f = 0; f < layout.fields.size(); ++f)
    {
        const FieldSpec& field = layout.fields[f];
        EXPECT_EQ(assignment.cells[f].field, field.id);
        EXPECT_EQ(assignment.cells[f].doubt, "");
        EXPECT_EQ(assignment.cells[16 + f].field, "");
        EXPECT_EQ(assignment.cells[16 + f].doubt, "a second column for " + field.label +
                                                      ", which \"" + field.headers.front() +
                                                      "\" holds");
    }
}

TEST(ReadPlanScored, ABilingualHeaderIsAPlan)
{
    const ReadResult result = readPlan(
        document({table("Table1", {{"Amcan / Objective", "Camau / Actions", "Pwy? / Who will lead",
                                    "Erbyn pryd? / By when"},
                                   {"To close the gap", "Tutoring", "Headteacher", "July 2026"}})}),
        realSchemas());
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(fieldsOf(result.plan.tables[0]),
              (Strings{"objective", "actions", "owners", "timescale"}));
    EXPECT_EQ(result.plan.objectives.at(0).ownerNames, Strings{"Headteacher"});
    EXPECT_GE(result.plan.tables[0].columns[0].score, 3);
    EXPECT_EQ(result.plan.tables[0].columns[0].why, "the words objective, amcan");
}

TEST(ReadPlanScored, UnsureColumnsAreSaidInTheNotes)
{
    const ReadResult result = readPlan(
        document({table("Table1", {{"Objective", "Actions", "Lead", "Time allowed"},
                                   {"To close the gap", "Tutoring", "Headteacher", "A term"}})}),
        realSchemas());
    ASSERT_TRUE(result);
    ASSERT_EQ(result.plan.notes.size(), 1u);
    EXPECT_EQ(result.plan.notes[0],
              "The column \"Time allowed\" of Table1 is not one eqplan knows (too weak a match: "
              "the word time, for Timescale, scores 2 where 3 is needed); its cells are kept as "
              "an extra field of each objective.");
}

TEST(ReadPlanScored, TimetablesBudgetsAndDocumentControlStayNoPlans)
{
    const ReadResult result =
        readPlan(document({
                     table("Timetable", {{"Time", "Monday", "Tuesday", "Wednesday"},
                                         {"9:00", "Maths", "English", "Science"}}),
                     table("Budget", {{"Item", "Cost", "Budget holder", "Date", "Notes"},
                                      {"Books", "£400", "English lead", "Sept 2024", ""}}),
                     table("Control", {{"Date approved", "Approved by", "Next review", "Version"},
                                       {"1 Oct 2024", "Governing body", "Oct 2025", "2"}}),
                     table("Staff", {{"Name", "Role", "Who to contact", "Responsible for"},
                                     {"A Jones", "SENCo", "Office", "SEND"}}),
                 }),
                 realSchemas());
    EXPECT_EQ(result.status, ReadStatus::NoPlanTable);
    ASSERT_EQ(result.rejected.size(), 4u);
    for (const RejectedTable& table : result.rejected)
        EXPECT_LT(table.fieldsFound, 3) << table.name;
}

TEST(ReadPlanScored, TheNearestHeaderRowOfANonPlanIsExplained)
{
    const ReadResult result = readPlan(
        document({table("Control", {{"Next review", "Approved by"}, {"Oct 2025", "FGB"}})}),
        realSchemas());
    ASSERT_EQ(result.rejected.size(), 1u);
    ASSERT_EQ(result.rejected[0].columns.size(), 2u);
    EXPECT_EQ(result.rejected[0].columns[0].header, "Next review");
    EXPECT_EQ(result.rejected[0].columns[0].field, "");
    EXPECT_NE(result.rejected[0].columns[0].doubt.find("too weak"), std::string::npos);
}

TEST(LocalWords, ASchoolsOwnWordsNameAField)
{
    Layout layout = realLayout();
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() /
        ("eqplan-words-test-" + std::to_string(::getpid()) + ".json");
    std::ofstream(file) << R"({"fields": {"owners": {"words": {"champion": 4}},
                                          "actions": {"headers": ["Our plan"]}}})";
    EXPECT_EQ(addLocalWords(layout, file), "");
    std::filesystem::remove(file);
    std::vector<HeaderCell> cells{{0, 1, "Objective"}, {1, 1, "Our plan"}, {2, 1, "Champion"}};
    const HeaderAssignment assignment = assignHeader(cells, layout);
    EXPECT_EQ(assignment.cells[1].field, "actions");
    EXPECT_EQ(assignment.cells[2].field, "owners");
    EXPECT_EQ(assignment.cells[2].why, "the word champion");
}

TEST(LocalWords, AnUnknownFieldIsAnErrorThatNamesThePath)
{
    Layout layout = realLayout();
    const std::filesystem::path file = std::filesystem::temp_directory_path() /
                                       ("eqplan-words-bad-" + std::to_string(::getpid()) + ".json");
    std::ofstream(file) << R"({"fields": {"owner": {"words": {"champion": 4}}}})";
    const std::string error = addLocalWords(layout, file);
    std::filesystem::remove(file);
    EXPECT_EQ(error.rfind(file.filename().string() + ": /fields/owner: names no field", 0), 0u)
        << error;
}

TEST(LocalWords, AWeightMustBeANumberAboveZero)
{
    Layout layout = realLayout();
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() /
        ("eqplan-words-weight-" + std::to_string(::getpid()) + ".json");
    std::ofstream(file) << R"({"fields": {"owners": {"words": {"champion": "high"}}}})";
    const std::string error = addLocalWords(layout, file);
    std::filesystem::remove(file);
    EXPECT_EQ(error, file.filename().string() +
                         ": /fields/owners/words/champion: expected a weight above 0");
}

TEST(ScoreHeader, ALayoutMadeByHandIsReadAsTheLoadedOne)
{
    // Loading makes the headers' compared forms and their index once; a layout without them
    // (made or changed by hand) makes them as it reads, to the same scores.
    Layout byHand = realLayout();
    byHand.headerForms.clear();
    Layout unindexed = realLayout();
    unindexed.headerIndex = {};
    ASSERT_FALSE(realLayout().headerForms.empty());
    ASSERT_FALSE(realLayout().headerIndex.words.entries.empty());
    int compared = 0;
    for (const std::string header :
         {"Objective", "Who's responsible?", "Lead person(s)", "Target group(s): e.g. whole school",
          "Amcan / Objective", "Success criteria", "Review date", "Timescales", "Notes"})
    {
        const std::vector<FieldScore> loaded = scoreHeader(header, realLayout());
        for (const Layout* layout : {&byHand, &unindexed})
        {
            const std::vector<FieldScore> made = scoreHeader(header, *layout);
            ASSERT_EQ(made.size(), loaded.size()) << header;
            for (std::size_t i = 0; i < made.size(); ++i)
            {
                EXPECT_EQ(made[i].field, loaded[i].field) << header;
                EXPECT_EQ(made[i].score, loaded[i].score) << header;
                EXPECT_EQ(made[i].why, loaded[i].why) << header;
            }
            EXPECT_EQ(fieldForHeader(header, *layout), fieldForHeader(header, realLayout()))
                << header;
        }
        ++compared;
    }
    EXPECT_EQ(compared, 9);
    EXPECT_EQ(assigned({"Objective", "Actions", "Lead"}, byHand),
              assigned({"Objective", "Actions", "Lead"}));
}

TEST(SplitOwnerText, AnAndInsideARoleTitleIsNoSeparator)
{
    EXPECT_EQ(splitOwnerText("Director of Teaching and Learning"),
              Strings{"Director of Teaching and Learning"});
    EXPECT_EQ(splitOwnerText("Head of Personal Development and Welfare"),
              Strings{"Head of Personal Development and Welfare"});
    EXPECT_EQ(splitOwnerText("Headteacher and Governors"), (Strings{"Headteacher", "Governors"}));
    EXPECT_EQ(splitOwnerText("Head of Year 7 and Head of Year 8"),
              (Strings{"Head of Year 7", "Head of Year 8"}));
    EXPECT_EQ(splitOwnerText("SENCo / Director of Teaching and Learning"),
              (Strings{"SENCo", "Director of Teaching and Learning"}));
}

TEST(SplitOwnerText, ALongRoleTitleIsOneOwner)
{
    // Each " and " used to lower the role read so far again, so a cell of many cost its length
    // squared (the owners fuzz target slowed as its inputs grew); the reading is unchanged.
    std::string role = "Head of Teaching";
    for (int i = 0; i < 2000; ++i)
        role += " and Learning";
    EXPECT_EQ(splitOwnerText(role), Strings{role});
    EXPECT_EQ(splitOwnerText(role + " and Head of Year 8"), (Strings{role, "Head of Year 8"}));
}

TEST(ReadPlanLabelsLeft, OneTablePerObjectiveTakesItsNumberFromTheHeading)
{
    DocumentGrid d = document({
        table("Table1", {{"Objective", "To improve attendance"},
                         {"Actions", "Meet each family"},
                         {"Lead", "Attendance Officer"},
                         {"Timescale", "July 2026"}}),
        table("Table2", {{"Objective", "To widen the curriculum"},
                         {"Actions", "Audit the topics"},
                         {"Lead", "Curriculum Lead"},
                         {"Timescale", "2025"}}),
    });
    d.tables[0].before = {para("Equality Plan", false, "Title"),
                          para("Equality objective 3: attendance")};
    d.tables[1].before = {para("Objective 5")};
    const ReadResult result = readPlan(d, realSchemas());
    ASSERT_TRUE(result) << result.message;
    ASSERT_EQ(result.plan.tables.size(), 2u);
    EXPECT_TRUE(result.plan.tables[0].labelsLeft);
    EXPECT_EQ(fieldsOf(result.plan.tables[0]),
              (Strings{"objective", "actions", "owners", "timescale"}));
    ASSERT_EQ(result.plan.objectives.size(), 2u);
    EXPECT_EQ(result.plan.objectives[0].number, 3);
    EXPECT_EQ(result.plan.objectives[0].objectiveText, "To improve attendance");
    EXPECT_EQ(result.plan.objectives[0].ownerNames, Strings{"Attendance Officer"});
    EXPECT_EQ(result.plan.objectives[1].number, 5);
    // Locations are the document's: the objective's text is in row 1, column 2 ("B1").
    const Location& at = result.plan.objectives[0].objective.cells.at(0);
    EXPECT_EQ(at.row, 0);
    EXPECT_EQ(at.column, 1);
    EXPECT_EQ(at.cell, "B1");
}

TEST(ReadPlanLabelsLeft, OneColumnPerObjective)
{
    const ReadResult result = readPlan(
        document({table("Table1", {{"Amcan / Objective", "To close the gap", "To stop bullying"},
                                   {"Camau / Actions", "Tutoring", "Ambassadors"},
                                   {"Arweinydd / Lead", "English Lead", "Deputy Head"}})}),
        realSchemas());
    ASSERT_TRUE(result) << result.message;
    ASSERT_EQ(result.plan.objectives.size(), 2u);
    EXPECT_EQ(result.plan.objectives[0].number, 1);
    EXPECT_EQ(result.plan.objectives[1].number, 2);
    EXPECT_EQ(result.plan.objectives[1].objectiveText, "To stop bullying");
    EXPECT_EQ(result.plan.objectives[1].ownerNames, Strings{"Deputy Head"});
}

TEST(ReadPlanLabelsLeft, ADocumentControlTableDownTheLeftIsNoPlan)
{
    const ReadResult result =
        readPlan(document({table("Control", {{"Date approved", "1 October 2024"},
                                             {"Approved by", "Full governing body"},
                                             {"Next review", "October 2025"},
                                             {"Reviewed by", "Headteacher"}})}),
                 realSchemas());
    EXPECT_EQ(result.status, ReadStatus::NoPlanTable);
}

// Adding an objective was refused here: in one table per objective it is a new table like the
// last, under a heading numbered next; the fields go into the copy's objective column.
TEST(ReadPlanLabelsLeft, AddingAnObjectiveToOneTablePerObjectiveIsANewTableLikeTheLast)
{
    DocumentGrid d = document({table("Table1", {{"Objective", "To improve attendance"},
                                                {"Actions", "Meet each family"},
                                                {"Lead", "Attendance Officer"}}),
                               table("Table2", {{"Objective", "To widen the curriculum"},
                                                {"Actions", "Audit the topics"},
                                                {"Lead", "Curriculum Lead"}})});
    d.tables[0].before = {para("Plan", false, "Title"), para("Equality objective 1: attendance")};
    d.tables[1].before = {para(""),
                          para("Equality objective 2: the curriculum", false, "Heading1")};
    const ReadResult result = readPlan(d, realSchemas());
    ASSERT_TRUE(result) << result.message;
    const Result<ObjectiveInsert> insert =
        planNewObjective(result.plan, d, "To test", {{"owners", {"SENCO"}}}, realSchemas());
    ASSERT_TRUE(insert) << insert.error;
    EXPECT_EQ(insert->shape, InsertShape::Table);
    EXPECT_EQ(insert->table, 1);
    EXPECT_EQ(insert->number, 3);
    EXPECT_EQ(insert->heading, "Equality objective 3");
    EXPECT_EQ(insert->headingLike, 1);
    EXPECT_EQ(insert->copied, (Strings{"A1", "A2", "A3"}));
    ASSERT_EQ(insert->fills.size(), 2u);
    EXPECT_EQ(insert->fills[0].cell, "B1");
    EXPECT_EQ(insert->fills[0].paragraphs.at(0).text, "To test");
    EXPECT_EQ(insert->fills[1].cell, "B3");
    EXPECT_EQ(insert->fills[1].paragraphs.at(0).text, "SENCO");
}

TEST(ReadPlanLabelsLeft, AddingAnObjectiveToAColumnPerObjectiveIsANewColumn)
{
    const DocumentGrid d =
        document({table("Table1", {{"Objective", "To close the gap", "To stop bullying"},
                                   {"Actions", "Tutoring", "Ambassadors"},
                                   {"Lead", "English Lead", "Deputy Head"}})});
    const ReadResult result = readPlan(d, realSchemas());
    ASSERT_TRUE(result);
    const Result<ObjectiveInsert> insert =
        planNewObjective(result.plan, d, "To test", {{"actions", {"Assembly"}}}, realSchemas());
    ASSERT_TRUE(insert) << insert.error;
    EXPECT_EQ(insert->shape, InsertShape::Column);
    EXPECT_EQ(insert->at, 3);
    EXPECT_EQ(insert->number, 3);
    ASSERT_EQ(insert->fills.size(), 2u);
    EXPECT_EQ(insert->fills[0].cell, "D1");
    EXPECT_EQ(insert->fills[1].cell, "D2");
}

TEST(ReadPlanLabelsLeft, AddingAnObjectiveToATableWithMergedCellsIsRefusedInPlainWords)
{
    const DocumentGrid d = labelsLeftWithMergedCell();
    const ReadResult result = readPlan(d, realSchemas());
    ASSERT_TRUE(result);
    const Result<ObjectiveInsert> insert =
        planNewObjective(result.plan, d, "To test", {}, realSchemas());
    EXPECT_FALSE(insert);
    EXPECT_EQ(insert.error,
              "This plan keeps its labels down the left of Table1, which has merged cells; eqplan "
              "cannot lay out a new objective like it. Copy the last objective's table in Writer "
              "and fill it in.");
}
