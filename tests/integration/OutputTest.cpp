// What eqplan prints: document text never drives the terminal, output that cannot be written is a
// failure, and the options every command takes. Issue 18, items 7, 8 and 11: a crafted history
// entry used to set the terminal's title and clear the screen; `inspect --json > /dev/full` used
// to exit 0 with nothing written; `update --timings` and `--` were refused.
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

#include <string>

namespace
{
using namespace eqplan::test;

class TerminalEscapes : public testing::TestWithParam<std::string>
{
};

TEST_P(TerminalEscapes, SummaryShowsControlCharactersInsteadOfSendingThem)
{
    const std::string file = std::string(EQPLAN_FIXTURE_DIR) + "/terminal-escapes." + GetParam();
    const CliRun result = runCli({"inspect", file});
    expectClean(result, "eqplan inspect " + file);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out.find('\x1b'), std::string::npos);
    EXPECT_EQ(result.out.find('\x07'), std::string::npos);
    EXPECT_EQ(result.out.find("\xc2\x9b"), std::string::npos);
    EXPECT_NE(result.out.find("   2026-11-23 Mallory\\x1b]0;pwned\\x07, objective 1: "
                              "Cleared\\x1b[2J\\x1b[H the screen\\u009b1m\n"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("SLT (Senior \\x1b[31mLeadership\\x1b[0m Team)"), std::string::npos)
        << result.out;
}

TEST_P(TerminalEscapes, JsonEscapesThemAndKeepsTheText)
{
    const std::string file = std::string(EQPLAN_FIXTURE_DIR) + "/terminal-escapes." + GetParam();
    const CliRun result = runCli({"inspect", "--json", file});
    expectClean(result, "eqplan inspect --json " + file);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out.find('\x1b'), std::string::npos);
    EXPECT_EQ(result.out.find("\xc2\x9b"), std::string::npos);
    json::error_code ec;
    const json::value plan = json::parse(result.out, ec);
    ASSERT_FALSE(ec) << result.out.substr(0, 300);
    EXPECT_EQ(text(at(plan, "/history/0/who")), "Mallory\x1b]0;pwned\x07");
    EXPECT_EQ(text(at(plan, "/history/0/what")), "Cleared\x1b[2J\x1b[H the screen\xc2\x9b"
                                                 "1m");
}

INSTANTIATE_TEST_SUITE_P(Formats, TerminalEscapes, testing::Values("docx", "odt"));

TEST(Output, InspectJsonToAFullDiskExitsThree)
{
    CliOptions options;
    options.stdoutPath = "/dev/full";
    const CliRun result = runCli(
        {"inspect", "--json", std::string(EQPLAN_FIXTURE_DIR) + "/seed-action-plan-2018-2021.docx"},
        options);
    expectClean(result, "eqplan inspect --json > /dev/full");
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_EQ(result.err, "eqplan inspect: could not write the output: No space left on device\n");
}

TEST(Output, HelpToAFullDiskExitsThree)
{
    CliOptions options;
    options.stdoutPath = "/dev/full";
    const CliRun result = runCli({"--help"}, options);
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_EQ(result.err, "eqplan: could not write the output: No space left on device\n");
}

TEST(Options, TimingsIsAcceptedByEveryCommand)
{
    for (const char* command : {"update", "edit", "add-objective", "check", "owners", "export-pdf"})
    {
        const CliRun result = runCli({command, "--timings", "/nonexistent/plan.docx"});
        EXPECT_EQ(result.err.find("unknown option"), std::string::npos) << command << result.err;
    }
    const CliRun result = runCli({"check", "--timings", "/nonexistent/plan.docx"});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_EQ(result.err,
              "eqplan check: There is no file /nonexistent/plan.docx. Check the name and "
              "the folder.\n");
}

TEST(Options, DoubleDashEndsTheOptions)
{
    CliRun result = runCli({"inspect", "--", "-plan.docx"});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_EQ(result.err,
              "eqplan inspect: There is no file -plan.docx. Check the name and the folder.\n");
    result = runCli({"update", "--objective", "1", "--item", "--", "--", "-plan.docx"});
    EXPECT_EQ(result.exitCode, 3) << result.err;
    EXPECT_EQ(result.err,
              "eqplan update: There is no file -plan.docx. Check the name and the folder.\n");
    result = runCli({"check", "--", "--json"});
    EXPECT_EQ(result.exitCode, 3) << result.err;
    EXPECT_EQ(result.err,
              "eqplan check: There is no file --json. Check the name and the folder.\n");
}
} // namespace
