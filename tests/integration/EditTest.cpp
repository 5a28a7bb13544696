// `eqplan edit` run as a user runs it on copies of the fixtures, then read back with
// `eqplan inspect`: the field holds the new value, its cell reads word for word as a person would
// type it in the plan's format, the history and the Updated line say so, in .docx and .odt; and
// `eqplan update` with a term date and on a plan without an Updated line.
#include "CliRun.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace
{
namespace fs = std::filesystem;
namespace json = boost::json;
using eqplan::test::CliRun;
using eqplan::test::makeTempFolder;
using eqplan::test::readFile;
using eqplan::test::runCli;
using Texts = std::vector<std::string>;

// A copy of a fixture in a fresh folder, so that writing never touches the shared fixtures.
fs::path copyOf(const std::string& fileName)
{
    const fs::path folder = makeTempFolder("eqplan-edit-test-");
    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / fileName, folder / fileName);
    return folder / fileName;
}

std::chrono::year_month_day today()
{
    return std::chrono::year_month_day{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

// "23-11-2026": today as the seeds write their Updated line.
std::string todayDashed()
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%u-%u-%d", static_cast<unsigned>(today().day()),
                  static_cast<unsigned>(today().month()), static_cast<int>(today().year()));
    return buffer;
}

// "2026-11-23": today as the history's JSON writes it.
std::string todayIso()
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(today().year()),
                  static_cast<unsigned>(today().month()), static_cast<unsigned>(today().day()));
    return buffer;
}

void expectClean(const CliRun& run, const std::string& what)
{
    EXPECT_EQ(run.spawnError, "") << what;
    EXPECT_FALSE(run.timedOut) << what;
    EXPECT_EQ(run.signal, 0) << what << "; stderr:\n" << run.err;
    EXPECT_TRUE(run.leftoverOffices.empty()) << what << " left LibreOffice running";
    EXPECT_TRUE(run.leftoverFolders.empty()) << what << " left folders in its TMPDIR";
}

// Runs `eqplan COMMAND FILE arguments...`; FILE is left as it was when the run fails.
CliRun run(const std::string& command, const fs::path& file, std::vector<std::string> arguments)
{
    const std::string before = readFile(file);
    arguments.insert(arguments.begin(), {command, file.string()});
    const CliRun result = runCli(arguments);
    expectClean(result, "eqplan " + command + " " + file.string());
    if (result.exitCode != 0)
    {
        EXPECT_TRUE(readFile(file) == before)
            << "a failed eqplan " << command << " changed " << file;
    }
    return result;
}

json::value inspectJson(const fs::path& file, const char* option = "--json")
{
    const CliRun result = runCli({"inspect", option, file.string()});
    expectClean(result, "eqplan inspect " + file.string());
    EXPECT_EQ(result.exitCode, 0) << result.err;
    json::error_code ec;
    json::value value = json::parse(result.out, ec);
    EXPECT_FALSE(ec) << result.out.substr(0, 300);
    return value;
}

// The value at a JSON pointer, or null where there is none.
const json::value& at(const json::value& value, std::string_view pointer)
{
    static const json::value null;
    json::error_code ec;
    const json::value* found = value.find_pointer(pointer, ec);
    return found ? *found : null;
}

std::string text(const json::value& value)
{
    return value.is_string() ? std::string(value.as_string()) : "<" + json::serialize(value) + ">";
}

// The texts of a list field's items in the plan's JSON.
Texts itemTexts(const json::value& field)
{
    Texts out;
    if (const json::array* items = at(field, "/items").if_array())
        for (const json::value& item : *items)
            out.push_back(text(at(item, "/text")));
    return out;
}

// A paragraph of `inspect --dump-grid` as "label|bold|text".
std::string paragraphLine(const json::value& p)
{
    const json::value& label = at(p, "/listLabel");
    return (label.is_string() ? std::string(label.as_string()) : "") + "|" +
           (at(p, "/bold") == json::value(true) ? "bold" : "") + "|" + text(at(p, "/text"));
}

