#include "eqplan/Checks.hpp"
#include "eqplan/PlanReader.hpp"

#include "CatalogueWords.hpp"
#include "GridBuilders.hpp"
#include "LayoutGrids.hpp"
#include "SeedGrids.hpp"
#include "TestSchemas.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace eqplan;
using namespace eqplan::test;
using namespace std::chrono_literals;

namespace
{
using Strings = std::vector<std::string>;

constexpr std::chrono::year_month_day june2021 = 2021y / 6 / 1;

std::vector<Finding> check(const DocumentGrid& grid, std::chrono::year_month_day today = june2021,
                           const OwnerRegister* owners = nullptr)
{
    const ReadResult read = readPlan(grid, realSchemas());
    EXPECT_TRUE(read) << read.message;
    std::vector<Finding> findings =
        runChecks(CheckInput{grid, read.plan, realSchemas(), today, owners});
    // Each test pins its findings' English; the deck's catalogue must say the same.
    expectKeyedAsSaid(findings);
    return findings;
}

std::vector<Finding> only(const std::vector<Finding>& findings, std::string_view rule)
{
    std::vector<Finding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
                 [&](const Finding& f) { return f.rule == rule; });
    return out;
}

Strings messages(const std::vector<Finding>& findings)
{
    Strings out;
    for (const Finding& f : findings)
        out.push_back(f.message);
    return out;
}

Strings rules(const std::vector<Finding>& findings)
{
    Strings out;
    for (const Finding& f : findings)
        out.push_back(f.rule);
    return out;
}

// The words of every cell, sorted: what a fix must not lose (a folded row moves them).
Strings words(const DocumentGrid& grid)
{
    Strings out;
    for (const Table& table : grid.tables)
        for (const Cell& cell : table.cells)
            for (const Paragraph& p : cell.paragraphs)
            {
                std::istringstream in(p.text);
                for (std::string word; in >> word;)
                    out.push_back(word);
            }
    std::sort(out.begin(), out.end());
    return out;
}

// The canonical columns of the layout, in its order.
const Strings canonicalHeader = {"Public Sector Equality Duty",
                                 "Protected characteristics",
                                 "Objective",
                                 "Actions",
                                 "Success criteria",
                                 "Responsibility",
                                 "Timescale",
                                 "Progress"};

// One objective row of a canonical plan: every field filled, nothing to report.
struct Row
{
    std::string duty = "All aims of duty";
    std::string characteristics = "All";
    std::string objective = "Close the attainment gap";
    std::string actions = "Tutoring";
    std::string success = "The gap closes by 5%";
    std::string owners = "EWA";
    std::string timescale = "July 2021";
    std::string progress = "March 2021\n1) Tutoring started";

    std::vector<std::string> cells() const
    {
        return {duty, characteristics, objective, actions, success, owners, timescale, progress};
    }
};

// A plan table with the canonical columns and these rows.
DocumentGrid plan(const std::vector<Row>& rows)
{
    std::vector<std::vector<std::string>> cells = {canonicalHeader};
    for (const Row& row : rows)
        cells.push_back(row.cells());
    return document({table("Table1", cells)});
}

// A plan table with the canonical columns and raw rows.
DocumentGrid planOfCells(std::vector<std::vector<std::string>> rows)
{
    rows.insert(rows.begin(), canonicalHeader);
    return document({table("Table1", rows)});
}

// Applies the fixes of `rule`'s findings, then reads and checks the plan again.
struct Fixed
{
    DocumentGrid grid;
    ReadResult read;
    std::vector<Finding> findings;
};

Fixed fixAndCheckAgain(const DocumentGrid& grid, std::string_view rule,
                       std::chrono::year_month_day today = june2021,
                       const OwnerRegister* owners = nullptr)
{
    Fixed fixed{grid, {}, {}};
    const std::vector<Finding> found = only(check(grid, today, owners), rule);
    EXPECT_FALSE(found.empty()) << rule << " did not fire";
    const ApplyResult applied = applyEdits(fixed.grid, fixEdits(found, false));
    EXPECT_TRUE(applied) << applied.error;
    fixed.read = readPlan(fixed.grid, realSchemas());
    EXPECT_TRUE(fixed.read) << fixed.read.message;
    fixed.findings =
        runChecks(CheckInput{fixed.grid, fixed.read.plan, realSchemas(), today, owners});
    EXPECT_TRUE(only(fixed.findings, rule).empty())
        << rule << " still fires: " << only(fixed.findings, rule).front().message;
    return fixed;
}

const ReplaceText& onlyReplace(const Finding& finding)
{
    EXPECT_TRUE(finding.fix.has_value());
    EXPECT_EQ(finding.fix->edits.size(), 1u);
    return std::get<ReplaceText>(finding.fix->edits.at(0));
}
} // namespace

// ---- the rules as a whole ----

TEST(RunChecks, CleanPlanHasNoFindings)
{
    const std::vector<Finding> findings = check(plan({Row{}, Row{}}));
    EXPECT_TRUE(findings.empty()) << findings.front().rule << ": " << findings.front().message;
}

TEST(RuleIds, AreStableUniqueAndNamedAreaDotRule)
{
    const std::vector<std::string_view> ids = ruleIds();
    EXPECT_EQ(ids.size(), 27u);
    EXPECT_EQ(std::set<std::string_view>(ids.begin(), ids.end()).size(), ids.size());
    for (const char* id : {"table.continuation-row",
                           "table.column-missing",
                           "table.header-not-repeated",
                           "owner.missing",
                           "owner.unknown",
                           "owner.variant",
                           "progress.undated",
                           "progress.out-of-order",
                           "progress.duplicate-date",
                           "progress.numbering",
                           "progress.stale",
                           "duty.unknown",
                           "characteristic.unknown",
                           "objective.not-measurable",
                           "terms.inconsistent",
                           "text.artefact",
                           "text.invisible",
                           "calendar.objectives-age",
                           "calendar.review-overdue",
                           "coverage.aims",
                           "coverage.characteristics",
                           "publish.tracked-change",
                           "publish.comment",
                           "publish.alt-text",
                           "publish.typed-numbering"})
        EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
}

TEST(RuleTitles, EveryRuleHasOneInPlainWords)
{
    std::set<std::string_view> titles;
    for (std::string_view id : ruleIds())
    {
        EXPECT_FALSE(ruleTitle(id).empty()) << id;
        titles.insert(ruleTitle(id));
    }
    EXPECT_EQ(titles.size(), ruleIds().size());
    EXPECT_EQ(ruleTitle("table.continuation-row"), "Rows split over a page");
    EXPECT_EQ(ruleTitle("no.such-rule"), "");
}

TEST(RunChecks, FindingsComeInRuleOrder)
{
    Row noOwner;
    noOwner.owners = "";
    Row other;
    other.characteristics = "Other";
    const std::vector<Finding> findings = check(plan({other, noOwner}));
    EXPECT_EQ(rules(findings), (Strings{"owner.missing", "characteristic.unknown"}));
}

TEST(Severity, NamesAreLowerCase)
{
    EXPECT_EQ(toString(Severity::Info), "info");
    EXPECT_EQ(toString(Severity::Warning), "warning");
    EXPECT_EQ(toString(Severity::Error), "error");
}

// ---- table.continuation-row ----

