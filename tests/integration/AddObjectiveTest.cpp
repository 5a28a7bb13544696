// `eqplan add-objective` run as a user runs it on copies of the fixtures, then read back with
// `eqplan inspect`: the new objective is numbered next, its rows are laid out and merged like
// the objective above, its cells read word for word as a person would type them, in .docx and
// .odt; a row the plan would not read as a new objective is refused with nothing changed.
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

namespace
{
using namespace eqplan::test;

class AddObjectiveSeed2018 : public testing::TestWithParam<std::string>
{
};

TEST_P(AddObjectiveSeed2018, RowsLikeObjective3MergedBesideAnEmptyCommentaryRow)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021." + GetParam());
    const fs::path output = input.parent_path() / ("out." + GetParam());
    const json::value before = inspectJson(input);
    const CliRun result = run("add-objective", input,
                              {"--objective", "To close the reading gap", "--field",
                               "duty=Advance equality of opportunity", "--field",
                               "actions=Phonics groups", "--field", "actions=Reading buddies",
                               "--field", "owners=SLT", "--by", "A Tester", "-o", output.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out, "Added objective 4: To close the reading gap; wrote " + output.string() +
                              "\nUpdated line: Updated " + todayDashed() + " A Tester\n");

    const json::value after = inspectJson(output);
    ASSERT_EQ(at(after, "/objectives").as_array().size(), 4u);
    EXPECT_EQ(at(after, "/objectives/3/number"), json::value(4));
    EXPECT_EQ(at(after, "/objectives/3/objective/text"), json::value("To close the reading gap"));
    EXPECT_EQ(itemTexts(at(after, "/objectives/3/actions")),
              (Texts{"Phonics groups", "Reading buddies"}));
    EXPECT_EQ(at(after, "/objectives/3/owners/names"), (json::array{"SLT"}));
    EXPECT_EQ(at(after, "/objectives/3/duty/aims"), (json::array{"advance"}));
    EXPECT_EQ(at(after, "/history/0/what"), json::value("Added objective 4"));
    EXPECT_EQ(at(after, "/history/0/objective"), json::value(4));
    for (const char* same : {"/objectives/0", "/objectives/1", "/objectives/2"})
        EXPECT_EQ(at(after, same), at(before, same)) << same << " changed";

    // Laid out like objective 3: duty and objective merged down beside the commentary row.
    const json::value grid = inspectJson(output, "--dump-grid");
    EXPECT_EQ(at(grid, "/tables/0/rows"), json::value(9));
    std::vector<std::string> cells;
    for (const json::value& c : at(grid, "/tables/0/cells").as_array())
        if (at(c, "/row").as_int64() >= 7)
            cells.push_back(text(at(c, "/name")) + " " + json::serialize(at(c, "/rowSpan")) + "x" +
                            json::serialize(at(c, "/columnSpan")));
    EXPECT_EQ(cells, (Texts{"A8 2x1", "B8 2x1", "C8 1x1", "D8 1x1", "E8 1x1", "C9 1x3"}));
    EXPECT_EQ(cellParagraphs(grid, "A8"), (Texts{"||Advance equality of opportunity"}));
    EXPECT_EQ(cellParagraphs(grid, "B8"), (Texts{"||4) To close the reading gap"}));
    // Objective 3 keeps its actions in a real bullet list; so does the new one.
    EXPECT_EQ(cellParagraphs(grid, "C8"),
              (Texts{"\xE2\x80\xA2||Phonics groups", "\xE2\x80\xA2||Reading buddies"}));
    EXPECT_EQ(cellParagraphs(grid, "E8"), (Texts{"||SLT"}));
    EXPECT_EQ(cellParagraphs(grid, "C9"), (Texts{"||"}));
    fs::remove_all(input.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Formats, AddObjectiveSeed2018, testing::Values("docx", "odt"));

TEST(AddObjective, ANumberColumnGetsTheNextNumberAndActionsARealList)
{
    const fs::path input = copyOf("layout-real-numbering.docx");
    const CliRun result =
        run("add-objective", input,
            {"--objective", "To include every pupil in trips", "--field", "owners=SENCo", "--field",
             "actions=Audit trips", "--field", "actions=Fund places"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const json::value grid = inspectJson(input, "--dump-grid");
    EXPECT_EQ(cellParagraphs(grid, "A5"), (Texts{"||4"}));
    EXPECT_EQ(cellParagraphs(grid, "B5"), (Texts{"||To include every pupil in trips"}));
    EXPECT_EQ(cellParagraphs(grid, "D5"), (Texts{"1.||Audit trips", "2.||Fund places"}));
    EXPECT_EQ(cellParagraphs(grid, "E5"), (Texts{"||SENCo"}));
    const json::value after = inspectJson(input);
    EXPECT_EQ(at(after, "/objectives/3/number"), json::value(4));
    EXPECT_EQ(itemTexts(at(after, "/objectives/3/actions")), (Texts{"Audit trips", "Fund places"}));
    fs::remove_all(input.parent_path());
}

TEST(AddObjective, Seed2017OneRowOwnersJoinedAndTheUpdatedLineAdded)
{
    const fs::path input = copyOf("seed-objectives-2017-2021.docx");
    const fs::path output = input.parent_path() / "out.odt";
    const CliRun result = run("add-objective", input,
                              {"--objective", "To widen the curriculum", "--field", "owners=EWA",
                               "--field", "owners=STL", "--by", "A Tester", "-o", output.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const json::value grid = inspectJson(output, "--dump-grid");
    EXPECT_EQ(at(grid, "/tables/0/rows"), json::value(10));
    EXPECT_EQ(cellParagraphs(grid, "D10"), (Texts{"||To widen the curriculum"}));
    EXPECT_EQ(cellParagraphs(grid, "G10"), (Texts{"||EWA/STL"}));
    const json::value after = inspectJson(output);
    ASSERT_EQ(at(after, "/objectives").as_array().size(), 8u);
    EXPECT_EQ(at(after, "/objectives/7/number"), json::value(8));
    EXPECT_EQ(at(after, "/updated/text"),
              json::value(("Updated " + todayDashed() + " A Tester").c_str()));
    EXPECT_EQ(at(after, "/history/0/what"), json::value("Added objective 8"));
    fs::remove_all(input.parent_path());
}

TEST(AddObjective, ARowThatWouldContinueTheObjectiveAboveIsRefused)
{
    // No typed numbers, no number column: a row holding only an objective continues the one
    // above it in this plan.
    const fs::path input = copyOf("layout-sections.odt");
    const CliRun result = run("add-objective", input, {"--objective", "To recruit fairly"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(
        result.err,
        "eqplan add-objective: the new row would be read as part of objective 4, not as a new "
        "objective; nothing was changed. Give it an owner or a duty (--field "
        "owners=...), which start a new objective in this plan.\n");
    EXPECT_EQ(std::distance(fs::directory_iterator(input.parent_path()), fs::directory_iterator()),
              1);
    fs::remove_all(input.parent_path());
}

TEST(AddObjective, UsageErrors)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    CliRun result = run("add-objective", input, {"--field", "owners=SLT"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err.substr(0, result.err.find('\n')),
              "eqplan add-objective: give the new objective's text with --objective \"...\"");
    result = run("add-objective", input, {"--objective", "x", "--field", "owners"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err.substr(0, result.err.find('\n')),
              "eqplan add-objective: --field takes FIELD=VALUE, e.g. --field owners=SLT");
    // No column for the field: the plan cannot take it (4), as edit says of the same field.
    result = run("add-objective", input, {"--objective", "x", "--field", "timescale=2027"});
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_EQ(result.err, "eqplan add-objective: The plan has no Timescale column to write the new "
                          "objective's into.\n");
    fs::remove_all(input.parent_path());
}
} // namespace