// The paragraphs of a cell of the first table in `inspect --dump-grid`.
Texts cellParagraphs(const json::value& grid, const std::string& cell)
{
    Texts out;
    for (const json::value& c : at(grid, "/tables/0/cells").as_array())
        if (at(c, "/name") == json::value(cell.c_str()))
            for (const json::value& p : c.at("paragraphs").as_array())
                out.push_back(paragraphLine(p));
    return out;
}

// The body paragraphs before the first table.
Texts front(const json::value& grid)
{
    Texts out;
    for (const json::value& p : at(grid, "/tables/0/before").as_array())
        out.push_back(paragraphLine(p));
    return out;
}

class EditSeed2018 : public testing::TestWithParam<std::string>
{
};

TEST_P(EditSeed2018, ActionsAreWrittenAsTypedBulletsAndRecorded)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021." + GetParam());
    const fs::path output = input.parent_path() / ("out." + GetParam());
    const json::value before = inspectJson(input);
    const CliRun result =
        run("edit", input,
            {"--objective", "1", "--field", "actions", "--value", "First action", "--value",
             "Second action", "--by", "A Tester", "-o", output.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out, "Objective 1: Actions rewritten (2 paragraphs); wrote " +
                              output.string() + "\nUpdated line: Updated " + todayDashed() +
                              " A Tester\n");
    // Nothing but the input and the output in the folder: no temporary file, no lock file.
    EXPECT_EQ(std::distance(fs::directory_iterator(input.parent_path()), fs::directory_iterator()),
              2);

    const json::value after = inspectJson(output);
    EXPECT_EQ(itemTexts(at(after, "/objectives/0/actions")),
              (Texts{"First action", "Second action"}));
    EXPECT_EQ(at(after, "/objectives/0/actions/items/0/label"), json::value("\xC2\xB7"));
    EXPECT_EQ(at(after, "/updated/text"),
              json::value(("Updated " + todayDashed() + " A Tester").c_str()));
    EXPECT_EQ(at(after, "/history/0/what"), json::value("Changed Actions"));
    EXPECT_EQ(at(after, "/history/0/objective"), json::value(1));
    EXPECT_EQ(at(after, "/history/0/who"), json::value("A Tester"));
    EXPECT_EQ(at(after, "/history/0/date"), json::value(todayIso().c_str()));
    for (const char* same : {"/objectives/0/successCriteria", "/objectives/0/progress",
                             "/objectives/0/objective", "/objectives/1", "/objectives/2"})
        EXPECT_EQ(at(after, same), at(before, same)) << same << " changed";

    // As typed: "· " before each action; the two empty paragraphs under them are kept.
    const json::value grid = inspectJson(output, "--dump-grid");
    EXPECT_EQ(cellParagraphs(grid, "C2"),
              (Texts{"||\xC2\xB7 First action", "||\xC2\xB7 Second action", "||", "||"}));
    fs::remove_all(input.parent_path());
}