TEST(ContinuationRow, SplitRowIsFoundAndFoldedBack)
{
    const DocumentGrid grid =
        planOfCells({Row{}.cells(),
                     {"", "", "and their families", "", "", "", "", "Parents evening held"},
                     Row{}.cells()});
    const std::vector<Finding> found = only(check(grid), "table.continuation-row");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].objective, 1);
    EXPECT_EQ(found[0].location, (Location{0, 2, 2, "C3", std::nullopt}));
    EXPECT_EQ(found[0].message,
              "Row 3 of Table1 only continues Objective 1 from the row above it (a row split over "
              "a page). Joining it to the objective's row keeps the objective in one row.");
    ASSERT_TRUE(found[0].fix);
    EXPECT_TRUE(found[0].fix->safe);
    EXPECT_EQ(found[0].fix->edits, (std::vector<Edit>{FoldRow{0, 2}}));

    const Fixed fixed = fixAndCheckAgain(grid, "table.continuation-row");
    EXPECT_TRUE(fixed.findings.empty());
    EXPECT_EQ(fixed.grid.tables[0].rows, 3);
    ASSERT_EQ(fixed.read.plan.objectives.size(), 2u);
    const Objective& first = fixed.read.plan.objectives[0];
    EXPECT_EQ(first.rows, (std::vector<int>{1}));
    EXPECT_TRUE(first.continuationRows.empty());
    EXPECT_EQ(first.objectiveText, "Close the attainment gap and their families");
    EXPECT_EQ(first.progressField.text(), "March 2021\n1) Tutoring started Parents evening held");
    EXPECT_EQ(fixed.read.plan.objectives[1].rows, (std::vector<int>{2}));
    EXPECT_EQ(fixed.grid.tables[0].at(2, 0)->name, "A3"); // the row below moved up, renamed
    EXPECT_EQ(words(fixed.grid), words(grid));
    EXPECT_TRUE(fixed.read.plan.notes.empty());
}

TEST(ContinuationRow, ARowWithItsOwnKeyFieldsIsNoContinuation)
{
    EXPECT_TRUE(only(check(plan({Row{}, Row{}})), "table.continuation-row").empty());
}

TEST(ContinuationRow, ProgressCommentaryRowsAreNoContinuation)
{
    EXPECT_TRUE(only(check(seedActionPlan2018()), "table.continuation-row").empty());
}

// ---- table.column-missing ----

TEST(ColumnMissing, PlanWithoutAnOwnersColumnIsToldSoAndGetsOne)
{
    const DocumentGrid grid = document(
        {table("Table1", {{"Public Sector Equality Duty", "Protected characteristics", "Objective",
                           "Actions", "Success criteria", "Timescale", "Progress"},
                          {"All aims of duty", "All", "Close the gap", "Tutoring", "Gap closes",
                           "July 2021", "March 2021\n1) Started"}})});
    const std::vector<Finding> found = only(check(grid), "table.column-missing");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message,
              "Table1 has no column for Responsibility, so nobody is named as responsible for the "
              "objectives.");
    ASSERT_TRUE(found[0].fix);
    EXPECT_FALSE(found[0].fix->safe);
    EXPECT_EQ(found[0].fix->edits,
              (std::vector<Edit>{AddColumn{0, "owners", "Responsibility", 0}}));

    const Fixed fixed = fixAndCheckAgain(grid, "table.column-missing");
    EXPECT_EQ(fixed.read.plan.tables[0].columns.back().field, "owners");
    EXPECT_EQ(fixed.grid.tables[0].at(0, 7)->name, "H1");
    // The new column is empty: now each objective lacks an owner.
    EXPECT_EQ(rules(fixed.findings), Strings{"owner.missing"});
    EXPECT_EQ(words(fixed.grid).size(), words(grid).size() + 1);
}

// issue 15: one table per objective with the labels down the left; the second table has no
// "Progress" row the first has. It is told so once (not also as a missing canonical row), and
// the fix adds the row below its "Timescale", as the first table has it.
TEST(ColumnMissing, ALabelsLeftTableWithoutARowTheOthersHaveGetsIt)
{
    const DocumentGrid grid = document({
        table("Table1", {{"Objective", "To improve attendance"},
                         {"Actions", "Meet each family"},
                         {"Lead", "Attendance Officer"},
                         {"Timescale", "July 2026"},
                         {"Progress", "March 2021\n1) Started"}}),
        table("Table2", {{"Objective", "To widen the curriculum"},
                         {"Actions", "Audit the topics"},
                         {"Lead", "Curriculum Lead"},
                         {"Timescale", "2025"},
                         {"Resources", "Books"}}),
    });
    std::vector<Finding> found = only(check(grid), "table.column-missing");
    // The canonical rows no table has are told as before, without a fix.
    for (const Finding& f : found)
    {
        if (f.message.find("has no row for") != std::string::npos)
        {
            EXPECT_FALSE(f.fix) << f.message;
        }
    }
    std::erase_if(found, [](const Finding& f)
                  { return f.message.find("has no row for") != std::string::npos; });
    ASSERT_EQ(found.size(), 1u) << ::testing::PrintToString(messages(found));
    EXPECT_EQ(found[0].message, "Table2 has no \u201CProgress\u201D row, which the plan's other "
                                "tables have.");
    EXPECT_EQ(found[0].objective, 2);
    ASSERT_TRUE(found[0].fix);
    EXPECT_EQ(found[0].fix->description,
              "Add a row \u201CProgress\u201D to Table2 below \u201CTimescale\u201D");
    EXPECT_EQ(found[0].fix->edits, (std::vector<Edit>{AddRow{1, 3, "progress", "Progress"}}));

    DocumentGrid fixed = grid;
    const ApplyResult applied = applyEdits(fixed, found[0].fix->edits);
    ASSERT_TRUE(applied) << applied.error;
    EXPECT_EQ(fixed.tables[1].rows, 6);
    EXPECT_EQ(fixed.tables[1].at(4, 0)->text(), "Progress");
    EXPECT_EQ(fixed.tables[1].at(4, 0)->name, "A5");
    EXPECT_EQ(fixed.tables[1].at(5, 0)->text(), "Resources");
    EXPECT_EQ(fixed.tables[1].at(5, 1)->name, "B6");
    const ReadResult reread = readPlan(fixed, realSchemas());
    ASSERT_TRUE(reread) << reread.message;
    const std::vector<Column>& rows = reread.plan.tables.at(1).columns;
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(),
                            [](const Column& c) { return c.field == "progress"; }));
    const std::vector<Finding> after = only(
        runChecks(CheckInput{fixed, reread.plan, realSchemas(), june2021}), "table.column-missing");
    for (const Finding& f : after)
        EXPECT_EQ(f.message.find("Progress"), std::string::npos) << f.message;
}

TEST(ColumnMissing, EveryCanonicalColumnPresentIsClean)
{
    EXPECT_TRUE(only(check(plan({Row{}})), "table.column-missing").empty());
}

TEST(ColumnMissing, ProgressKeptInRowsOfItsOwnIsNotMissing)
{
    const std::vector<Finding> found = only(check(seedActionPlan2018()), "table.column-missing");
    Strings fields;
    for (const Finding& f : found)
        fields.push_back(std::get<AddColumn>(f.fix->edits.at(0)).field);
    EXPECT_EQ(fields, (Strings{"characteristics", "timescale"}));
}

TEST(ColumnMissing, EveryNewHeaderIsReadBackAsItsField)
{
    std::size_t ran = 0;
    for (const std::string& field : realLayout().canonicalColumns)
    {
        Strings header;
        Strings row;
        for (std::size_t c = 0; c < canonicalHeader.size(); ++c)
            if (realLayout().canonicalColumns[c] != field)
            {
                header.push_back(canonicalHeader[c]);
                row.push_back(Row{}.cells()[c]);
            }
        const DocumentGrid grid = document({table("Table1", {header, row})});
        const ReadResult read = readPlan(grid, realSchemas());
        if (!read)
            continue; // without its objective a table may not be a plan at all
        fixAndCheckAgain(grid, "table.column-missing");
        ++ran;
    }
    // Every table lacking one column still reads as a plan (the objective's too, by its other
    // key columns): every case ran.
    EXPECT_EQ(ran, realLayout().canonicalColumns.size());
}

// ---- table.header-not-repeated ----

TEST(HeaderNotRepeated, HeaderThatDoesNotRepeatIsFoundAndRepeated)
{
    DocumentGrid grid = plan({Row{}});
    grid.tables[0].repeatedHeaderRows = 0;
    const std::vector<Finding> found = only(check(grid), "table.header-not-repeated");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "The header row of Table1 does not repeat at the top of each "
                                "page, so a reader of the second page cannot see what each "
                                "column holds.");
    EXPECT_TRUE(found[0].fix->safe);
    EXPECT_EQ(found[0].fix->edits, (std::vector<Edit>{RepeatHeader{0, 1}}));
    const Fixed fixed = fixAndCheckAgain(grid, "table.header-not-repeated");
    EXPECT_EQ(fixed.grid.tables[0].repeatedHeaderRows, 1);
    EXPECT_TRUE(fixed.findings.empty());
}

