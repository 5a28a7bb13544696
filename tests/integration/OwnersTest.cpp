// `eqplan owners` run as a user runs it: the owner register kept in the document through .docx
// and .odt, renaming an owner everywhere, and the register naming owners in the published key.
#include "CliTest.hpp"
#include "PdfReadBack.hpp"

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
using eqplan::test::expectClean;
using eqplan::test::makeTempFolder;
using eqplan::test::readFile;
using eqplan::test::runCli;

json::value jsonOf(const CliRun& run)
{
    EXPECT_EQ(run.exitCode, 0) << run.err;
    json::error_code ec;
    json::value value = json::parse(run.out, ec);
    EXPECT_FALSE(ec) << run.out.substr(0, 300);
    return value;
}

std::vector<std::string> ownerNames(const json::value& plan)
{
    std::vector<std::string> out;
    for (const json::value& owner : plan.at("owners").as_array())
        out.push_back(std::string(owner.at("name").as_string()));
    return out;
}

class OwnersFormat : public testing::TestWithParam<std::string>
{
};

TEST_P(OwnersFormat, RenameAndRegisterSurviveSavingAndReachThePublishedKey)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021." + GetParam());
    // Written to the other format, so that the register is read back from both.
    const fs::path output =
        input.parent_path() / (std::string("renamed.") + (GetParam() == "docx" ? "odt" : "docx"));
    const std::string before = readFile(input);
    const CliRun run =
        runCli({"owners", input.string(), "--set", "SLT=Senior Leadership Team", "--rename",
                "Pastoral staff=Pastoral Team", "--by", "D Sydes", "-o", output.string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Renamed Pastoral staff to Pastoral Team in 3 places\n"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("  SLT — Senior Leadership Team: objective 2\n"), std::string::npos)
        << run.out;
    EXPECT_EQ(readFile(input), before) << "-o changed the input";

    const json::value plan = jsonOf(runCli({"inspect", "--json", output.string()}));
    EXPECT_EQ(ownerNames(plan),
              (std::vector<std::string>{"Pastoral Team", "SLT", "Admin staff"}));
    EXPECT_EQ(plan.at("ownerRegister"),
              json::parse(R"([{"code":"SLT","name":"Senior Leadership Team"}])"));
    ASSERT_EQ(plan.at("history").as_array().size(), 1u);
    EXPECT_EQ(plan.at("history").at(0).at("who"), json::value("D Sydes"));

    // The published key names the owner the register knows.
    const fs::path pdf = input.parent_path() / "plan.pdf";
    const CliRun published =
        runCli({"export-pdf", output.string(), "-o", pdf.string(), "--force"});
    ASSERT_EQ(published.exitCode, 0) << published.err;
    const std::string text = eqplan::test::pdfText(pdf);
    EXPECT_NE(text.find("SLT – Senior Leadership Team: objective 2"), std::string::npos)
        << text.substr(text.find("Key to owners") == std::string::npos ? 0
                                                                        : text.find("Key to owners"));
    fs::remove_all(input.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Formats, OwnersFormat, testing::Values("docx", "odt"));

TEST(Owners, RenamingAnOwnerThePlanDoesNotNameChangesNothing)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const std::string before = readFile(input);
    const CliRun run = runCli({"owners", input.string(), "--rename", "Nobody=Somebody"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(
        run.err.find("eqplan owners: the plan names no owner \"Nobody\"; nothing was renamed."),
        std::string::npos)
        << run.err;
    EXPECT_EQ(readFile(input), before);
    fs::remove_all(input.parent_path());
}

TEST(Owners, UsageErrorsSayWhatToDo)
{
    CliRun run = runCli({"owners", "plan.docx", "--set", "EWA"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("eqplan owners: --set takes CODE=NAME"), std::string::npos) << run.err;
    run = runCli({"owners", "plan.docx", "-o", "out.docx"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("-o names where the changed plan goes"), std::string::npos) << run.err;
}
} // namespace
