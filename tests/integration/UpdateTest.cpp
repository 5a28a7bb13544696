// `eqplan update` run as a user runs it on copies of the fixtures, then read back with
// `eqplan inspect`: the new entry is where the plan's date order puts it, written the plan's way,
// the rest of the plan and the input file are as they were, and refusals change nothing.
#include "CliTest.hpp"
#include "InspectJson.hpp"
#include "JsonAt.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace
{
namespace fs = std::filesystem;
namespace json = boost::json;
using eqplan::test::at;
using eqplan::test::CliRun;
using eqplan::test::copyOf;
using eqplan::test::expectClean;
using eqplan::test::inspectJson;
using eqplan::test::makeTempFolder;
using eqplan::test::readFile;
using eqplan::test::runCli;

// "23-11-2026": today as the seeds write their Updated line.
std::string todayDashed()
{
    // The local date, as eqplan dates its changes.
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    const std::chrono::year_month_day today{
        std::chrono::year{local.tm_year + 1900} /
        std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)} /
        std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%u-%u-%d", static_cast<unsigned>(today.day()),
                  static_cast<unsigned>(today.month()), static_cast<int>(today.year()));
    return buffer;
}

// Runs `eqplan update FILE arguments...`; FILE must be left as it was unless it is the output.
CliRun update(const fs::path& file, std::vector<std::string> arguments)
{
    const std::string before = readFile(file);
    const bool inPlace = std::find(arguments.begin(), arguments.end(), "-o") == arguments.end();
    arguments.insert(arguments.begin(), {"update", file.string()});
    const CliRun run = runCli(arguments);
    expectClean(run, "eqplan update " + file.string());
    if (!inPlace || run.exitCode != 0)
    {
        EXPECT_TRUE(readFile(file) == before) << "eqplan update changed " << file;
    }
    return run;
}

// The texts of an entry's items.
std::vector<std::string> itemTexts(const json::value& entry)
{
    std::vector<std::string> out;
    if (const json::array* items = at(entry, "/items").if_array())
        for (const json::value& item : *items)
            out.push_back(std::string(at(item, "/text").as_string()));
    return out;
}

// The paragraphs of a cell in `inspect --dump-grid`: "label|bold|text" each.
std::vector<std::string> cellParagraphs(const json::value& grid, const std::string& cell)
{
    std::vector<std::string> out;
    for (const json::value& c : at(grid, "/tables/0/cells").as_array())
        if (at(c, "/name") == json::value(cell.c_str()))
            for (const json::value& p : c.at("paragraphs").as_array())
            {
                const json::value& label = at(p, "/listLabel");
                out.push_back((label.is_string() ? std::string(label.as_string()) : "") + "|" +
                              (at(p, "/bold") == json::value(true) ? "bold" : "") + "|" +
                              std::string(at(p, "/text").as_string()));
            }
    return out;
}

std::vector<std::string> tail(const std::vector<std::string>& v, std::size_t n)
{
    return std::vector<std::string>(v.end() - static_cast<std::ptrdiff_t>(std::min(n, v.size())),
                                    v.end());
}

class UpdateSeed2018 : public testing::TestWithParam<std::string>
{
};