TEST(HeaderNotRepeated, UnknownOrRepeatedHeaderIsClean)
{
    DocumentGrid grid = plan({Row{}});
    EXPECT_TRUE(only(check(grid), "table.header-not-repeated").empty()); // not read: unset
    grid.tables[0].repeatedHeaderRows = 1;
    EXPECT_TRUE(only(check(grid), "table.header-not-repeated").empty());
}

// ---- owner.missing / owner.unknown / owner.variant ----

TEST(OwnerMissing, ObjectiveWithoutOwnerIsFound)
{
    Row row;
    row.owners = "";
    const std::vector<Finding> found = only(check(plan({Row{}, row})), "owner.missing");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].objective, 2);
    EXPECT_EQ(found[0].message, "Objective 2 names nobody as responsible for it.");
    EXPECT_EQ(found[0].location, (Location{0, 2, 5, "F3", std::nullopt}));
    EXPECT_FALSE(found[0].fix);
}

TEST(OwnerMissing, ObjectivesWithOwnersAreClean)
{
    EXPECT_TRUE(only(check(plan({Row{}})), "owner.missing").empty());
}

TEST(OwnerUnknown, OwnerTheRegisterLacksIsFound)
{
    Row row;
    row.owners = "EWA / TCR";
    const OwnerRegister owners{{{"EWA", "Mrs E Walker, Attendance"}}};
    const std::vector<Finding> found = only(check(plan({row}), june2021, &owners), "owner.unknown");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message,
              "Objective 1 names \xE2\x80\x9CTCR\xE2\x80\x9D as responsible, but the plan's owner "
              "register has no \xE2\x80\x9CTCR\xE2\x80\x9D. Add who that is to the register, or "
              "write an owner the register knows.");
    EXPECT_EQ(found[0].location, (Location{0, 1, 5, "F2", 0}));
}

TEST(OwnerUnknown, NoRegisterOrAKnownOwnerIsClean)
{
    Row row;
    row.owners = "ewa\nYear Leads";
    EXPECT_TRUE(only(check(plan({row})), "owner.unknown").empty());
    const OwnerRegister owners{{{"EWA", "Mrs E Walker"}, {"YL", "Year Leads"}}};
    EXPECT_TRUE(only(check(plan({row}), june2021, &owners), "owner.unknown").empty());
}

TEST(OwnerRegister, FindsByCodeOrNameIgnoringCaseAndSpaces)
{
    const OwnerRegister owners{{{"EWA", "Mrs E Walker"}, {"YL", "Year Leads"}}};
    ASSERT_NE(owners.find(" ewa"), nullptr);
    EXPECT_EQ(owners.find(" ewa")->code, "EWA");
    EXPECT_EQ(owners.find("yearleads")->code, "YL");
    EXPECT_EQ(owners.find("TCR"), nullptr);
}

TEST(OwnerVariant, CaseVariantIsFoundAndMadeTheMostWrittenSpelling)
{
    Row a, b, c;
    a.owners = "Pastoral Staff";
    b.owners = "Pastoral staff";
    c.owners = "Pastoral Staff\nSLT";
    const DocumentGrid grid = plan({a, b, c});
    const std::vector<Finding> found = only(check(grid), "owner.variant");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].objective, 2);
    EXPECT_EQ(found[0].message, "Objective 2 writes \xE2\x80\x9CPastoral staff\xE2\x80\x9D; the "
                                "plan mostly writes \xE2\x80\x9CPastoral Staff\xE2\x80\x9D.");
    EXPECT_TRUE(found[0].fix->safe);
    EXPECT_EQ(onlyReplace(found[0]),
              (ReplaceText{Location{0, 2, 5, "F3", 0}, "Pastoral staff", "Pastoral Staff", 0}));
    const Fixed fixed = fixAndCheckAgain(grid, "owner.variant");
    EXPECT_EQ(fixed.read.plan.owners.size(), 2u);
    EXPECT_EQ(fixed.read.plan.objectives[1].owners.text(), "Pastoral Staff");
}

TEST(OwnerVariant, SpacesAroundSlashAreMadeAsThePlanWritesThem)
{
    Row a, b, c;
    a.owners = "EWA/STL";
    b.owners = "EWA / STL";
    c.owners = "SWA/GMA";
    const std::vector<Finding> found = only(check(plan({a, b, c})), "owner.variant");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "Objective 2 writes its owners as \xE2\x80\x9C"
                                "EWA / STL\xE2\x80\x9D; written the "
                                "way the rest of the plan writes them, that is \xE2\x80\x9C"
                                "EWA/STL\xE2\x80\x9D.");
    fixAndCheckAgain(plan({a, b, c}), "owner.variant");
}

TEST(OwnerVariant, TheRegistersSpellingWins)
{
    Row a, b;
    a.owners = "Year leads";
    b.owners = "Year leads";
    const OwnerRegister owners{{{"Year Leads", "Heads of year 7 to 11"}}};
    const std::vector<Finding> found =
        only(check(plan({a, b}), june2021, &owners), "owner.variant");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].message, "Objective 1 writes \xE2\x80\x9CYear leads\xE2\x80\x9D; the plan's "
                                "owner register writes \xE2\x80\x9CYear Leads\xE2\x80\x9D.");
    fixAndCheckAgain(plan({a, b}), "owner.variant", june2021, &owners);
}

TEST(OwnerVariant, OneSpellingEverywhereIsClean)
{
    Row a, b;
    a.owners = "EWA/SWA";
    b.owners = "SWA, Mental Health Lead";
    EXPECT_TRUE(only(check(plan({a, b})), "owner.variant").empty());
}

// ---- progress ----

TEST(ProgressUndated, ProgressWithoutADateIsFound)
{
    Row row;
    row.progress = "Tutoring started";
    const std::vector<Finding> found = only(check(plan({Row{}, row})), "progress.undated");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].objective, 2);
    EXPECT_EQ(found[0].message, "Objective 2 has progress with no date above it (\xE2\x80\x9C"
                                "Tutoring started\xE2\x80\x9D). Write the month of the review it "
                                "belongs to above it, such as \xE2\x80\x9CMarch 2021\xE2\x80\x9D.");
    EXPECT_EQ(found[0].location, (Location{0, 2, 7, "H3", 0}));
}

TEST(ProgressUndated, DatedProgressIsClean)
{
    EXPECT_TRUE(only(check(plan({Row{}})), "progress.undated").empty());
}

TEST(ProgressOutOfOrder, AReviewBetweenLaterOnesIsFound)
{
    Row row;
    row.progress = "March 2020\n1) a\nMarch 2021\n1) b\nDecember 2020\n1) c";
    const std::vector<Finding> found = only(check(plan({row})), "progress.out-of-order");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message,
              "Objective 1 lists its progress for December 2020 after March 2021, out of date "
              "order with its other reviews. Keep the reviews in date order.");
    EXPECT_EQ(found[0].location, (Location{0, 1, 7, "H2", 4}));
}

TEST(ProgressOutOfOrder, NewestFirstOrOldestFirstIsClean)
{
    Row newest, oldest;
    newest.progress = "March 2021\n1) b\nDecember 2020\n1) c\nMarch 2020\n1) a";
    oldest.progress = "March 2020\n1) a\nDecember 2020\n1) c\nMarch 2021\n1) b";
    EXPECT_TRUE(only(check(plan({newest, oldest})), "progress.out-of-order").empty());
}

