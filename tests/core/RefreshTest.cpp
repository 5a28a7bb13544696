// refreshPlan against readPlan: after any edit inside cells, the incremental result must be the one
// a full recognition of the edited grid gives. Random edits on every layout the core tests have,
// each trial seeded, printed on failure and replayable:
//   EQPLAN_REFRESH_SEED=<seed> EQPLAN_REFRESH_TRIALS=1 eqplan_core_tests --gtest_filter='Refresh*'
#include "eqplan/Refresh.hpp"

#include "eqplan/Checks.hpp"
#include "eqplan/ChecksJson.hpp"
#include "eqplan/PlanJson.hpp"

#include "LayoutGrids.hpp"
#include "SeedGrids.hpp"
#include "TestSchemas.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace eqplan;
using namespace eqplan::test;

namespace
{
namespace json = boost::json;

// Everything readPlan gives, as text: the plan's JSON (what `inspect --json` prints) and what the
// JSON leaves out — every paragraph of every field with its place, split rows, where the title
// and the Updated line are, the tables that are no plan, the status and the message.
json::value paragraphsJson(const Field& field)
{
    json::array out;
    for (const FieldParagraph& fp : field.paragraphs)
        out.push_back(json::object{{"text", fp.paragraph.text},
                                   {"label", fp.paragraph.listLabel},
                                   {"bold", fp.paragraph.bold},
                                   {"style", fp.paragraph.style},
                                   {"outline", fp.paragraph.outlineLevel},
                                   {"at", toJson(fp.location)}});
    return out;
}

std::string dump(const ReadResult& result)
{
    json::object out;
    out["status"] = static_cast<int>(result.status);
    out["message"] = result.message;
    json::array rejected;
    for (const RejectedTable& r : result.rejected)
    {
        json::array headers;
        for (const std::string& h : r.headers)
            headers.push_back(json::value(h));
        rejected.push_back(json::object{{"index", r.index},
                                        {"name", r.name},
                                        {"headers", std::move(headers)},
                                        {"fields", r.fieldsFound}});
    }
    out["rejected"] = std::move(rejected);
    const Plan& plan = result.plan;
    out["plan"] = result ? toJson(plan, SourceInfo{}) : json::value(nullptr);
    out["titlePlace"] =
        plan.titlePlace
            ? json::value(json::array{plan.titlePlace->table, plan.titlePlace->paragraph})
            : json::value(nullptr);
    out["updatedPlace"] =
        plan.updated ? json::value(json::array{plan.updated->table, plan.updated->paragraph})
                     : json::value(nullptr);
    json::array objectives;
    for (const Objective& o : plan.objectives)
    {
        json::object x;
        json::array continuation;
        for (int row : o.continuationRows)
            continuation.push_back(row);
        x["continuationRows"] = std::move(continuation);
        x["planTable"] = o.table;
        for (const char* id : {"duty", "characteristics", "aim", "objective", "targetGroups",
                               "actions", "successCriteria", "owners", "timescale", "progress"})
            x[id] = paragraphsJson(*o.field(id));
        json::array extra;
        for (const ExtraField& e : o.extra)
            extra.push_back(paragraphsJson(e.field));
        x["extra"] = std::move(extra);
        objectives.push_back(std::move(x));
    }
    out["objectives"] = std::move(objectives);
    return json::serialize(out);
}

// ---- random edits ----

const std::vector<std::string> phrases = {"Pastoral Staff",
                                          "pastoral staff",
                                          "SLT",
                                          "EWA / STL",
                                          "HT & SENCo",
                                          "Year Leads",
                                          "Eliminate discrimination",
                                          "Advance equality of opportunity",
                                          "Foster good relations",
                                          "All aims of duty",
                                          "Race",
                                          "Disability/All",
                                          "Sex and Sexual orientation",
                                          "community cohesion",
                                          "July 2023",
                                          "2024",
                                          "Sept 2017\xE2\x80\x93 July 2018",
                                          "On-going",
                                          "on-going",
                                          "Ongoing",
                                          "students/students",
                                          "1) Digital signage",
                                          "2) Attendance up 2%",
                                          "3) Staff trained",
                                          "\xC2\xB7 Poverty proofing",
                                          "- Catch-up groups",
                                          "To improve outcomes",
                                          "7",
                                          "12.",
                                          "",
                                          " ",
                                          "Objective",
                                          "Actions",
                                          "Lead",
                                          "Timescale",
                                          "Progress",
                                          "No.",
                                          "Owner",
                                          "Strategies",
                                          "Success Criteria"};

const std::vector<std::string> headings = {"March 2022",
                                           "Progress Commentary As of December 2018:",
                                           "Autumn 2023",
                                           "As of 14 July 2022",
                                           "Spring Term 2024",
                                           " March 2021",
                                           "2025"};

// One edit of one cell: what it does, in words, and the cell's paragraphs after it.
struct Edit
{
    std::string what;
    CellChange change;
};

template <class T>
const T& pick(std::mt19937& random, const std::vector<T>& from)
{
    return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
}

std::size_t below(std::mt19937& random, std::size_t n)
{
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
}

// A random edit of a random cell of `grid`, as a person (or Replace All) would make it.
Edit randomEdit(const DocumentGrid& grid, std::mt19937& random)
{
    std::vector<std::pair<int, const Cell*>> all;
    for (std::size_t t = 0; t < grid.tables.size(); ++t)
        for (const Cell& c : grid.tables[t].cells)
            all.emplace_back(static_cast<int>(t), &c);
    const auto [table, cell] = pick(random, all);
    Edit edit;
    edit.change.table = table;
    edit.change.cell = cell->name;
    std::vector<Paragraph> ps = cell->paragraphs;
    if (ps.empty())
        ps.push_back(para(""));
    const std::size_t at = below(random, ps.size());
    std::ostringstream what;
    what << grid.tables[static_cast<std::size_t>(table)].name << " " << cell->name << ": ";
    switch (below(random, 10))
    {
    case 0: // typing at the end of a paragraph
    {
        const std::string typed = pick(random, phrases);
        ps[at].text += (ps[at].text.empty() ? "" : " ") + typed;
        what << "type \"" << typed << "\" at the end of paragraph " << at;
        break;
    }
    case 1:
    {
        const std::string text = pick(random, phrases);
        ps[at].text = text;
        what << "paragraph " << at << " becomes \"" << text << "\"";
        break;
    }
    case 2:
    {
        const std::string text = pick(random, phrases);
        const std::size_t where = below(random, ps.size() + 1);
        ps.insert(ps.begin() + static_cast<std::ptrdiff_t>(where), para(text));
        what << "new paragraph " << where << " \"" << text << "\"";
        break;
    }
    case 3:
        if (ps.size() > 1)
        {
            ps.erase(ps.begin() + static_cast<std::ptrdiff_t>(at));
            what << "paragraph " << at << " removed";
        }
        else
        {
            ps[0].text.clear();
            what << "its only paragraph emptied";
        }
        break;
    case 4:
    {
        const std::string heading = pick(random, headings);
        const bool bold = below(random, 2) == 0;
        const std::size_t where = below(random, ps.size() + 1);
        ps.insert(ps.begin() + static_cast<std::ptrdiff_t>(where), para(heading, bold));
        ps.insert(ps.begin() + static_cast<std::ptrdiff_t>(where + 1),
                  para("1) " + pick(random, phrases)));
        what << "dated heading \"" << heading << "\"" << (bold ? " (bold)" : "")
             << " and an item at paragraph " << where;
        break;
    }
    case 5:
        ps = {para("")};
        what << "blanked";
        break;
    case 6:
    {
        const std::string number = std::to_string(below(random, 12) + 1) + ") ";
        ps[0].text = number + ps[0].text;
        what << "typed number \"" << number << "\" before its first paragraph";
        break;
    }
    case 7:
    {
        const std::string label = below(random, 2) ? std::to_string(below(random, 5) + 1) + "."
                                                   : std::string("\xE2\x80\xA2");
        ps[at].listLabel = ps[at].listLabel.empty() ? label : "";
        what << "list label of paragraph " << at << " now \"" << ps[at].listLabel << "\"";
        break;
    }
    case 8:
        ps[at].bold = !ps[at].bold;
        what << "paragraph " << at << (ps[at].bold ? " made bold" : " no longer bold");
        break;
    default:
        if (ps[at].text.empty())
        {
            ps[at].text = "x";
            what << "\"x\" typed into empty paragraph " << at;
        }
        else
        {
            ps[at].text.pop_back();
            what << "last character of paragraph " << at << " deleted";
        }
        break;
    }
    edit.what = what.str();
    edit.change.paragraphs = std::move(ps);
    return edit;
}

// The grid with `changes` written into it, the way the bridge would read it after the edit.
DocumentGrid edited(DocumentGrid grid, const std::vector<CellChange>& changes)
{
    for (const CellChange& change : changes)
        for (Cell& c : grid.tables.at(static_cast<std::size_t>(change.table)).cells)
            if (c.name == change.cell)
                c.paragraphs = change.paragraphs;
    return grid;
}

struct Layout
{
    const char* name;
    std::function<DocumentGrid()> make;
};

void PrintTo(const Layout& layout, std::ostream* os)
{
    *os << layout.name;
}

const std::vector<Layout>& layouts()
{
    static const std::vector<Layout> all = {
        {"seed-action-plan-2018-2021", seedActionPlan2018},
        {"seed-objectives-2017-2021", seedObjectives2017},
        {"layout-sections", layoutSections},
        {"layout-real-numbering", layoutRealNumbering},
        {"layout-no-owner", layoutNoOwner},
        {"layout-reordered", layoutReordered},
        {"plan-header-second-row", planHeaderSecondRow},
        {"layout-inline-dated", layoutInlineDated},
        {"bench-plan-12", [] { return benchPlan(12); }},
    };
    return all;
}

unsigned long envNumber(const char* name, unsigned long fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? std::strtoul(value, nullptr, 10) : fallback;
}

// The first seed and how many trials each test runs; EQPLAN_REFRESH_SEED and
// EQPLAN_REFRESH_TRIALS replay one.
unsigned long firstSeed()
{
    return envNumber("EQPLAN_REFRESH_SEED", 20261123);
}

unsigned long trials(unsigned long fallback)
{
    return envNumber("EQPLAN_REFRESH_TRIALS", fallback);
}

// Outcomes seen, to show the incremental path was taken and not only the full one.
using Tally = std::map<Refreshed, int>;

// Prints the outcomes seen, for whoever wonders what a run exercised.
void print(const Tally& tally)
{
    const char* names[] = {"unchanged", "objectives", "whole plan", "no such cell"};
    std::cout << "    refreshPlan:";
    for (const auto& [what, count] : tally)
        std::cout << " " << names[static_cast<int>(what)] << " " << count;
    std::cout << "\n";
}

const std::chrono::year_month_day checkDay{std::chrono::year(2026), std::chrono::month(11),
                                           std::chrono::day(23)};

// The findings of the checks as text, run with a memo kept between runs or without one.
std::string findingsOf(const DocumentGrid& grid, const ReadResult& result, CheckMemo* memo)
{
    if (!result)
        return "no plan";
    return json::serialize(findingsToJson(
        runChecks(CheckInput{grid, result.plan, realSchemas(), checkDay, nullptr, memo})));
}

// The incremental state: what the sidebar keeps of a document between refreshes.
struct State
{
    DocumentGrid grid;
    ReadResult result;
    CheckMemo memo;

