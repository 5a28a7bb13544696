// `eqplan check` run as a user runs it on the rebuilt seed plans: it finds the problems the seeds
// really have, --fix repairs the fixable ones into a new file (the input stays as it was), and a
// second check of the fixed file no longer finds them.
#include "CliTest.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
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

// `eqplan check --json FILE` (on a fixed day, so that the calendar rules give the same answer
// every day the test runs).
json::value checkJson(const fs::path& file)
{
    const CliRun run = runCli({"check", "--json", "--today", "2026-11-23", file.string()});
    expectClean(run, "eqplan check " + file.string());
    EXPECT_TRUE(run.exitCode == 0 || run.exitCode == 1) << run.err;
    json::error_code ec;
    json::value value = json::parse(run.out, ec);
    EXPECT_FALSE(ec) << run.out.substr(0, 300);
    return value;
}

std::multiset<std::string> rules(const json::value& checked)
{
    std::multiset<std::string> out;
    if (const json::value* findings = checked.as_object().if_contains("findings"))
        for (const json::value& finding : findings->as_array())
            out.insert(std::string(finding.at("rule").as_string()));
    return out;
}

std::vector<std::string> messages(const json::value& checked, const std::string& rule)
{
    std::vector<std::string> out;
    for (const json::value& finding : checked.at("findings").as_array())
        if (finding.at("rule").as_string() == rule)
            out.push_back(std::string(finding.at("message").as_string()));
    return out;
}

class CheckSeed : public testing::TestWithParam<std::string>
{
};

class CheckInlineDated : public testing::TestWithParam<std::string>
{
};