TEST(ProgressDuplicateDate, TwoHeadingsOfOneDateAreFound)
{
    Row row;
    row.progress = "March 2021\n1) a\nProgress March 2021\n1) b";
    const std::vector<Finding> found = only(check(plan({row})), "progress.duplicate-date");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message,
              "Objective 1 has two progress headings for March 2021 (\xE2\x80\x9CMarch "
              "2021\xE2\x80\x9D and \xE2\x80\x9CProgress March 2021\xE2\x80\x9D). Keep one heading "
              "and put all the points of that review under it.");
    EXPECT_TRUE(only(check(plan({row})), "progress.out-of-order").empty());
}

TEST(ProgressDuplicateDate, DifferentDatesAreClean)
{
    Row row;
    row.progress = "March 2020\n1) a\nMarch 2021\n1) b";
    EXPECT_TRUE(only(check(plan({row})), "progress.duplicate-date").empty());
}

TEST(ProgressNumbering, GapRestartAndRunTogetherPointsAreFound)
{
    Row gap, restart, together;
    gap.progress = "March 2021\n1) a\n3) b";
    restart.progress = "March 2021\n1) a\n2) b\n1) c";
    together.progress = "March 2021\n1) a\n2) Capacity built 3) Early evidence\n4) d";
    const std::vector<Finding> found =
        only(check(plan({gap, restart, together})), "progress.numbering");
    EXPECT_EQ(messages(found),
              (Strings{"Objective 1's progress for March 2021 jumps from point 1 to point 3: a "
                       "numbered point is missing.",
                       "Objective 2's progress for March 2021 numbers a point 1 after point 2: the "
                       "numbering starts again inside one review.",
                       "Objective 3's progress for March 2021 runs two numbered points together "
                       "on one line: \xE2\x80\x9C"
                       "2) Capacity built 3) Early "
                       "evidence\xE2\x80\x9D. Start point 3 on a line of its own."}));
    EXPECT_EQ(found[2].location, (Location{0, 3, 7, "H4", 2}));
}

TEST(ProgressNumbering, NumbersInOrderAndEachReviewStartingAtOneAreClean)
{
    Row row;
    row.progress = "March 2020\n1) a\n2) attendance up by 3 points\nMarch 2021\n1) c\n2) d";
    EXPECT_TRUE(only(check(plan({row})), "progress.numbering").empty());
}

TEST(ProgressStale, ObjectiveWithoutTheLatestReviewIsFound)
{
    Row old;
    old.progress = "March 2020\n1) a";
    Row none;
    none.progress = "";
    const std::vector<Finding> found = only(check(plan({Row{}, old, none})), "progress.stale");
    EXPECT_EQ(messages(found),
              (Strings{"Objective 2 has no progress for the plan's latest review (March 2021); "
                       "its latest progress is from March 2020.",
                       "Objective 3 has no progress for the plan's latest review (March 2021); it "
                       "has no dated progress at all."}));
}

TEST(ProgressStale, ADayWithinTheLatestMonthCountsAsThatReview)
{
    Row day;
    day.progress = "As of 3 March 2021\n1) a";
    EXPECT_TRUE(only(check(plan({Row{}, day})), "progress.stale").empty());
}

// ---- progress dated inline ("March 2021: ...") ----

namespace
{
// A row whose progress is `progress`, otherwise clean.
Row inlineRow(std::string progress)
{
    Row row;
    row.progress = std::move(progress);
    return row;
}

const std::vector<std::string_view> progressRules = {"progress.undated", "progress.out-of-order",
                                                     "progress.duplicate-date", "progress.stale",
                                                     "calendar.review-overdue"};

Strings progressFindings(const std::vector<Finding>& findings)
{
    Strings out;
    for (const Finding& f : findings)
        if (std::find(progressRules.begin(), progressRules.end(), f.rule) != progressRules.end())
            out.push_back(f.rule + ": " + f.message);
    return out;
}
} // namespace

class InlineDatedPlans : public testing::TestWithParam<Strings>
{
};

TEST_P(InlineDatedPlans, FireNoProgressOrReviewRule)
{
    std::vector<Row> rows;
    for (const std::string& progress : GetParam())
        rows.push_back(inlineRow(progress));
    EXPECT_EQ(progressFindings(check(plan(rows), 2021y / 12 / 1)), Strings{});
}

INSTANTIATE_TEST_SUITE_P(
    EveryForm, InlineDatedPlans,
    testing::Values(
        Strings{"March 2021: tutoring started, 14 pupils attend"},
        Strings{"Autumn Term 2020: baseline done\nSpring Term 2021: gap reduced to 9%",
                "Spring 2021: survey sent"},
        Strings{"07/03/2021: gap reduced to 9%\n- tutoring on Fridays", "7/3/21 - audit"},
        Strings{"Update March 2021: club running", "Review \xE2\x80\x93 7 March 2021 - visit"},
        Strings{"w/c 1 March 2021: assembly", "March 2021: club running"},
        // Half terms of one term are two reviews, not one date written twice.
        Strings{"Spr 1 21: baseline\nSpr 2 21: survey", "Spring 2 2021: survey"},
        Strings{"2019-20: baseline\n2020-21: gap closed", "Spring 2021: survey"},
        // Headings and inline entries in one plan.
        Strings{"Progress Commentary As of March 2021:\n1) started", "March 2021: started"}));

TEST(InlineDatedLayout, ReadsEveryEntryDatedAndFiresNoProgressRule)
{
    const DocumentGrid grid = layoutInlineDated();
    const ReadResult read = readPlan(grid, realSchemas());
    ASSERT_TRUE(read) << read.message;
    Strings dates;
    for (const Objective& objective : read.plan.objectives)
        for (const Progress& entry : objective.progress)
            dates.push_back((entry.date ? entry.date->iso() : "undated") + " " +
                            std::string(toString(entry.form)) + " " +
                            std::string(entry.dateForm ? toString(*entry.dateForm) : "none"));
    EXPECT_EQ(dates, (Strings{"2023-11 inline month-year", "2024-03 inline month-year",
                              "2022-autumn inline term", "2023-spring inline term",
                              "2024-spring inline term", "2023-10-12 inline day",
                              "2024-03-07 inline day"}));
    EXPECT_EQ(progressFindings(check(grid, 2024y / 6 / 1)), Strings{});
}

TEST(ProgressUndated, InlineDatedPlanUsedToBeUndatedAndOverdue)
{
    // Before inline entries were read, this plan (reviewed in March 2021) got progress.undated
    // for every objective and "does not say when it was last reviewed".
    const DocumentGrid grid = plan({inlineRow("March 2021: club running, 14 boys attend"),
                                    inlineRow("Autumn Term 2020: baseline done")});
    const std::vector<Finding> findings = check(grid, june2021);
    EXPECT_TRUE(only(findings, "progress.undated").empty());
    EXPECT_TRUE(only(findings, "calendar.review-overdue").empty());
    EXPECT_EQ(messages(only(findings, "progress.stale")),
              Strings{"Objective 2 has no progress for the plan's latest review (March 2021); its "
                      "latest progress is from Autumn term 2020."});
}

TEST(ProgressUndated, CommentaryBeforeTheFirstInlineDateIsFoundWithInlineAdvice)
{
    const std::vector<Finding> found = only(
        check(plan({inlineRow("On track\nMarch 2021: club running"), inlineRow("March 2021: b")})),
        "progress.undated");
    EXPECT_EQ(messages(found),
              Strings{"Objective 1 has progress with no date above it (\xE2\x80\x9COn "
                      "track\xE2\x80\x9D). Start it with the date of the review it belongs to, "
                      "such as \xE2\x80\x9CMarch 2021: \xE2\x80\xA6\xE2\x80\x9D."});
}

TEST(ProgressOutOfOrder, InlineEntriesOutOfOrderAreFound)
{
    const std::vector<Finding> found =
        only(check(plan({inlineRow("March 2020: a\nMarch 2021: b\nAutumn Term 2020: c")})),
             "progress.out-of-order");
    EXPECT_EQ(messages(found),
              Strings{"Objective 1 lists its progress for Autumn term 2020 after March 2021, out "
                      "of date order with its other reviews. Keep the reviews in date order."});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location, (Location{0, 1, 7, "H2", 2}));
}