TEST_P(EditSeed2018, ObjectiveTextKeepsItsTypedNumber)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021." + GetParam());
    const CliRun result = run("edit", input,
                              {"--objective", "2", "--field", "objective", "--value",
                               "To raise attendance across the college by 3%"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const json::value after = inspectJson(input);
    EXPECT_EQ(at(after, "/objectives/1/number"), json::value(2));
    EXPECT_EQ(at(after, "/objectives/1/objective/text"),
              json::value("To raise attendance across the college by 3%"));
    EXPECT_EQ(cellParagraphs(inspectJson(input, "--dump-grid"), "B4"),
              (Texts{"||2) To raise attendance across the college by 3%"}));
    // No --by and no user name in a fresh profile: the old name stays.
    EXPECT_EQ(at(after, "/updated/text"),
              json::value(("Updated " + todayDashed() + " D Sydes").c_str()));
    fs::remove_all(input.parent_path());
}

TEST_P(EditSeed2018, RealBulletsStayARealList)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021." + GetParam());
    const CliRun result = run("edit", input,
                              {"--objective", "3", "--field", "actions", "--value",
                               "Assemblies on Eid and Diwali", "--value", "Signage in Urdu"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(
        cellParagraphs(inspectJson(input, "--dump-grid"), "C6"),
        (Texts{"\xE2\x80\xA2||Assemblies on Eid and Diwali", "\xE2\x80\xA2||Signage in Urdu"}));
    fs::remove_all(input.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Formats, EditSeed2018, testing::Values("docx", "odt"));

class EditRealNumbering : public testing::TestWithParam<std::string>
{
};

TEST_P(EditRealNumbering, ActionsAreARealListRestartedAtOne)
{
    const fs::path input = copyOf("layout-real-numbering." + GetParam());
    const CliRun result = run("edit", input,
                              {"--objective", "1", "--field", "actions", "--value",
                               "Train all staff", "--value", "Launch the form"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const json::value grid = inspectJson(input, "--dump-grid");
    EXPECT_EQ(cellParagraphs(grid, "D2"), (Texts{"1.||Train all staff", "2.||Launch the form"}));
    // The next objective's list still starts at 1.
    EXPECT_EQ(cellParagraphs(grid, "D3").front(), "1.||Complete an access audit of the site");
    // Its Updated line keeps its own form.
    char date[32];
    std::snprintf(date, sizeof date, "%02u/%02u/%d", static_cast<unsigned>(today().day()),
                  static_cast<unsigned>(today().month()), static_cast<int>(today().year()));
    EXPECT_EQ(at(inspectJson(input), "/updated/text"),
              json::value((std::string("Updated ") + date + " A Khan").c_str()));
    fs::remove_all(input.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Formats, EditRealNumbering, testing::Values("docx", "odt"));

TEST(Edit, Seed2017OwnersJoinedWithASlashAndTheUpdatedLineAddedUnderTheTitle)
{
    // Written to the other format: the plan, the history and the new line survive the change.
    const fs::path input = copyOf("seed-objectives-2017-2021.docx");
    const fs::path output = input.parent_path() / "out.odt";
    const CliRun result = run("edit", input,
                              {"--objective", "1", "--field", "owners", "--value", "EWA", "--value",
                               "SWA", "--value", "GMA", "--by", "A Tester", "-o", output.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Updated line added under the title: Updated " + todayDashed() +
                              " A Tester\n"),
              std::string::npos)
        << result.out;
    const json::value grid = inspectJson(output, "--dump-grid");
    EXPECT_EQ(cellParagraphs(grid, "G2"), (Texts{"||EWA/SWA/GMA"}));
    EXPECT_EQ(front(grid), (Texts{"||", "||", "|bold|EQUALITY OBJECTIVES: 2017 \xE2\x80\x93 2021",
                                  "||Updated " + todayDashed() + " A Tester", "||"}));
    const json::value after = inspectJson(output);
    EXPECT_EQ(at(after, "/title"), json::value("EQUALITY OBJECTIVES: 2017 \xE2\x80\x93 2021"));
    EXPECT_EQ(at(after, "/updated/text"),
              json::value(("Updated " + todayDashed() + " A Tester").c_str()));
    EXPECT_EQ(at(after, "/objectives/0/owners/names"), (json::array{"EWA", "SWA", "GMA"}));
    EXPECT_EQ(at(after, "/history/0/what"), json::value("Changed Responsibility"));
    EXPECT_EQ(at(after, "/objectives").as_array().size(), 7u);

    // A second edit rewrites the line it added rather than adding another.
    const CliRun again = run("edit", output,
                             {"--objective", "2", "--field", "owners", "--value", "SLT", "--value",
                              "Mental Health Lead", "--by", "B Tester"});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    const json::value grid2 = inspectJson(output, "--dump-grid");
    EXPECT_EQ(front(grid2)[3], "||Updated " + todayDashed() + " B Tester");
    EXPECT_EQ(front(grid2).size(), 5u);
    // Objective 2 writes its owners one a line.
    EXPECT_EQ(cellParagraphs(grid2, "G3"), (Texts{"||SLT", "||Mental Health Lead"}));
    EXPECT_EQ(at(inspectJson(output), "/history").as_array().size(), 2u);
    fs::remove_all(input.parent_path());
}

TEST(Edit, UnknownFieldIsAUsageError)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const CliRun result =
        run("edit", input, {"--objective", "1", "--field", "colour", "--value", "x"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err.substr(0, result.err.find('\n')),
              "eqplan: eqplan cannot edit the field \"colour\": give one of duty, characteristics, "
              "aim, objective, targetGroups, actions, successCriteria, owners, timescale");
    fs::remove_all(input.parent_path());
}

TEST(Edit, UnknownObjectiveIsAUsageError)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.odt");
    const CliRun result =
        run("edit", input, {"--objective", "7", "--field", "actions", "--value", "x"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err,
              "eqplan: the plan has no objective 7; its objectives are numbered 1, 2, 3.\n");
    fs::remove_all(input.parent_path());
}

TEST(Edit, AFieldWithoutAColumnExits4)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const CliRun result =
        run("edit", input, {"--objective", "1", "--field", "timescale", "--value", "July 2027"});
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_EQ(result.err, "eqplan: The plan has no Timescale column to write objective 1's into. "
                          "Add the column to the table first, then try again.\n");
    fs::remove_all(input.parent_path());
}

TEST(UpdateTerm, ATermDateIsWrittenInThePlansTermForm)
{
    const fs::path input = copyOf("layout-sections.docx");
    const CliRun result =
        run("update", input,
            {"--objective", "1", "--date", "spring-2027", "--item", "Reading gap narrowed to 12%"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const json::value after = inspectJson(input);
    const json::value& entry = at(after, "/objectives/0/progress/3");
    EXPECT_EQ(at(entry, "/date/value"), json::value("2027-spring"));
    EXPECT_EQ(at(entry, "/date/precision"), json::value("term"));
    EXPECT_EQ(at(entry, "/heading"), json::value("Spring 2027"));
    EXPECT_EQ(itemTexts(entry), (Texts{"Reading gap narrowed to 12%"}));
    fs::remove_all(input.parent_path());
}

TEST(UpdateTerm, AnUnknownTermIsAUsageError)
{
    const fs::path input = copyOf("layout-sections.docx");
    const CliRun result =
        run("update", input, {"--objective", "1", "--date", "winter-2026", "--item", "x"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err.substr(0, result.err.find('\n')),
              "eqplan: --date \"winter-2026\" is not a date eqplan understands: give a month "
              "(2026-11), a day (2026-11-23), a year (2026) or a term (autumn-2026, spring-2027, "
              "summer-2027)");
    fs::remove_all(input.parent_path());
}

TEST(UpdateUpdatedLine, APlanWithoutOneGetsItUnderItsTitle)
{
    const fs::path input = copyOf("seed-objectives-2017-2021.odt");
    const CliRun result = run("update", input,
                              {"--objective", "2", "--date", "autumn-2026", "--item",
                               "Training repeated", "--by", "A Tester"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const json::value after = inspectJson(input);
    EXPECT_EQ(at(after, "/updated/text"),
              json::value(("Updated " + todayDashed() + " A Tester").c_str()));
    EXPECT_EQ(at(after, "/title"), json::value("EQUALITY OBJECTIVES: 2017 \xE2\x80\x93 2021"));
    EXPECT_EQ(at(after, "/history/0/who"), json::value("A Tester"));
    fs::remove_all(input.parent_path());
}
} // namespace