TEST_P(CheckInlineDated, ProgressDatedInlineIsDatedAndReviewed)
{
    // Reviewed on 7 March 2024, with no Updated line: before inline entries were read, every
    // objective had progress.undated and the plan "does not say when it was last reviewed".
    const fs::path input = copyOf("layout-inline-dated." + GetParam());
    const CliRun run = runCli({"check", "--json", "--today", "2024-06-01", input.string()});
    expectClean(run, "eqplan check " + input.string());
    json::error_code ec;
    const json::value checked = json::parse(run.out, ec);
    ASSERT_FALSE(ec) << run.out.substr(0, 300);
    const std::multiset<std::string> found = rules(checked);
    for (const char* rule : {"progress.undated", "progress.out-of-order", "progress.duplicate-date",
                             "progress.stale", "calendar.review-overdue"})
        EXPECT_EQ(found.count(rule), 0u) << rule << ": " << messages(checked, rule).front();
    // A year and a day later it is overdue, dated by its latest inline entry.
    const json::value late = [&]
    {
        const CliRun again = runCli({"check", "--json", "--today", "2025-03-08", input.string()});
        return json::parse(again.out);
    }();
    EXPECT_EQ(messages(late, "calendar.review-overdue"),
              (std::vector<std::string>{
                  "The plan was last updated on 7 March 2024, more than 12 months ago. Schools "
                  "must publish equality information at least every 12 months: review the plan "
                  "and record its progress."}));
    fs::remove_all(input.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Formats, CheckInlineDated, testing::Values("docx", "odt"));

TEST_P(CheckSeed, Objectives2017FindsTheSplitRowTheTermsAndTheRepeatedWord)
{
    const fs::path input = copyOf("seed-objectives-2017-2021." + GetParam());
    const std::string before = readFile(input);
    const json::value checked = checkJson(input);
    const std::multiset<std::string> found = rules(checked);
    EXPECT_EQ(found.count("table.continuation-row"), 1u);
    EXPECT_GE(found.count("terms.inconsistent"), 1u);
    EXPECT_GE(found.count("text.artefact"), 1u);
    bool repeatedWord = false;
    for (const std::string& message : messages(checked, "text.artefact"))
        repeatedWord |= message.find("students/students") != std::string::npos;
    EXPECT_TRUE(repeatedWord) << "no text.artefact finding names “students/students”";
    EXPECT_EQ(readFile(input), before) << "check changed its input";
}

TEST_P(CheckSeed, ActionPlan2018FindsTheTypedNumbering)
{
    const json::value checked = checkJson(copyOf("seed-action-plan-2018-2021." + GetParam()));
    EXPECT_GE(rules(checked).count("progress.numbering"), 1u);
    // "...tackle problem 3) Early evidence": read by a screen reader as one sentence.
    EXPECT_EQ(rules(checked).count("publish.typed-numbering"), 1u);
}

// What publishing would refuse is a finding of the check too: a comment, pending tracked
// changes, a picture without alternative text, each with the words export-pdf uses.
TEST_P(CheckSeed, SaysWhatPublishingWouldRefuse)
{
    const json::value comment = checkJson(copyOf("publish-comment." + GetParam()));
    EXPECT_EQ(messages(comment, "publish.comment"),
              std::vector<std::string>{
                  "A comment by B Head (1 March 2021) in objective 2's objective text (cell B4): "
                  "\u201cPelican figures are wrong, do not publish yet\u201d. Resolve it and "
                  "delete it."});
    const json::value changes = checkJson(copyOf("publish-tracked-changes." + GetParam()));
    const std::vector<std::string> pending = messages(changes, "publish.tracked-change");
    ASSERT_EQ(pending.size(), 2u);
    EXPECT_EQ(pending[0], "A tracked change by A Governor (1 March 2021) is still pending in "
                          "objective 1's progress (cell C3): deleted \u201cThe walrus complaint "
                          "was settled out of court.\u201d. Accept or reject it (Edit \u25b8 Track "
                          "Changes \u25b8 Manage).");
    for (const json::value& finding : changes.at("findings").as_array())
        if (finding.at("rule").as_string().starts_with("publish."))
        {
            EXPECT_EQ(finding.at("severity"), "error");
            EXPECT_EQ(finding.at("objective"), 1);
        }
    EXPECT_EQ(rules(checkJson(copyOf("publish-ready." + GetParam()))).count("publish.comment"), 0u);
}

TEST_P(CheckSeed, FixRepairsWhatItCanAndASecondCheckNoLongerFindsIt)
{
    for (const char* seed : {"seed-objectives-2017-2021.", "seed-action-plan-2018-2021."})
    {
        const fs::path input = copyOf(seed + GetParam());
        const std::string before = readFile(input);
        const fs::path output = input.parent_path() / ("fixed." + GetParam());
        const json::value checked = checkJson(input);
        std::set<std::string> fixable;
        for (const json::value& finding : checked.at("findings").as_array())
            if (const json::value& fix = finding.at("fix");
                fix.is_object() && fix.at("safe") == true)
                fixable.insert(std::string(finding.at("rule").as_string()) + ": " +
                               std::string(finding.at("message").as_string()));
        ASSERT_FALSE(fixable.empty()) << seed << " has nothing --fix can repair";

        const CliRun run = runCli(
            {"check", "--fix", "--today", "2026-11-23", "-o", output.string(), input.string()});
        expectClean(run, std::string("eqplan check --fix ") + seed);
        ASSERT_TRUE(run.exitCode == 0 || run.exitCode == 1) << run.err;
        EXPECT_NE(run.out.find("Fixed "), std::string::npos) << run.out;
        EXPECT_EQ(readFile(input), before) << "--fix -o changed its input";
        ASSERT_TRUE(fs::exists(output));

        const json::value again = checkJson(output);
        for (const json::value& finding : again.at("findings").as_array())
        {
            const std::string key = std::string(finding.at("rule").as_string()) + ": " +
                                    std::string(finding.at("message").as_string());
            EXPECT_EQ(fixable.count(key), 0u) << seed << ": still found after --fix: " << key;
        }
        // Nothing of the plan was lost: the same objectives, read back from the fixed file.
        const CliRun original = runCli({"inspect", input.string()});
        const CliRun fixed = runCli({"inspect", output.string()});
        ASSERT_EQ(fixed.exitCode, 0) << fixed.err;
        const auto count = [](const std::string& summary)
        { return summary.substr(0, summary.find(" objectives")); };
        EXPECT_EQ(count(fixed.out), count(original.out));
    }
}

INSTANTIATE_TEST_SUITE_P(Formats, CheckSeed, testing::Values("docx", "odt"));

// A RAG status given by a red cell with nothing in it: an error that blocks publishing, and a
// fix that writes the letter the plan's other statuses use.
TEST_P(CheckSeed, StatusByColourAloneIsAnErrorThatFixWritesInTheCell)
{
    const fs::path input = copyOf("layout-rag-status." + GetParam());
    const json::value checked = checkJson(input);
    const std::vector<std::string> found = messages(checked, "status.colour-only");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0], "Objective 3's status is shown by colour alone (#ff0000, red, in cell "
                        "E4): a screen reader, a grey printout and a reader who cannot tell red "
                        "from green get nothing (WCAG 1.4.1, use of colour). Write the status in "
                        "the cell as well, such as \u201CR\u201D.");
    const fs::path pdf = input.parent_path() / "plan.pdf";
    const CliRun refused = runCli({"export-pdf", input.string(), "-o", pdf.string()});
    EXPECT_EQ(refused.exitCode, 6) << refused.err;
    EXPECT_NE(refused.err.find("Objective 3's status is shown by colour alone"), std::string::npos)
        << refused.err;
    EXPECT_FALSE(fs::exists(pdf));

    const fs::path output = input.parent_path() / ("fixed." + GetParam());
    const CliRun run =
        runCli({"check", "--fix", "--today", "2026-11-23", "-o", output.string(), input.string()});
    expectClean(run, "eqplan check --fix layout-rag-status");
    const json::value again = checkJson(output);
    EXPECT_TRUE(messages(again, "status.colour-only").empty());
    const CliRun inspected = runCli({"inspect", "--json", output.string()});
    ASSERT_EQ(inspected.exitCode, 0) << inspected.err;
    const json::value plan = json::parse(inspected.out);
    const json::value& status = plan.at("objectives").at(2).at("status");
    EXPECT_EQ(status.at("words"), json::value("R"));
    EXPECT_EQ(status.at("rating"), json::value("red"));
    EXPECT_EQ(status.at("shading"), json::value("#ff0000"));
}