    explicit State(DocumentGrid g) : grid(std::move(g)), result(readPlan(grid, realSchemas()))
    {
        findingsOf(grid, result, &memo); // fills the memo, as a whole read does
    }
};

// Applies the edits of one step to the incremental state and compares it — the plan and the
// findings of the checks run with the memo — with a full read of the edited grid.
void step(State& state, const std::vector<Edit>& edits, Tally& tally)
{
    DocumentGrid& grid = state.grid;
    ReadResult& result = state.result;
    std::vector<CellChange> changes;
    for (const Edit& e : edits)
        changes.push_back(e.change);
    const DocumentGrid expectedGrid = edited(grid, changes);
    const ReadResult expected = readPlan(expectedGrid, realSchemas());
    const RefreshOutcome outcome = refreshPlan(grid, result, changes, realSchemas());
    ++tally[outcome.what];
    ASSERT_NE(outcome.what, Refreshed::NoSuchCell) << outcome.reason;
    EXPECT_TRUE(grid == expectedGrid) << "the grid after the change is not the edited grid";
    const std::string got = dump(result);
    const std::string want = dump(expected);
    EXPECT_EQ(got, want) << "refreshPlan (" << static_cast<int>(outcome.what) << ": "
                         << outcome.reason << ") differs from readPlan of the edited grid";
    for (const CellChange& change : changes)
        state.memo.forget(change.table, change.cell);
    EXPECT_EQ(findingsOf(grid, result, &state.memo), findingsOf(expectedGrid, expected, nullptr))
        << "the checks run with the memo differ from the checks of the edited grid";
}

class RefreshMatchesReadPlan : public testing::TestWithParam<Layout>
{
};

TEST_P(RefreshMatchesReadPlan, AfterOneEdit)
{
    const State base(GetParam().make());
    ASSERT_TRUE(base.result) << base.result.message;
    Tally tally;
    for (unsigned long seed = firstSeed(), n = trials(400); n-- > 0; ++seed)
    {
        std::mt19937 random(seed);
        const Edit edit = randomEdit(base.grid, random);
        SCOPED_TRACE("seed " + std::to_string(seed) + ": " + edit.what);
        State state(base.grid);
        step(state, {edit}, tally);
        if (HasFailure())
            return;
    }
    print(tally);
    if (trials(400) >= 100)
    {
        // The incremental path must be the common one, not a full read behind every edit.
        EXPECT_GT(tally[Refreshed::Objectives], tally[Refreshed::Plan]);
        EXPECT_GT(tally[Refreshed::Plan], 0);
    }
}

TEST_P(RefreshMatchesReadPlan, AfterEditsOneAfterAnother)
{
    const DocumentGrid base = GetParam().make();
    Tally tally;
    for (unsigned long seed = firstSeed(), n = trials(40); n-- > 0; ++seed)
    {
        std::mt19937 random(seed);
        State state(base);
        for (int i = 0; i < 12; ++i)
        {
            const Edit edit = randomEdit(state.grid, random);
            SCOPED_TRACE("seed " + std::to_string(seed) + ", edit " + std::to_string(i + 1) + ": " +
                         edit.what);
            step(state, {edit}, tally);
            if (HasFailure())
                return;
        }
    }
    print(tally);
}

TEST_P(RefreshMatchesReadPlan, AfterEditsInSeveralCellsAtOnce)
{
    const DocumentGrid base = GetParam().make();
    Tally tally;
    for (unsigned long seed = firstSeed(), n = trials(150); n-- > 0; ++seed)
    {
        std::mt19937 random(seed);
        std::vector<Edit> edits;
        std::string what;
        DocumentGrid scratch = base;
        for (std::size_t i = 0, count = 2 + below(random, 3); i < count; ++i)
        {
            edits.push_back(randomEdit(scratch, random));
            scratch = edited(scratch, {edits.back().change});
            what += (i ? "; " : "") + edits.back().what;
        }
        SCOPED_TRACE("seed " + std::to_string(seed) + ": " + what);
        State state(base);
        step(state, edits, tally);
        if (HasFailure())
            return;
    }
    print(tally);
}

INSTANTIATE_TEST_SUITE_P(EveryLayout, RefreshMatchesReadPlan, testing::ValuesIn(layouts()),
                         [](const testing::TestParamInfo<Layout>& param)
                         {
                             std::string name;
                             for (const char c : std::string(param.param.name))
                                 name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                             return name;
                         });

// ---- what refreshPlan reads again ----

ReadResult readSeed2018(DocumentGrid& grid)
{
    grid = seedActionPlan2018();
    return readPlan(grid, realSchemas());
}

std::vector<Paragraph> paragraphsOf(const DocumentGrid& grid, const std::string& name)
{
    for (const Cell& c : grid.tables.at(0).cells)
        if (c.name == name)
            return c.paragraphs;
    return {};
}

TEST(RefreshPlan, TypingInAProgressCellReadsThatObjectiveAgain)
{
    DocumentGrid grid;
    ReadResult result = readSeed2018(grid);
    ASSERT_GE(result.plan.objectives.size(), 3u);
    const Location progress = result.plan.objectives[1].progressField.cells.at(0);
    std::vector<Paragraph> ps = paragraphsOf(grid, progress.cell);
    ps.back().text += "Attendance up 2%";
    const RefreshOutcome outcome =
        refreshPlan(grid, result, {CellChange{0, progress.cell, ps}}, realSchemas());
    EXPECT_EQ(outcome.what, Refreshed::Objectives) << outcome.reason;
    EXPECT_EQ(outcome.objectives, std::vector<std::size_t>{1});
    EXPECT_NE(result.plan.objectives[1].progressField.text().find("Attendance up 2%"),
              std::string::npos);
}

TEST(RefreshPlan, TypingInAnObjectivesFirstRowReadsTheOneAboveToo)
{
    DocumentGrid grid;
    ReadResult result = readSeed2018(grid);
    const Location actions = result.plan.objectives[1].actions.cells.at(0);
    std::vector<Paragraph> ps = paragraphsOf(grid, actions.cell);
    ps.front().text += " and more";
    const RefreshOutcome outcome =
        refreshPlan(grid, result, {CellChange{0, actions.cell, ps}}, realSchemas());
    EXPECT_EQ(outcome.what, Refreshed::Objectives) << outcome.reason;
    EXPECT_EQ(outcome.objectives, (std::vector<std::size_t>{0, 1}));
}

TEST(RefreshPlan, TheSameTextChangesNothing)
{
    DocumentGrid grid;
    ReadResult result = readSeed2018(grid);
    const std::string before = dump(result);
    const RefreshOutcome outcome =
        refreshPlan(grid, result, {CellChange{0, "C3", paragraphsOf(grid, "C3")}}, realSchemas());
    EXPECT_EQ(outcome.what, Refreshed::Unchanged);
    EXPECT_EQ(dump(result), before);
}

TEST(RefreshPlan, AHeaderCellRecognisesThePlanAgain)
{
    DocumentGrid grid;
    ReadResult result = readSeed2018(grid);
    const RefreshOutcome outcome =
        refreshPlan(grid, result, {CellChange{0, "E1", {para("Lead")}}}, realSchemas());
    EXPECT_EQ(outcome.what, Refreshed::Plan);
    EXPECT_EQ(outcome.reason, "cell E1 is in the header rows of Table1");
}

TEST(RefreshPlan, ACellTheGridDoesNotHaveLeavesEverythingAsItWas)
{
    DocumentGrid grid;
    ReadResult result = readSeed2018(grid);
    const DocumentGrid before = grid;
    const std::string plan = dump(result);
    const RefreshOutcome outcome = refreshPlan(
        grid, result, {CellChange{0, "C3", {para("changed")}}, CellChange{0, "Z99", {para("x")}}},
        realSchemas());
    EXPECT_EQ(outcome.what, Refreshed::NoSuchCell);
    EXPECT_EQ(outcome.reason, "Table1 has no cell Z99 on its grid");
    EXPECT_TRUE(grid == before);
    EXPECT_EQ(dump(result), plan);
}

TEST(RefreshPlan, RenamingAnOwnerRegistersTheOwnersAgain)
{
    DocumentGrid grid;
    ReadResult result = readSeed2018(grid);
    const Location owners = result.plan.objectives[0].owners.cells.at(0);
    const RefreshOutcome outcome = refreshPlan(
        grid, result, {CellChange{0, owners.cell, {para("Head of Year")}}}, realSchemas());
    EXPECT_EQ(outcome.what, Refreshed::Objectives) << outcome.reason;
    ASSERT_FALSE(result.plan.owners.empty());
    EXPECT_EQ(result.plan.owners.front().name, "Head of Year");
    EXPECT_EQ(dump(result), dump(readPlan(grid, realSchemas())));
}

TEST(RefreshPlan, BlankingTheKeysOfARowJoinsItToTheObjectiveAbove)
{
    // The 2017 seed has no numbers: blanking objective 2's key cells makes its row a split row
    // of objective 1, and every later objective counts one lower.
    DocumentGrid grid = seedObjectives2017();
    ReadResult result = readPlan(grid, realSchemas());
    std::vector<CellChange> changes;
    for (const Cell& c : grid.tables[0].cells)
        if (c.row == 2 && c.column != 2 && c.column != 3 && c.column != 8)
            changes.push_back(CellChange{0, c.name, {para("")}});
    const RefreshOutcome outcome = refreshPlan(grid, result, changes, realSchemas());
    EXPECT_EQ(outcome.what, Refreshed::Plan);
    EXPECT_EQ(dump(result), dump(readPlan(grid, realSchemas())));
}

TEST(RefreshPlan, ACellBelowTheFirstRowsOfAnotherTableLeavesThePlan)
{
    DocumentGrid grid = layoutSections();
    ReadResult result = readPlan(grid, realSchemas());
    const std::string before = dump(result);
    const RefreshOutcome outcome =
        refreshPlan(grid, result, {CellChange{2, "B4", {para("Drama 9A")}}}, realSchemas());
    EXPECT_EQ(outcome.what, Refreshed::Objectives);
    EXPECT_TRUE(outcome.objectives.empty());
    EXPECT_EQ(dump(result), before);
    EXPECT_EQ(grid.tables[2].at(3, 1)->paragraphs.front().text, "Drama 9A");
}

TEST(CheckMemo, KeepsWhatACellGaveUntilItIsForgotten)
{
    DocumentGrid grid = seedObjectives2017();
    const ReadResult result = readPlan(grid, realSchemas());
    CheckMemo memo;
    const std::string before = findingsOf(grid, result, &memo);
    ASSERT_NE(before.find("students/students"), std::string::npos);
    // The leftover gone from every cell, but the memo not told: it still has what it found.
    for (Cell& c : grid.tables[0].cells)
        for (Paragraph& p : c.paragraphs)
            for (std::size_t at; (at = p.text.find("students/students")) != std::string::npos;)
                p.text.replace(at, 17, "students");
    EXPECT_EQ(findingsOf(grid, result, &memo), before);
    for (const Cell& c : grid.tables[0].cells)
        memo.forget(0, c.name);
    EXPECT_EQ(findingsOf(grid, result, &memo).find("students/students"), std::string::npos);
    EXPECT_EQ(findingsOf(grid, result, &memo), findingsOf(grid, result, nullptr));
}

TEST(CheckMemo, ATableWithOtherCellsIsReadAgain)
{
    DocumentGrid grid = seedActionPlan2018();
    ReadResult result = readPlan(grid, realSchemas());
    CheckMemo memo;
    findingsOf(grid, result, &memo);
    // Other grids, the memo not cleared: one with other cells, one with as many cells named
    // otherwise (what a column added and a row removed would leave).
    grid = seedObjectives2017();
    result = readPlan(grid, realSchemas());
    EXPECT_EQ(findingsOf(grid, result, &memo), findingsOf(grid, result, nullptr));
    for (Cell& c : grid.tables[0].cells)
    {
        c.name = "X" + c.name;
        for (Paragraph& p : c.paragraphs)
            if (p.text == "SWA")
                p.text = "SWA <p>";
    }
    result = readPlan(grid, realSchemas());
    const std::string findings = findingsOf(grid, result, &memo);
    EXPECT_NE(findings.find("<p>"), std::string::npos);
    EXPECT_EQ(findings, findingsOf(grid, result, nullptr));
}

TEST(RefreshPlan, ReadsOneObjectiveOfALargePlan)
{
    DocumentGrid grid = benchPlan(200);
    ReadResult result = readPlan(grid, realSchemas());
    const Objective& middle = result.plan.objectives[100];
    const std::string cell = middle.progressField.cells.at(0).cell;
    std::vector<Paragraph> ps = paragraphsOf(grid, cell);
    ps.back().text = "Typed at the end";
    const RefreshOutcome outcome =
        refreshPlan(grid, result, {CellChange{0, cell, ps}}, realSchemas());
    EXPECT_EQ(outcome.what, Refreshed::Objectives) << outcome.reason;
    EXPECT_EQ(outcome.objectives, std::vector<std::size_t>{100});
    EXPECT_EQ(dump(result), dump(readPlan(grid, realSchemas())));
}
} // namespace
