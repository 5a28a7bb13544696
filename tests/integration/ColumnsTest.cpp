// `eqplan columns` run as a user runs it: a column eqplan does not understand ("Champion") told
// to be the owners, kept in the document through .docx and .odt so that the next read agrees,
// shown by `inspect --explain` as assigned by the user, and given back to recognition.
#include "CliTest.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace
{
namespace fs = std::filesystem;
namespace json = boost::json;
using eqplan::test::CliRun;
using eqplan::test::copyOf;
using eqplan::test::readFile;
using eqplan::test::runCli;

json::value planOf(const fs::path& file)
{
    const CliRun run = runCli({"inspect", "--json", file.string()});
    EXPECT_EQ(run.exitCode, 0) << run.err;
    json::error_code ec;
    json::value value = json::parse(run.out, ec);
    EXPECT_FALSE(ec) << run.out.substr(0, 300);
    return value;
}

std::vector<std::string> ownersOf(const json::value& plan)
{
    std::vector<std::string> out;
    for (const json::value& objective : plan.at("objectives").as_array())
        for (const json::value& name : objective.at("owners").at("names").as_array())
            out.emplace_back(name.as_string());
    return out;
}

class ColumnsFormat : public testing::TestWithParam<std::string>
{
};

TEST_P(ColumnsFormat, AnAssignedColumnIsReadAsItsFieldAfterSavingInEitherFormat)
{
    const fs::path input = copyOf("layout-champion-column." + GetParam());
    const CliRun listed = runCli({"columns", input.string()});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_NE(listed.out.find("Columns understood: Equality objective, Actions, Timescale; not "
                              "understood: \"Champion\", \"Notes\"\n"),
              std::string::npos)
        << listed.out;
    EXPECT_TRUE(ownersOf(planOf(input)).empty());

    // Written to the other format, so that the assignment is read back from both.
    const std::string other = GetParam() == "docx" ? "odt" : "docx";
    const fs::path output = input.parent_path() / ("assigned." + other);
    const std::string before = readFile(input);
    const CliRun assigned =
        runCli({"columns", input.string(), "--assign", "champion=Responsibility", "--by", "D Sydes",
                "-o", output.string()});
    ASSERT_EQ(assigned.exitCode, 0) << assigned.err;
    EXPECT_NE(assigned.out.find("\"champion\" is read as Responsibility\nWrote " + output.string() +
                                "\n"),
              std::string::npos)
        << assigned.out;
    EXPECT_NE(assigned.out.find("\"Champion\" → Responsibility, assigned by the user\n"),
              std::string::npos)
        << assigned.out;
    EXPECT_EQ(readFile(input), before) << "-o changed the input";

    const json::value plan = planOf(output);
    EXPECT_EQ(ownersOf(plan), (std::vector<std::string>{"English Lead", "Deputy Head"}));
    const json::value& champion = plan.at("tables").at(0).at("columns").at(2);
    EXPECT_EQ(champion.at("field"), json::value("owners"));
    EXPECT_EQ(champion.at("recognition").at("assigned"), json::value(true));
    ASSERT_EQ(plan.at("history").as_array().size(), 1u);
    EXPECT_EQ(plan.at("history").at(0).at("who"), json::value("D Sydes"));
    EXPECT_EQ(plan.at("history").at(0).at("what"),
              json::value("\"champion\" is read as Responsibility"));

    const CliRun explained = runCli({"inspect", "--explain", output.string()});
    ASSERT_EQ(explained.exitCode, 0) << explained.err;
    EXPECT_NE(explained.out.find("\"Champion\" → Responsibility, assigned by the user\n"),
              std::string::npos)
        << explained.out;
    EXPECT_NE(explained.out.find("Columns understood: Equality objective, Actions, "
                                 "Responsibility (assigned by the user), Timescale; not "
                                 "understood: \"Notes\"\n"),
              std::string::npos)
        << explained.out;

    // Saved again in its own format, then given back to recognition.
    const CliRun cleared = runCli({"columns", output.string(), "--clear", "Champion"});
    ASSERT_EQ(cleared.exitCode, 0) << cleared.err;
    EXPECT_NE(cleared.out.find("\"Champion\" is read as eqplan recognises it\n"), std::string::npos)
        << cleared.out;
    EXPECT_TRUE(ownersOf(planOf(output)).empty());
}

// The assignments a document keeps are read alike by every reader, in both formats.
TEST_P(ColumnsFormat, KeptAssignmentsAreTakenByEveryReader)
{
    const fs::path file = fs::path(EQPLAN_FIXTURE_DIR) / ("layout-champion-assigned." + GetParam());
    for (const char* reader : {"office", "odf", "uno"})
    {
        const CliRun run = runCli({"inspect", "--json", "--reader", reader, file.string()});
        ASSERT_EQ(run.exitCode, 0) << reader << ": " << run.err;
        const json::value plan = json::parse(run.out);
        EXPECT_EQ(ownersOf(plan), (std::vector<std::string>{"English Lead", "Deputy Head"}))
            << reader;
        const json::value& notes = plan.at("tables").at(0).at("columns").at(4);
        EXPECT_EQ(notes.at("field"), json::value(nullptr)) << reader;
        EXPECT_EQ(notes.at("recognition").at("assigned"), json::value(true)) << reader;
    }
}

INSTANTIATE_TEST_SUITE_P(Formats, ColumnsFormat, testing::Values("docx", "odt"));

TEST(Columns, NotAFieldDropsWhatRecognitionTookAndJsonSaysSo)
{
    const fs::path input = copyOf("layout-champion-column.docx");
    const CliRun run = runCli({"columns", input.string(), "--assign", "Notes=owners", "--assign",
                               "Timescale=none", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json::value report = json::parse(run.out);
    EXPECT_EQ(report.at("command"), json::value("columns"));
    ASSERT_EQ(report.at("changes").as_array().size(), 2u);
    EXPECT_EQ(report.at("changes").at(1).at("text"), json::value("\"Timescale\" is not a field"));
    const json::value& columns = report.at("tables").at(0).at("columns");
    EXPECT_EQ(columns.at(3).at("field"), json::value(nullptr));
    EXPECT_EQ(columns.at(3).at("assigned"), json::value(true));
    EXPECT_EQ(columns.at(4).at("field"), json::value("owners"));
    const json::value plan = planOf(input);
    EXPECT_EQ(ownersOf(plan), (std::vector<std::string>{"Funded from the pupil premium"}));
    EXPECT_EQ(plan.at("objectives").at(0).at("timescale").at("text"), json::value(""));
}

TEST(Columns, AChangeThatWouldLeaveNoPlanIsRefusedAndChangesNothing)
{
    const fs::path input = copyOf("layout-champion-column.docx");
    const std::string before = readFile(input);
    const CliRun run = runCli({"columns", input.string(), "--assign", "Actions=none"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, "eqplan columns: Nothing was changed: read that way, the document's "
                       "tables would hold no plan (a plan table names at least 3 of the plan's "
                       "fields).\n");
    EXPECT_EQ(readFile(input), before);
}

TEST(Columns, AHeaderTheTablesDoNotShowIsAUsageErrorAndChangesNothing)
{
    const fs::path input = copyOf("layout-champion-column.odt");
    const std::string before = readFile(input);
    const CliRun run = runCli({"columns", input.string(), "--assign", "Lead=owners"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("eqplan columns: the document's tables have no column \"Lead\"; their "
                           "columns are \"Objective\", \"Actions\", \"Champion\", \"Timescale\", "
                           "\"Notes\". Nothing was changed.\n"),
              std::string::npos)
        << run.err;
    const CliRun badField = runCli({"columns", input.string(), "--assign", "Champion=cost"});
    EXPECT_EQ(badField.exitCode, 2);
    EXPECT_NE(badField.err.find("eqplan columns: --assign takes HEADER=FIELD, e.g. --assign "
                                "\"Champion=owners\"; FIELD is number, duty,"),
              std::string::npos)
        << badField.err;
    EXPECT_EQ(readFile(input), before);
}
} // namespace