TEST(Check, FixWithoutOutputWritesInPlaceAndRecordsItInTheHistory)
{
    const fs::path input = copyOf("seed-objectives-2017-2021.odt");
    const std::string before = readFile(input);
    const CliRun run = runCli({"check", "--fix", input.string()});
    expectClean(run, "eqplan check --fix");
    ASSERT_TRUE(run.exitCode == 0 || run.exitCode == 1) << run.err;
    EXPECT_NE(readFile(input), before);
    const json::value again = checkJson(input);
    EXPECT_EQ(rules(again).count("table.continuation-row"), 0u);
}

TEST(Check, UsageErrorsSayWhatToDo)
{
    CliRun run = runCli({"check"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("eqplan check: check needs the FILE to check"), std::string::npos)
        << run.err;
    run = runCli({"check", "plan.docx", "-o", "out.docx"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("eqplan check: -o names where --fix writes the fixed plan; add --fix"),
              std::string::npos)
        << run.err;
    run = runCli({"check", "plan.docx", "--today", "23-11-2026"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(
        run.err.find("eqplan check: --today \"23-11-2026\" is not a day: give it as 2026-11-23"),
        std::string::npos)
        << run.err;
}

TEST(Check, ADocumentWithoutAPlanIsLeftAlone)
{
    const fs::path input = copyOf("bad-no-plan.docx");
    const std::string before = readFile(input);
    const CliRun run = runCli({"check", "--fix", input.string()});
    expectClean(run, "eqplan check --fix bad-no-plan.docx");
    EXPECT_EQ(run.exitCode, 4) << run.err;
    EXPECT_EQ(readFile(input), before);
}
} // namespace