TEST_P(UpdateSeed2018, AddsAnEntryThenAddsToItTheSameMonth)
{
    const std::string name = "seed-action-plan-2018-2021." + GetParam();
    const fs::path input = copyOf(name);
    const fs::path output = input.parent_path() / ("out." + GetParam());
    const json::value before = inspectJson(input);

    CliRun run =
        update(input, {"--objective", "1", "--date", "2026-11", "--item", "First point", "--item",
                       "Second point", "--by", "A Tester", "-o", output.string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    // Nothing but the input and the output in the folder: no temporary file, no lock file.
    EXPECT_EQ(std::distance(fs::directory_iterator(input.parent_path()), fs::directory_iterator()),
              2);

    json::value after = inspectJson(output);
    const json::array& progress = at(after, "/objectives/0/progress").as_array();
    ASSERT_EQ(progress.size(), 4u);
    const json::value& entry = progress.back();
    EXPECT_EQ(at(entry, "/date/value"), json::value("2026-11"));
    EXPECT_EQ(at(entry, "/date/precision"), json::value("month"));
    EXPECT_EQ(at(entry, "/heading"), json::value("November 2026"));
    EXPECT_EQ(at(entry, "/headingBold"), json::value(true));
    EXPECT_EQ(itemTexts(entry), (std::vector<std::string>{"First point", "Second point"}));
    EXPECT_EQ(at(entry, "/items/1/label"), json::value("2)"));
    EXPECT_EQ(at(after, "/updated/text"),
              json::value(("Updated " + todayDashed() + " A Tester").c_str()));
    for (const char* other : {"/objectives/1", "/objectives/2"})
        EXPECT_EQ(at(after, other), at(before, other)) << other << " changed";

    const json::value grid = inspectJson(output, "--dump-grid");
    EXPECT_EQ(
        tail(cellParagraphs(grid, "C3"), 3),
        (std::vector<std::string>{"|bold|November 2026", "||1) First point", "||2) Second point"}));

    // In place, the same month: added to that entry, numbering continued.
    run = update(output, {"--objective", "1", "--date", "2026-11", "--item", "Third point"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    after = inspectJson(output);
    ASSERT_EQ(at(after, "/objectives/0/progress").as_array().size(), 4u);
    EXPECT_EQ(itemTexts(at(after, "/objectives/0/progress/3")),
              (std::vector<std::string>{"First point", "Second point", "Third point"}));
    EXPECT_EQ(at(after, "/objectives/0/progress/3/items/2/label"), json::value("3)"));
    // No --by and no user name in a fresh profile: the line names no one, not A Tester, who
    // made the update before.
    EXPECT_EQ(at(after, "/updated/text"), json::value(("Updated " + todayDashed()).c_str()));
    fs::remove_all(input.parent_path());
}

TEST_P(UpdateSeed2018, OlderDateGoesBetweenEntries)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021." + GetParam());
    const CliRun run = update(
        input, {"--objective", "2", "--date", "2019-07-15", "--item", "Attendance summit held"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json::value after = inspectJson(input);
    const json::array& progress = at(after, "/objectives/1/progress").as_array();
    ASSERT_EQ(progress.size(), 4u);
    EXPECT_EQ(at(progress[1], "/date/value"), json::value("2019-07-15"));
    EXPECT_EQ(at(progress[1], "/heading"), json::value("15 July 2019"));
    EXPECT_EQ(at(progress[2], "/heading"), json::value("March 2020"));
    fs::remove_all(input.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Formats, UpdateSeed2018, testing::Values("docx", "odt"));

class UpdateRealNumbering : public testing::TestWithParam<std::string>
{
};

TEST_P(UpdateRealNumbering, ItemsAreARealListUnderANewHeading)
{
    const fs::path input = copyOf("layout-real-numbering." + GetParam());
    const CliRun run = update(input, {"--objective", "1", "--date", "2026-11-23", "--item",
                                      "Audit done", "--item", "Policy renewed"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json::value grid = inspectJson(input, "--dump-grid");
    EXPECT_EQ(cellParagraphs(grid, "F2"),
              (std::vector<std::string>{
                  "|bold|As of 3 March 2022", "1.||All staff trained at the January INSET",
                  "2.||Online reporting form launched", "|bold|As of 14 July 2022",
                  "1.||Recorded incidents fell from 14 to 6",
                  "2.||Assembly calendar covers Eid, Diwali, Hanukkah and Christmas",
                  "|bold|As of 23 November 2026", "1.||Audit done", "2.||Policy renewed"}));
    fs::remove_all(input.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Formats, UpdateRealNumbering, testing::Values("docx", "odt"));

class UpdateInlineDated : public testing::TestWithParam<std::string>
{
};

TEST_P(UpdateInlineDated, WritesEachObjectivesEntryInItsOwnForm)
{
    const fs::path input = copyOf("layout-inline-dated." + GetParam());

    // Month and year, the entry's items in paragraphs of their own as the plan has them; no bold
    // "Progress Commentary As of..." heading (what update wrote before inline entries were read).
    CliRun run = update(input, {"--objective", "1", "--date", "2026-12", "--item",
                                "Club moved to Wednesdays", "--item", "Girls' club started"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    // School terms from a term given as a term; days as the plan writes them.
    run = update(input, {"--objective", "2", "--date", "autumn-2026", "--item", "No incidents",
                         "--item", "Assembly on racism"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    run = update(input, {"--objective", "3", "--date", "2026-12-06", "--item", "Gap 7%"});
    ASSERT_EQ(run.exitCode, 0) << run.err;

    const json::value grid = inspectJson(input, "--dump-grid");
    EXPECT_EQ(tail(cellParagraphs(grid, "E2"), 2),
              (std::vector<std::string>{"||December 2026: Club moved to Wednesdays",
                                        "||Girls' club started"}));
    EXPECT_EQ(tail(cellParagraphs(grid, "E3"), 1),
              (std::vector<std::string>{"||Autumn Term 2026: No incidents; Assembly on racism"}));
    EXPECT_EQ(tail(cellParagraphs(grid, "E4"), 1),
              (std::vector<std::string>{"||Update 06/12/2026 - Gap 7%"}));

    const json::value plan = inspectJson(input);
    const json::value& entry = at(plan, "/objectives/0/progress/2");
    EXPECT_EQ(at(entry, "/date/value"), json::value("2026-12"));
    EXPECT_EQ(at(entry, "/form"), json::value("inline"));
    EXPECT_EQ(at(entry, "/dateForm"), json::value("month-year"));
    EXPECT_EQ(at(entry, "/heading"), json::value("December 2026:"));
    EXPECT_EQ(at(entry, "/headingBold"), json::value(false));
    EXPECT_EQ(itemTexts(entry),
              (std::vector<std::string>{"Club moved to Wednesdays", "Girls' club started"}));
    EXPECT_EQ(at(plan, "/objectives/1/progress/3/date/value"), json::value("2026-autumn"));
    EXPECT_EQ(at(plan, "/objectives/2/progress/2/date/value"), json::value("2026-12-06"));

    // A second point for the same month joins its entry.
    run = update(input, {"--objective", "1", "--date", "2026-12", "--item", "Third point"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json::value again = inspectJson(input);
    ASSERT_EQ(at(again, "/objectives/0/progress").as_array().size(), 3u);
    EXPECT_EQ(itemTexts(at(again, "/objectives/0/progress/2")),
              (std::vector<std::string>{"Club moved to Wednesdays", "Girls' club started",
                                        "Third point"}));
    fs::remove_all(input.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Formats, UpdateInlineDated, testing::Values("docx", "odt"));

TEST(Update, PlainCommentaryGetsTheCanonicalFirstHeading)
{
    const fs::path input = copyOf("seed-objectives-2017-2021.docx");
    const CliRun run =
        update(input, {"--objective", "1", "--date", "2026-11", "--item", "Two new prefects"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json::value grid = inspectJson(input, "--dump-grid");
    EXPECT_EQ(cellParagraphs(grid, "I2"),
              (std::vector<std::string>{
                  "||Increased minority students in Leadership roles.",
                  "|bold|Progress Commentary As of November 2026:", "||1) Two new prefects"}));
    fs::remove_all(input.parent_path());
}

TEST(Update, UnknownObjectiveIsAUsageError)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const CliRun run = update(input, {"--objective", "9", "--item", "x"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err,
              "eqplan update: the plan has no objective 9; its objectives are numbered 1, 2, 3.\n");
    fs::remove_all(input.parent_path());
}

TEST(Update, BadDateIsAUsageError)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const CliRun run = update(input, {"--objective", "1", "--date", "2026-13", "--item", "x"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("--date \"2026-13\" is not a date eqplan understands"),
              std::string::npos)
        << run.err;
    fs::remove_all(input.parent_path());
}

TEST(Update, MissingFileIsUnreadable)
{
    const CliRun run =
        runCli({"update", "/nonexistent/plan.docx", "--objective", "1", "--item", "x"});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(run.err,
              "eqplan update: There is no file /nonexistent/plan.docx. Check the name and the "
              "folder.\n");
}

TEST(Update, ReadOnlyFileOrFolderIsLeftAlone)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.odt");
    const std::string bytes = readFile(input);
    fs::permissions(input, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    CliRun run = update(input, {"--objective", "1", "--item", "x"});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_NE(run.err.find("is read-only: eqplan did not change it"), std::string::npos) << run.err;
    EXPECT_TRUE(readFile(input) == bytes);

    const fs::path folder = input.parent_path() / "locked";
    fs::create_directory(folder);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    run = update(input, {"--objective", "1", "--item", "x", "-o", (folder / "out.odt").string()});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_NE(run.err.find("cannot be written to"), std::string::npos) << run.err;
    EXPECT_TRUE(fs::is_empty(folder));
    fs::permissions(folder, fs::perms::owner_all);
    fs::permissions(input, fs::perms::owner_all);
    fs::remove_all(input.parent_path());
}
// A plan kept as one small table per objective with its labels down the left: the entry goes
// into that objective's progress cell, the other objective's table is left as it was.
class UpdateLabelsLeft : public testing::TestWithParam<std::string>
{
};

TEST_P(UpdateLabelsLeft, WritesIntoTheObjectivesOwnProgressCell)
{
    const fs::path input = copyOf("corpus-labels-left-per-objective." + GetParam());
    const fs::path output = input.parent_path() / ("out." + GetParam());
    const json::value before = inspectJson(input);
    const CliRun run =
        update(input, {"--objective", "2", "--date", "2025-06", "--item",
                       "Unit taught in both Year 5 classes", "--by", "A Tester", "-o",
                       output.string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json::value after = inspectJson(output);
    const json::array& progress = at(after, "/objectives/1/progress").as_array();
    ASSERT_EQ(progress.size(), 2u);
    EXPECT_EQ(at(progress.back(), "/date/value"), json::value("2025-06"));
    EXPECT_EQ(itemTexts(progress.back()),
              (std::vector<std::string>{"Unit taught in both Year 5 classes"}));
    EXPECT_EQ(at(after, "/objectives/1/number"), json::value(2));
    EXPECT_EQ(at(after, "/objectives/0"), at(before, "/objectives/0"));
}

INSTANTIATE_TEST_SUITE_P(Formats, UpdateLabelsLeft, testing::Values("docx", "odt"));
} // namespace

TEST(Update, IsRecordedInTheDocumentsHistory)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    CliRun run = update(input, {"--objective", "2", "--date", "2026-11", "--item", "First point",
                                "--item", "Second point", "--by", "A Tester"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json::value plan = inspectJson(input);
    const json::array* history = at(plan, "/history").if_array();
    ASSERT_NE(history, nullptr) << "no history in the plan's JSON";
    ASSERT_EQ(history->size(), 1u);
    // The local date, as eqplan dates its changes.
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    const std::chrono::year_month_day today{
        std::chrono::year{local.tm_year + 1900} /
        std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)} /
        std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
    char day[16];
    std::snprintf(day, sizeof day, "%04d-%02u-%02u", static_cast<int>(today.year()),
                  static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
    EXPECT_EQ(at(plan, "/history/0/date"), json::value(day));
    EXPECT_EQ(at(plan, "/history/0/who"), json::value("A Tester"));
    EXPECT_EQ(at(plan, "/history/0/objective"), json::value(2));
    EXPECT_EQ(at(plan, "/history/0/what"), json::value("Added progress for 2026-11: 2 points"));

    // A second change is added after the first; the summary shows both, newest last.
    run = update(input, {"--objective", "1", "--date", "2026-11", "--item", "Third point", "--by",
                         "B Tester"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const CliRun summary = runCli({"inspect", input.string()});
    ASSERT_EQ(summary.exitCode, 0) << summary.err;
    const std::size_t heading = summary.out.find("History (2 changes):");
    ASSERT_NE(heading, std::string::npos) << summary.out;
    const std::size_t first = summary.out.find(
        std::string(day) + " A Tester, objective 2: Added progress for 2026-11: 2 points", heading);
    const std::size_t second = summary.out.find(
        std::string(day) + " B Tester, objective 1: Added progress for 2026-11: 1 point", heading);
    EXPECT_NE(first, std::string::npos) << summary.out;
    EXPECT_NE(second, std::string::npos) << summary.out;
    EXPECT_LT(first, second);
}

// --status on the RAG fixture: a letter in a shaded cell (objectives 1 and 2), colour alone
// (objective 3), words in an unshaded cell (objective 4).
class UpdateStatus : public testing::TestWithParam<std::string>
{
};

TEST_P(UpdateStatus, GreenAmberRedAreWrittenAsTheOtherStatusCellsAre)
{
    const fs::path input = copyOf("layout-rag-status." + GetParam());
    // Most other cells give a letter in a shaded cell: so does the new status, words and all.
    CliRun run = update(input, {"--objective", "4", "--status", "amber", "--by", "A Tester"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out.substr(0, run.out.find('\n') + 1),
              "Objective 4: status set to Amber (\"A\"); wrote " + input.string() + "\n");
    json::value after = inspectJson(input);
    EXPECT_EQ(at(after, "/objectives/3/status/text"), json::value("A"));
    EXPECT_EQ(at(after, "/objectives/3/status/rating"), json::value("amber"));
    EXPECT_EQ(at(after, "/objectives/3/status/source"), json::value("letter"));
    EXPECT_EQ(at(after, "/objectives/3/status/shading"), at(after, "/objectives/1/status/shading"));
    // The rest of the plan's statuses are as they were.
    EXPECT_EQ(at(after, "/objectives/0/status/rating"), json::value("green"));
    EXPECT_EQ(at(after, "/objectives/2/status/rating"), json::value("red"));
    const json::array& history = at(after, "/history").as_array();
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(at(history.back(), "/what"), json::value("Set the status to Amber (\"A\")"));
    EXPECT_EQ(at(history.back(), "/objective"), json::value(4));

    // The cell rated by colour alone gets a letter like most, and the shade of red.
    run = update(input, {"--objective", "3", "--status", "Green", "--by", "A Tester"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    after = inspectJson(input);
    EXPECT_EQ(at(after, "/objectives/2/status/text"), json::value("G"));
    EXPECT_EQ(at(after, "/objectives/2/status/rating"), json::value("green"));
    EXPECT_EQ(at(after, "/objectives/2/status/shading"), at(after, "/objectives/0/status/shading"));
    fs::remove_all(input.parent_path());
}

TEST_P(UpdateStatus, WordsAreWrittenAsGivenWithProgress)
{
    const fs::path input = copyOf("layout-rag-status." + GetParam());
    const CliRun run = update(input, {"--objective", "1", "--date", "2026-11", "--item",
                                      "Gap reduced to 6%", "--status", "at risk"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json::value after = inspectJson(input);
    EXPECT_EQ(at(after, "/objectives/0/status/text"), json::value("at risk"));
    EXPECT_EQ(at(after, "/objectives/0/status/rating"), json::value("red"));
    EXPECT_EQ(at(after, "/objectives/0/status/source"), json::value("words"));
    // Shaded as most of the plan's status cells are, in red now, not the green it was.
    EXPECT_EQ(at(after, "/objectives/0/status/shading"), at(after, "/objectives/2/status/shading"));
    const json::array& progress = at(after, "/objectives/0/progress").as_array();
    ASSERT_FALSE(progress.empty());
    EXPECT_EQ(itemTexts(progress.back()), (std::vector<std::string>{"Gap reduced to 6%"}));
    // Two changes, two entries in the history; neither signed by anyone.
    const json::array& history = at(after, "/history").as_array();
    ASSERT_GE(history.size(), 2u);
    EXPECT_EQ(at(history[history.size() - 2], "/what"),
              json::value("Added progress for 2026-11: 1 point"));
    EXPECT_EQ(at(history.back(), "/what"), json::value("Set the status to Red (\"at risk\")"));
    fs::remove_all(input.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Formats, UpdateStatus, testing::Values("docx", "odt"));

TEST(Update, UnknownStatusIsAUsageError)
{
    const fs::path input = copyOf("layout-rag-status.docx");
    const CliRun run = update(input, {"--objective", "1", "--status", "purple"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err,
              "eqplan update: eqplan does not know the status \"purple\": give red, amber, "
              "green, or words that mean one (such as on track, in progress, not "
              "started).\n");
    fs::remove_all(input.parent_path());
}

TEST(Update, StatusOfAPlanWithoutAStatusColumnIsRefused)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const CliRun run = update(input, {"--objective", "1", "--status", "green"});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_EQ(run.err, "eqplan update: The plan has no status column to write objective 1's status "
                       "into. Add a column headed RAG or Status to the table first, then try "
                       "again.\n");
    fs::remove_all(input.parent_path());
}