TEST(ProgressDuplicateDate, TwoInlineEntriesOfOneDateAreFound)
{
    const std::vector<Finding> found =
        only(check(plan({inlineRow("March 2021: a\nUpdate March 2021 - b")})),
             "progress.duplicate-date");
    EXPECT_EQ(messages(found),
              Strings{"Objective 1 has two progress entries for March 2021 (\xE2\x80\x9CMarch "
                      "2021:\xE2\x80\x9D and \xE2\x80\x9CUpdate March 2021 -\xE2\x80\x9D). Keep "
                      "one and put all the points of that review in it."});
}

TEST(ReviewOverdue, TheLatestInlineDateCountsAsTheReview)
{
    const DocumentGrid grid = plan({inlineRow("Autumn Term 2020: baseline done")});
    EXPECT_TRUE(only(check(grid, 2021y / 12 / 31), "calendar.review-overdue").empty());
    EXPECT_EQ(messages(only(check(grid, 2022y / 1 / 1), "calendar.review-overdue")),
              Strings{"The plan was last updated in Autumn term 2020, more than 12 months ago. "
                      "Schools must publish equality information at least every 12 months: "
                      "review the plan and record its progress."});
    // An academic year counts until the August it ends in.
    const DocumentGrid academic = plan({inlineRow("2020-21: gap closed")});
    EXPECT_TRUE(only(check(academic, 2022y / 8 / 31), "calendar.review-overdue").empty());
    EXPECT_FALSE(only(check(academic, 2022y / 9 / 1), "calendar.review-overdue").empty());
}

// ---- duty, characteristics, success criteria ----

TEST(DutyUnknown, DutyCellNamingNoAimIsFound)
{
    Row row;
    row.duty = "Community cohesion";
    const std::vector<Finding> found = only(check(plan({row})), "duty.unknown");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message,
              "Objective 1's Public Sector Equality Duty cell says \xE2\x80\x9C"
              "Community cohesion\xE2\x80\x9D, which names none of the duty's three aims: "
              "eliminate discrimination, advance equality of opportunity, foster good relations.");
}

TEST(DutyUnknown, DutyNamingAnAimIsClean)
{
    Row row;
    row.duty = "Foster good relations between different groups";
    EXPECT_TRUE(only(check(plan({row})), "duty.unknown").empty());
}

TEST(CharacteristicUnknown, OtherAndCommunityCohesionAreFound)
{
    Row other, cohesion;
    other.characteristics = "Other";
    cohesion.characteristics = "community cohesion";
    const std::vector<Finding> found =
        only(check(plan({other, cohesion})), "characteristic.unknown");
    EXPECT_EQ(messages(found),
              (Strings{"Objective 1 names \xE2\x80\x9COther\xE2\x80\x9D as a protected "
                       "characteristic, but it is not one of the nine in the Equality Act 2010. "
                       "Name the characteristics the objective is about.",
                       "Objective 2 names \xE2\x80\x9C"
                       "community cohesion\xE2\x80\x9D as a "
                       "protected characteristic, but it is not one of the nine in the Equality "
                       "Act 2010. Name the characteristics the objective is about."}));
}

TEST(CharacteristicUnknown, TheNineAreClean)
{
    Row row;
    row.characteristics = "Sexual Orientation/Race/Gender identity/Disability/Religion or belief";
    EXPECT_TRUE(only(check(plan({row})), "characteristic.unknown").empty());
}

TEST(ObjectiveNotMeasurable, ObjectiveWithoutSuccessCriteriaIsFound)
{
    Row row;
    row.success = "";
    const std::vector<Finding> found = only(check(plan({row})), "objective.not-measurable");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message,
              "Objective 1 has no success criteria, so nobody can tell whether it was met.");
}

TEST(ObjectiveNotMeasurable, SuccessCriteriaOrNoSuchColumnIsClean)
{
    EXPECT_TRUE(only(check(plan({Row{}})), "objective.not-measurable").empty());
    // Without the column it is table.column-missing's, once, not once per objective.
    EXPECT_TRUE(only(check(seedObjectives2017()), "objective.not-measurable").empty());
}

// ---- terms.inconsistent ----

TEST(TermsInconsistent, TheLessWrittenFormIsFoundAndMadeTheMostWritten)
{
    Row a, b, c;
    a.timescale = "On-going";
    b.timescale = "on-going";
    c.timescale = "On-going";
    const DocumentGrid grid = plan({a, b, c});
    const std::vector<Finding> found = only(check(grid), "terms.inconsistent");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "Objective 2 writes \xE2\x80\x9Con-going\xE2\x80\x9D; the plan "
                                "mostly writes \xE2\x80\x9COn-going\xE2\x80\x9D.");
    EXPECT_EQ(onlyReplace(found[0]),
              (ReplaceText{Location{0, 2, 6, "G3", 0}, "on-going", "On-going", 0}));
    const Fixed fixed = fixAndCheckAgain(grid, "terms.inconsistent");
    EXPECT_EQ(fixed.read.plan.objectives[1].timescale.text(), "On-going");
    EXPECT_TRUE(fixed.findings.empty());
}

TEST(TermsInconsistent, OnATieTheSchemasFormIsKept)
{
    Row a, b;
    a.timescale = "Ongoing";
    b.timescale = "On-going";
    const std::vector<Finding> found = only(check(plan({a, b})), "terms.inconsistent");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "Objective 1 writes \xE2\x80\x9COngoing\xE2\x80\x9D; the plan "
                                "writes \xE2\x80\x9COn-going\xE2\x80\x9D as often, the form "
                                "eqplan keeps.");
}

TEST(TermsInconsistent, EveryFormInOneParagraphIsReplacedByOneFix)
{
    Row a, b, c;
    a.progress = "March 2021\n1) ongoing work, \xE2\x80\x98on-going\xE2\x80\x99 review and "
                 "Ongoing\xC2\xA0support";
    b.timescale = "On-going";
    c.timescale = "On-going";
    const Fixed fixed = fixAndCheckAgain(plan({a, b, c}), "terms.inconsistent");
    EXPECT_EQ(fixed.grid.tables[0].at(1, 7)->paragraphs[1].text,
              "1) On-going work, \xE2\x80\x98On-going\xE2\x80\x99 review and "
              "On-going\xC2\xA0support");
}

TEST(TermsInconsistent, OneFormOrAWordThatOnlyContainsItIsClean)
{
    Row a, b;
    a.timescale = "On-going";
    b.actions = "Ongoingness of the non-ongoing";
    EXPECT_TRUE(only(check(plan({a, b})), "terms.inconsistent").empty());
}

// ---- text.artefact ----

TEST(TextArtefact, LeftoversOfCopyingAreFoundAndRemoved)
{
    Row row;
    row.actions = "<p>Identify groups</p> <p>Set up a group</p>";
    row.success = "[bookmark: _GoBack]Personal Development continues";
    row.objective = "Increase the diversity of students/students involved";
    const DocumentGrid grid = plan({row});
    const std::vector<Finding> found = only(check(grid), "text.artefact");
    EXPECT_EQ(messages(found),
              (Strings{"Objective 1 writes \xE2\x80\x9Cstudents/students\xE2\x80\x9D, one word "
                       "written twice.",
                       "Objective 1 writes \xE2\x80\x9C<p>\xE2\x80\x9D, a leftover of copying the "
                       "plan from a web page.",
                       "Objective 1 writes \xE2\x80\x9C[bookmark: _GoBack]\xE2\x80\x9D, a leftover "
                       "of copying the plan out of Word."}));
    for (const Finding& f : found)
        EXPECT_TRUE(f.fix && f.fix->safe);
    EXPECT_EQ(found[1].fix->edits.size(), 4u);

    const Fixed fixed = fixAndCheckAgain(grid, "text.artefact");
    EXPECT_TRUE(fixed.findings.empty());
    const Objective& o = fixed.read.plan.objectives.at(0);
    EXPECT_EQ(o.objectiveText, "Increase the diversity of students involved");
    EXPECT_EQ(o.actions.text(), "Identify groups Set up a group");
    EXPECT_EQ(o.successCriteria.text(), "Personal Development continues");
}

