// `eqplan edit` run as a user runs it on copies of the fixtures, then read back with
// `eqplan inspect`: the field holds the new value, its cell reads word for word as a person would
// type it in the plan's format, the history and the Updated line say so, in .docx and .odt; and
// `eqplan update` with a term date and on a plan without an Updated line.
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

namespace
{
using namespace eqplan::test;

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
    // No --by and no user name in a fresh profile: the line names no one, not D Sydes, who
    // never made this change.
    EXPECT_EQ(at(after, "/updated/text"), json::value(("Updated " + todayDashed()).c_str()));
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
    // Its Updated line keeps its own form, and no longer names A Khan, who did not make this
    // change (no --by, no user name in the test's profile).
    char date[32];
    std::snprintf(date, sizeof date, "%02u/%02u/%d", static_cast<unsigned>(today().day()),
                  static_cast<unsigned>(today().month()), static_cast<int>(today().year()));
    EXPECT_EQ(at(inspectJson(input), "/updated/text"),
              json::value((std::string("Updated ") + date).c_str()));
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
    EXPECT_EQ(
        result.err.substr(0, result.err.find('\n')),
        "eqplan edit: eqplan cannot edit the field \"colour\": give one of duty, characteristics, "
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
              "eqplan edit: the plan has no objective 7; its objectives are numbered 1, 2, 3.\n");
    fs::remove_all(input.parent_path());
}

TEST(Edit, AFieldWithoutAColumnExits4)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const CliRun result =
        run("edit", input, {"--objective", "1", "--field", "timescale", "--value", "July 2027"});
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_EQ(result.err,
              "eqplan edit: The plan has no Timescale column to write objective 1's into. "
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
    EXPECT_EQ(
        result.err.substr(0, result.err.find('\n')),
        "eqplan update: --date \"winter-2026\" is not a date eqplan understands: give a month "
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
