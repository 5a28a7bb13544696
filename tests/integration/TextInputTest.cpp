// Text from the command line that goes into a plan: control characters are refused before
// LibreOffice is started, with the character and the option named, and the file left as it was.
// Issue 18, item 1: they used to be saved as empty paragraphs (or raw) while eqplan said "added".
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace
{
using namespace eqplan::test;

struct RefusedText
{
    std::string name;
    std::string command;
    std::vector<std::string> arguments;
    std::string err;
};

void PrintTo(const RefusedText& c, std::ostream* out)
{
    *out << c.name;
}

const std::string notShown = ": a plan cannot show it, so eqplan does not write it. Nothing was "
                             "changed.\n";

class RefusedTextTest : public testing::TestWithParam<RefusedText>
{
};

TEST_P(RefusedTextTest, ExitsTwoNamingTheCharacterAndOptionFileUnchanged)
{
    const RefusedText& c = GetParam();
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const std::string before = readFile(input);
    const CliRun result = run(c.command, input, c.arguments);
    EXPECT_EQ(result.exitCode, 2);
    // The message names the command that refused the text.
    EXPECT_EQ(result.err, "eqplan " + c.command + ": " + c.err);
    EXPECT_EQ(result.out, "");
    EXPECT_FALSE(result.sawProfile) << "refused before LibreOffice was started";
    EXPECT_TRUE(readFile(input) == before);
    EXPECT_EQ(std::distance(fs::directory_iterator(input.parent_path()), fs::directory_iterator()),
              1);
    fs::remove_all(input.parent_path());
}

INSTANTIATE_TEST_SUITE_P(
    Options, RefusedTextTest,
    testing::Values(
        RefusedText{"UpdateItemEscape",
                    "update",
                    {"--objective", "1", "--item", "Fine", "--item", "Trips\x1b[2J"},
                    "--item has the control character U+001B (escape) at character 6" + notShown},
        RefusedText{"UpdateItemBell",
                    "update",
                    {"--objective", "1", "--item", "\x07"},
                    "--item has the control character U+0007 (bell) at character 1" + notShown},
        RefusedText{"UpdateItemBackspace",
                    "update",
                    {"--objective", "1", "--item", "ab\bc"},
                    "--item has the control character U+0008 (backspace) at character 3" +
                        notShown},
        RefusedText{"UpdateItemNewline",
                    "update",
                    {"--objective", "1", "--item", "One\nTwo"},
                    "--item has a line break (U+000A, line feed) at character 4: give "
                    "each point its own --item. Nothing was changed.\n"},
        RefusedText{"UpdateItemCarriageReturn",
                    "update",
                    {"--objective", "1", "--item", "One\rTwo"},
                    "--item has a line break (U+000D, carriage return) at character 4: "
                    "give each point its own --item. Nothing was changed.\n"},
        RefusedText{"UpdateItemDelete",
                    "update",
                    {"--objective", "1", "--item", "x\x7f"},
                    "--item has the control character U+007F (delete) at character 2" + notShown},
        RefusedText{"UpdateByEscape",
                    "update",
                    {"--objective", "1", "--item", "x", "--by", "\x1b]0;A Tester"},
                    "--by has the control character U+001B (escape) at character 1" + notShown},
        RefusedText{"UpdateByNewline",
                    "update",
                    {"--objective", "1", "--item", "x", "--by", "A\nTester"},
                    "--by has a line break (U+000A, line feed) at character 2: give it "
                    "on one line. Nothing was changed.\n"},
        RefusedText{"UpdateItemNotUtf8",
                    "update",
                    {"--objective", "1", "--item", "caf\xe9"},
                    "--item has the byte 0xE9, which is not UTF-8, at character 4: give "
                    "the text in UTF-8. Nothing was changed.\n"},
        RefusedText{"EditValueC1",
                    "edit",
                    {"--objective", "1", "--field", "actions", "--value", "é\xc2\x9b"},
                    "--value has the control character U+009B (control character) at "
                    "character 2" +
                        notShown},
        RefusedText{"EditValueNewline",
                    "edit",
                    {"--objective", "1", "--field", "actions", "--value", "a\nb"},
                    "--value has a line break (U+000A, line feed) at character 2: give "
                    "each item or line its own --value. Nothing was changed.\n"},
        RefusedText{"EditByTab",
                    "edit",
                    {"--objective", "1", "--field", "actions", "--value", "a", "--by", "A\tB"},
                    "--by has the control character U+0009 (tab) at character 2" + notShown},
        RefusedText{"AddObjectiveText",
                    "add-objective",
                    {"--objective", "To reduce\x0c bullying"},
                    "--objective has the control character U+000C (form feed) at "
                    "character 10" +
                        notShown},
        RefusedText{"AddObjectiveField",
                    "add-objective",
                    {"--objective", "To reduce bullying", "--field", "owners=SLT\x0b"},
                    "--field has the control character U+000B (vertical tab) at "
                    "character 11" +
                        notShown},
        RefusedText{"OwnersSet",
                    "owners",
                    {"--set", "SLT=Senior\x1b[31m Team"},
                    "--set has the control character U+001B (escape) at character 11" + notShown},
        RefusedText{"OwnersRename",
                    "owners",
                    {"--rename", "SLT=Senior\r\nTeam"},
                    "--rename has a line break (U+000D, carriage return) at character "
                    "11: give it on one line. Nothing was changed.\n"},
        RefusedText{"OwnersRemove",
                    "owners",
                    {"--remove", "SLT\x1b[8m"},
                    "--remove has the control character U+001B (escape) at character 4" + notShown},
        RefusedText{"CheckFixBy",
                    "check",
                    {"--fix", "--by", "A\x1b"},
                    "--by has the control character U+001B (escape) at character 2" + notShown}),
    [](const testing::TestParamInfo<RefusedText>& param) { return param.param.name; });
} // namespace