TEST(TextArtefact, CapitalisedRepeatKeepsTheFirstSpelling)
{
    Row row;
    row.objective = "Students/students with BESD";
    const std::vector<Finding> found = only(check(plan({row})), "text.artefact");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(onlyReplace(found[0]),
              (ReplaceText{Location{0, 1, 2, "C2", 0}, "Students/students", "Students", 0}));
}

TEST(TextArtefact, TwoRepeatsInOneParagraphAreFixedTogether)
{
    Row row;
    row.actions = "pupils/pupils and staff, then pupils/pupils again";
    const Fixed fixed = fixAndCheckAgain(plan({row}), "text.artefact");
    EXPECT_EQ(fixed.read.plan.objectives.at(0).actions.text(),
              "pupils and staff, then pupils again");
}

TEST(TextArtefact, AWordRepeatedThreeTimesIsOneLeftover)
{
    Row row;
    row.actions = "pupils/pupils/pupils and staff/staff";
    const std::vector<Finding> found = only(check(plan({row})), "text.artefact");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fix->edits,
              (std::vector<Edit>{
                  ReplaceText{Location{0, 1, 3, "D2", 0}, "staff/staff", "staff", 0},
                  ReplaceText{Location{0, 1, 3, "D2", 0}, "pupils/pupils/pupils", "pupils", 0}}));
    const Fixed fixed = fixAndCheckAgain(plan({row}), "text.artefact");
    EXPECT_EQ(fixed.read.plan.objectives.at(0).actions.text(), "pupils and staff");
}

TEST(TextArtefact, OrdinaryTextIsClean)
{
    Row row;
    row.actions = "students/staff/visitors and/or parents; a <b> tag is not a paragraph";
    EXPECT_TRUE(only(check(plan({row})), "text.artefact").empty());
}

// ---- calendar ----

namespace
{
DocumentGrid titled(const std::string& title, const std::string& updated = {})
{
    DocumentGrid grid = plan({Row{}});
    grid.tables[0].before.push_back(para(title, false, "Title"));
    if (!updated.empty())
        grid.tables[0].before.push_back(para(updated));
    return grid;
}
} // namespace

TEST(ObjectivesAge, ObjectivesOlderThanFourYearsAreAnError)
{
    const std::vector<Finding> found = only(
        check(titled("Equality Action Plan 2017-2021"), 2022y / 1 / 1), "calendar.objectives-age");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].message,
              "The plan's objectives date from 2017, more than 4 years ago. Schools must publish "
              "equality objectives at least every 4 years: set new objectives.");
}

TEST(ObjectivesAge, ObjectivesWithinFourYearsOrWithoutAPeriodAreClean)
{
    EXPECT_TRUE(only(check(titled("Equality Action Plan 2017-2021"), 2021y / 12 / 31),
                     "calendar.objectives-age")
                    .empty());
    EXPECT_TRUE(
        only(check(titled("Equality Action Plan"), 2030y / 1 / 1), "calendar.objectives-age")
            .empty());
}

TEST(ReviewOverdue, NoUpdateForMoreThanTwelveMonthsIsAnError)
{
    const DocumentGrid grid = titled("Equality Action Plan", "Updated 2-3-2021 D Sydes");
    Row row;
    row.progress = "December 2020\n1) a";
    DocumentGrid older = plan({row});
    older.tables[0].before.push_back(para("Updated 2-3-2021 D Sydes"));
    // The progress "March 2021" counts until 31 March 2021, later than the Updated line.
    EXPECT_TRUE(only(check(grid, 2022y / 3 / 31), "calendar.review-overdue").empty());
    const std::vector<Finding> found = only(check(grid, 2022y / 4 / 1), "calendar.review-overdue");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].message,
              "The plan was last updated in March 2021, more than 12 months ago. Schools must "
              "publish equality information at least every 12 months: review the plan and record "
              "its progress.");
    EXPECT_TRUE(only(check(older, 2022y / 3 / 2), "calendar.review-overdue").empty());
    EXPECT_EQ(messages(only(check(older, 2022y / 3 / 3), "calendar.review-overdue")),
              Strings{"The plan was last updated on 2 March 2021, more than 12 months ago. "
                      "Schools must publish equality information at least every 12 months: "
                      "review the plan and record its progress."});
}

TEST(ReviewOverdue, APlanWithNoDateAtAllIsToldSo)
{
    Row row;
    row.progress = "Tutoring started";
    const std::vector<Finding> found = only(check(plan({row})), "calendar.review-overdue");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].message,
              "The plan does not say when it was last reviewed: it has no \xE2\x80\x9CUpdated\xE2"
              "\x80\x9D line and no dated progress. Schools must publish equality information at "
              "least every 12 months.");
}

// ---- coverage ----

TEST(CoverageGaps, AimsAndCharacteristicsNoObjectiveAddressesAreInformation)
{
    Row row;
    row.duty = "Advance equality of opportunity";
    row.characteristics = "Race";
    const std::vector<Finding> found = check(plan({row}));
    EXPECT_EQ(messages(only(found, "coverage.aims")),
              (Strings{"No objective addresses the aim \xE2\x80\x9C"
                       "Eliminate discrimination, "
                       "harassment and victimisation\xE2\x80\x9D of the Public Sector Equality "
                       "Duty.",
                       "No objective addresses the aim \xE2\x80\x9C"
                       "Foster good "
                       "relations\xE2\x80\x9D of the Public Sector Equality Duty."}));
    const std::vector<Finding> characteristics = only(found, "coverage.characteristics");
    EXPECT_EQ(characteristics.size(), 6u); // nine, less race, age and marriage/civil partnership
    for (const Finding& f : characteristics)
    {
        EXPECT_EQ(f.severity, Severity::Info);
        EXPECT_EQ(f.message.find("Age"), std::string::npos);
        EXPECT_EQ(f.message.find("Marriage"), std::string::npos);
    }
    EXPECT_EQ(characteristics.front().message,
              "No objective addresses the protected characteristic \xE2\x80\x9C"
              "Disability\xE2\x80\x9D.");
}

TEST(CoverageGaps, StaffOnlyCharacteristicsAreGapsWhereThePlanHasObjectivesForStaff)
{
    const auto gaps = [](const std::string& groups)
    {
        const DocumentGrid grid =
            document({table("Table1", {{"PSED aim", "Protected characteristics", "Objective",
                                        "Target groups", "Actions", "Who"},
                                       {"All aims",
                                        "Race, Disability, Sex, Religion, Sexual orientation, "
                                        "Gender reassignment, Pregnancy",
                                        "Close the gap", groups, "Training", "SLT"}})});
        return messages(only(check(grid), "coverage.characteristics"));
    };
    EXPECT_EQ(gaps("Whole school, pupils"), Strings{});
    EXPECT_EQ(gaps("Pupils and staff"),
              (Strings{"No objective addresses the protected characteristic \xE2\x80\x9C"
                       "Age\xE2\x80\x9D, which counts for staff (not pupils); the plan has "
                       "objectives for staff.",
                       "No objective addresses the protected characteristic \xE2\x80\x9C"
                       "Marriage and civil partnership\xE2\x80\x9D, which counts for staff (not "
                       "pupils); the plan has objectives for staff."}));
    EXPECT_EQ(gaps("Staffordshire schools"), Strings{});
}

TEST(CoverageGaps, AllAimsAndCharacteristicsAddressedIsClean)
{
    const std::vector<Finding> found = check(plan({Row{}}));
    EXPECT_TRUE(only(found, "coverage.aims").empty());
    EXPECT_TRUE(only(found, "coverage.characteristics").empty());
}

// ---- applyEdits and fixEdits ----

TEST(ApplyEdits, AnEditNamingNoPlaceStopsWithAnError)
{
    DocumentGrid grid = plan({Row{}});
    const DocumentGrid before = grid;
    ApplyResult result =
        applyEdits(grid, {ReplaceText{Location{0, 1, 2, "C2", 0}, "attainment", "achievement", 0},
                          ReplaceText{Location{0, 9, 0, "A10", 0}, "x", "y", 0}});
    EXPECT_FALSE(result);
    EXPECT_EQ(result.applied, 1);
    EXPECT_EQ(result.error, "Edit 2: Table1 has no cell at row 10, column 1");
    EXPECT_EQ(grid.tables[0].at(1, 2)->paragraphs[0].text, "Close the achievement gap");

    grid = before;
    EXPECT_EQ(applyEdits(grid, {ReplaceText{Location{0, 1, 2, "C2", 0}, "gap", "", 1}}).error,
              "Edit 1: cell C2 paragraph 1 does not hold \"gap\" 2 time(s)");
    EXPECT_EQ(applyEdits(grid, {FoldRow{0, 0}}).error,
              "Edit 1: Table1 has no row 1 with a row above it");
    EXPECT_EQ(applyEdits(grid, {RepeatHeader{3, 1}}).error, "Edit 1: the document has no table 3");
    EXPECT_EQ(words(grid), words(before));
}

TEST(ApplyEdits, FoldingARowUnderAMergedCellShrinksTheMergedCell)
{
    DocumentGrid grid = document(
        {table("Table1", 3, 2,
               {cell(0, 0, "Objective"), cell(0, 1, "Actions"), cell(1, 0, "Close the gap", 2),
                cell(1, 1, "Tutoring"), cell(2, 1, "and mentoring\nweekly")})});
    ASSERT_TRUE(applyEdits(grid, {FoldRow{0, 2}}));
    EXPECT_EQ(grid.tables[0].rows, 2);
    EXPECT_EQ(grid.tables[0].cells.size(), 4u);
    EXPECT_EQ(grid.tables[0].at(1, 0)->rowSpan, 1);
    EXPECT_EQ(grid.tables[0].at(1, 1)->text(), "Tutoring and mentoring\nweekly");
}

TEST(ApplyEdits, OccurrencesAreCountedAsTheBridgeCountsThem)
{
    // Each search starts one character after the previous match, as OUString::indexOf is used.
    DocumentGrid grid = document({table("Table1", {{"aaa"}})});
    ASSERT_TRUE(applyEdits(grid, {ReplaceText{Location{0, 0, 0, "A1", 0}, "aa", "b", 1}}));
    EXPECT_EQ(grid.tables[0].cells[0].paragraphs[0].text, "ab");
}

TEST(ApplyEdits, FoldingUnderABlankLastParagraphStartsAParagraphAndDropsTrailingBlanks)
{
    DocumentGrid grid = document({table(
        "Table1", 2, 1, {cell(0, 0, "Tutoring\n"), cell(1, 0, "  and mentoring\nweekly\n \n")})});
    ASSERT_TRUE(applyEdits(grid, {FoldRow{0, 1}}));
    EXPECT_EQ(grid.tables[0].cells.size(), 1u);
    const std::vector<Paragraph>& p = grid.tables[0].cells[0].paragraphs;
    ASSERT_EQ(p.size(), 4u);
    EXPECT_EQ(p[1].text, "");
    EXPECT_EQ(p[2].text, "and mentoring");
    EXPECT_EQ(p[3].text, "weekly");
}

TEST(FixEdits, SafeFixesOfAWholeSeedApplyInOneGo)
{
    const DocumentGrid grid = seedObjectives2017();
    const std::vector<Finding> findings = check(grid, 2026y / 11 / 23);
    const std::vector<Edit> safe = fixEdits(findings, true);
    for (const Edit& edit : safe)
        EXPECT_FALSE(std::holds_alternative<AddColumn>(edit));
    EXPECT_GT(fixEdits(findings, false).size(), safe.size());
    DocumentGrid fixed = grid;
    const ApplyResult applied = applyEdits(fixed, safe);
    ASSERT_TRUE(applied) << applied.error;
    EXPECT_EQ(applied.applied, static_cast<int>(safe.size()));
}

TEST(RunChecks, NeverThrowsOnOddGridsNorDoTheirFixes)
{
    std::vector<Table> odd;
    odd.push_back(table("HeaderOnly", {{"Objective", "Actions", "Lead"}}));
    odd.push_back(
        table("CellsOutside", 2, 3,
              {cell(0, 0, "Objective"), cell(0, 1, "Actions"), cell(0, 2, "Lead"),
               cell(1, 0, "To improve students/students", 5, 9), cell(7, 7, "Far away")}));
    odd.push_back(table("Overlapping", 2, 3,
                        {cell(0, 0, "Objective"), cell(0, 1, "Actions"), cell(0, 2, "Lead"),
                         cell(0, 0, "Objective again", 2, 2), cell(1, 2, "HT", 0, 0)}));
    odd.push_back(
        table("SplitUnderMerge", 4, 3,
              {cell(0, 0, "Objective"), cell(0, 1, "Actions"), cell(0, 2, "Lead"),
               cell(1, 0, "1) Close the gap", 3), cell(1, 1, "Tutoring"), cell(1, 2, "EWA"),
               cell(2, 1, "and on-going mentoring", 2), cell(3, 2, "")}));
    odd.push_back(table("NumbersRunTogether", {{"Objective", "Actions", "Lead", "Progress"},
                                               {"Close the gap", "Tutoring", "EWA",
                                                "March 2021\n998) a 999) b 1000) c"}}));
    std::size_t ran = 0;
    for (Table& t : odd)
    {
        SCOPED_TRACE(t.name);
        DocumentGrid grid = document({t});
        const ReadResult read = readPlan(grid, realSchemas());
        if (!read)
            continue;
        ++ran;
        std::vector<Finding> findings;
        EXPECT_NO_THROW(
            findings = runChecks(CheckInput{grid, read.plan, realSchemas(), june2021, nullptr}));
        EXPECT_NO_THROW(applyEdits(grid, fixEdits(findings, false)));
    }
    // Four of the odd tables still read as a plan, and were checked and fixed: the cases ran.
    EXPECT_EQ(ran, 4u);
}

// ---- changes.pending ----

TEST(ChangesPending, CellWithATrackedChangeIsANoteNamingObjectiveCellAndColumn)
{
    DocumentGrid grid = plan({Row{}, Row{}});
    Table& table = grid.tables.at(0);
    for (Cell& cell : table.cells)
        if (cell.row == 2 && cell.column == 3)
            cell.paragraphs.at(0).tracked = true;
    const std::vector<Finding> found = only(check(grid), "changes.pending");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Info);
    EXPECT_EQ(found[0].message,
              "Objective 2 has tracked changes still pending in cell D3 (Actions). eqplan reads it "
              "as if they were accepted. Accept or reject them (Edit \xE2\x96\xB8 Track Changes "
              "\xE2\x96\xB8 Manage) before publishing.");
    EXPECT_FALSE(found[0].fix.has_value());
}

TEST(ChangesPending, PlanWithoutTrackedChangesHasNone)
{
    EXPECT_TRUE(only(check(plan({Row{}, Row{}})), "changes.pending").empty());
}

// ---- text.invisible ----

TEST(TextInvisible, ZeroWidthCharactersAreAWarningWithASafeFixThatRemovesThem)
{
    Row row;
    row.actions = "Tutor\xE2\x80\x8Bing for\xEF\xBB\xBF all";
    const DocumentGrid grid = plan({row});
    const std::vector<Finding> found = only(check(grid), "text.invisible");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].objective, 1);
    EXPECT_EQ(found[0].message,
              "Objective 1 has 2 invisible characters in cell D2: a zero width space (U+200B) "
              "and a byte order mark (U+FEFF). The page does not show them, but a search or a "
              "screen reader meets them; remove them.");
    ASSERT_TRUE(found[0].fix);
    EXPECT_TRUE(found[0].fix->safe);
    const Fixed fixed = fixAndCheckAgain(grid, "text.invisible");
    EXPECT_TRUE(only(fixed.findings, "text.invisible").empty());
    EXPECT_EQ(fixed.read.plan.objectives.at(0).actions.text(), "Tutoring for all");
}

TEST(TextInvisible, ADirectionOverrideIsFoundAndItsFixIsOfferedNotApplied)
{
    Row row;
    row.objective = "Close the \xE2\x80\xAEpag\xE2\x80\xAC gap";
    const std::vector<Finding> found = only(check(plan({row})), "text.invisible");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("a right-to-left override (U+202E) and a pop directional "
                                    "formatting (U+202C). A direction control"),
              std::string::npos)
        << found[0].message;
    ASSERT_TRUE(found[0].fix);
    EXPECT_FALSE(found[0].fix->safe);
}

TEST(TextInvisible, RightToLeftTextWithoutControlsIsFine)
{
    Row row;
    row.owners = "\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA9 (Sara)"; // Arabic letters, no controls
    EXPECT_TRUE(only(check(plan({row})), "text.invisible").empty());
}

// ---- publish.* ----

namespace
{
std::vector<Finding> checkWithFacts(const DocumentGrid& grid, const DocumentFacts& facts)
{
    const ReadResult read = readPlan(grid, realSchemas());
    EXPECT_TRUE(read) << read.message;
    std::vector<Finding> findings =
        runChecks(CheckInput{grid, read.plan, realSchemas(), june2021, nullptr, nullptr, &facts});
    expectKeyedAsSaid(findings);
    return findings;
}

DocumentPlace cellPlace(std::string cell)
{
    return {DocumentPlace::Region::Cell, "Table1", std::move(cell)};
}
} // namespace

TEST(PublishRules, PendingChangeIsAnErrorNamingWhoWhenWhereAndWhat)
{
    DocumentFacts facts;
    facts.changes.push_back({PendingChange::Type::Delete, "A Governor", 2021y / 3 / 1,
                             "Tutoring\nfor all", cellPlace("D3")});
    facts.changes.push_back({PendingChange::Type::Format,
                             "",
                             std::nullopt,
                             "",
                             {DocumentPlace::Region::BeforePlan, "", ""}});
    const std::vector<Finding> found =
        only(checkWithFacts(plan({Row{}, Row{}}), facts), "publish.tracked-change");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].objective, 2);
    ASSERT_TRUE(found[0].location);
    EXPECT_EQ(found[0].location->cell, "D3");
    EXPECT_EQ(found[0].message,
              "A tracked change by A Governor (1 March 2021) is still pending in objective 2's "
              "actions (cell D3): deleted \u201cTutoring for all\u201d. Accept or reject it "
              "(Edit \u25b8 Track Changes \u25b8 Manage).");
    EXPECT_EQ(found[1].message, "A tracked change is still pending in the text above the plan "
                                "table: changed the formatting of it. Accept or reject it (Edit "
                                "\u25b8 Track Changes \u25b8 Manage).");
    EXPECT_FALSE(found[1].objective.has_value());
}

TEST(PublishRules, CommentInTheHeaderAndAFigureWithoutAltTextAreErrors)
{
    DocumentFacts facts;
    facts.comments.push_back({"B Head", std::nullopt, "Do not publish yet", cellPlace("C1")});
    facts.figures.push_back({UndescribedFigure::Kind::Picture, "Picture 1",
                             DocumentPlace{DocumentPlace::Region::AfterPlan, "", ""}});
    facts.figures.push_back({UndescribedFigure::Kind::Drawing, "", std::nullopt});
    const std::vector<Finding> found = checkWithFacts(plan({Row{}}), facts);
    EXPECT_EQ(messages(only(found, "publish.comment")),
              Strings{"A comment by B Head in the plan table's header (cell C1): \u201cDo not "
                      "publish yet\u201d. Resolve it and delete it."});
    const std::vector<Finding> figures = only(found, "publish.alt-text");
    ASSERT_EQ(figures.size(), 2u);
    const std::string advice = " has no alternative text, so a screen reader cannot say what it "
                               "shows. Give it some (right-click \u25b8 Properties \u25b8 Options "
                               "\u25b8 Alternative text; in Word, Edit Alt Text).";
    EXPECT_EQ(figures[0].message,
              "The picture \"Picture 1\" in the text after the plan table" + advice);
    EXPECT_EQ(figures[1].message, "The drawing" + advice);
    for (const Finding& f : figures)
        EXPECT_EQ(f.severity, Severity::Error);
}

TEST(PublishRules, WithoutFactsOnlyTheTextIsJudged)
{
    // A plan read without its document (core alone) gets no publish.* finding it cannot know.
    const std::vector<Finding> found = check(plan({Row{}, Row{}}));
    for (const char* rule : {"publish.tracked-change", "publish.comment", "publish.alt-text",
                             "publish.typed-numbering"})
        EXPECT_TRUE(only(found, rule).empty()) << rule;
}

TEST(PublishRules, ItemTypedAtTheEndOfAnotherAndSymbolBullets)
{
    Row typed;
    typed.progress = "March 2021\n1) Tutoring started\n2) Mentors found for problem 3) Early "
                     "evidence";
    Row symbol;
    symbol.actions = "\xEF\x82\xB7 Tutoring\n\xEF\x82\xB7 Mentoring";
    const std::vector<Finding> found =
        only(check(plan({typed, symbol})), "publish.typed-numbering");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].objective, 1);
    EXPECT_EQ(found[0].message,
              "Item 3) in objective 1's progress under \u201cMarch 2021\u201d (cell H2) is typed "
              "at the end of item 2) (\u201cMentors found for problem 3)\u2026\u201d), so a "
              "screen reader reads the two as one sentence. Start \"3)\" on a line of its own.");
    EXPECT_EQ(found[1].objective, 2);
    EXPECT_EQ(found[1].message,
              "2 items in objective 2's actions (cell D3) start with a symbol font's bullet that a "
              "screen reader cannot say (the first is \u201cTutoring\u201d). Make them a real "
              "bulleted list (Format \u25b8 Bullets and Numbering).");
}

// ---- status.colour-only ----

namespace
{
DocumentGrid ragPlan(const std::string& firstStatus)
{
    DocumentGrid grid =
        document({table("Table1", {{"Objective", "Actions", "Lead", "RAG"},
                                   {"Close the gap", "Tutoring", "EWA", firstStatus},
                                   {"Girls in sport", "Football club", "PE lead", ""}})});
    for (Cell& cell : grid.tables[0].cells)
        if (cell.row == 2 && cell.column == 3)
            cell.shading = "#ff0000";
    return grid;
}
} // namespace

TEST(StatusColourOnly, ColourAloneBlocksPublishingAndTheFixWritesTheWordThePlanWay)
{
    // The other objective's status is a letter: the fix writes the letter.
    const Fixed fixed = fixAndCheckAgain(ragPlan("G"), "status.colour-only");
    const std::vector<Finding> found = only(check(ragPlan("G")), "status.colour-only");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].objective, std::optional<int>(2));
    EXPECT_EQ(found[0].message,
              "Objective 2's status is shown by colour alone (#ff0000, red, in cell D3): a screen "
              "reader, a grey printout and a reader who cannot tell red from green get nothing "
              "(WCAG 1.4.1, use of colour). Write the status in the cell as well, such as "
              "\xE2\x80\x9CR\xE2\x80\x9D.");
    ASSERT_TRUE(fixed.read.plan.objectives.at(1).status);
    EXPECT_EQ(fixed.read.plan.objectives[1].status->text, "R");
    EXPECT_EQ(fixed.read.plan.objectives[1].status->rating, "red");
}

TEST(StatusColourOnly, WordsWhereThePlanWritesWords)
{
    const Fixed fixed = fixAndCheckAgain(ragPlan("On track"), "status.colour-only");
    EXPECT_EQ(fixed.read.plan.objectives.at(1).status->text, "Red");
}

TEST(StatusColourOnly, StatusInWordsIsClean)
{
    EXPECT_TRUE(only(check(ragPlan("G")), "status.colour-only").size() == 1u);
    DocumentGrid grid = ragPlan("G");
    for (Cell& cell : grid.tables[0].cells)
        if (cell.row == 2 && cell.column == 3)
            cell.paragraphs.at(0).text = "Red";
    EXPECT_TRUE(only(check(grid), "status.colour-only").empty());
}
