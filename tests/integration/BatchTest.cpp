// Many plans in one run (issue 19, item 2): `check` and `inspect` over a folder of good, broken,
// plan-less and locked plans give one report, change nothing, go on past what they cannot read
// and exit with the worst code; --jobs 2 reports the same as one office.
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace
{
using namespace eqplan::test;

// Every file of `folder` (lock files too) with its content.
std::map<std::string, std::string> contentsOf(const fs::path& folder)
{
    std::map<std::string, std::string> out;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder))
        out[entry.path().filename().string()] = readFile(entry.path());
    return out;
}

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

const std::string truncatedSaid =
    "truncated.docx could not be opened: LibreOffice does not read it as a document (it may be "
    "damaged, password-protected, or not a document at all). Open it in Word or Writer, save it "
    "as .docx or .odt, and try again.";

// A folder of five plans: two good ones, one open on another computer (its LibreOffice lock
// beside it: reading does not need the lock), a damaged one and a document without a plan.
class BatchFolder : public testing::Test
{
protected:
    void SetUp() override
    {
        folder = makeTempFolder("eqplan-batch-");
        const fs::path fixtures = EQPLAN_FIXTURE_DIR;
        fs::copy_file(fixtures / "seed-action-plan-2018-2021.docx", folder / "a-seed.docx");
        fs::copy_file(fixtures / "seed-objectives-2017-2021.odt", folder / "b-seed.odt");
        fs::copy_file(fixtures / "seed-action-plan-2018-2021.odt", folder / "c-locked.odt");
        std::ofstream(folder / ".~lock.c-locked.odt#", std::ios::binary)
            << "Mrs E\\, Walker,ewalker,staffroom-pc,02.12.2026 08:05,file:///C:/Users/ewalker;";
        fs::copy_file(fixtures / "bad-no-plan.docx", folder / "d-no-plan.docx");
        fs::copy_file(fixtures / "seed-action-plan-2018-2021.docx", folder / "truncated.docx");
        fs::resize_file(folder / "truncated.docx", 5000);
        before = contentsOf(folder);
    }

    void TearDown() override
    {
        EXPECT_EQ(contentsOf(folder), before) << "the batch changed a file of the folder";
        fs::remove_all(folder);
    }

    std::string plan(const std::string& name) const { return (folder / name).string(); }

    fs::path folder;
    std::map<std::string, std::string> before;
};

TEST_F(BatchFolder, CheckCsvHasARowAPlanAndExitsWithTheWorstCode)
{
    const CliRun run = runCli({"check", "--csv", "--today", "2021-06-01", folder.string()});
    expectClean(run, "eqplan check --csv FOLDER");
    EXPECT_EQ(run.exitCode, 4) << "the worst: a document without a plan\n" << run.err;
    const std::vector<std::string> lines = linesOf(run.out);
    ASSERT_EQ(lines.size(), 6u) << run.out;
    EXPECT_EQ(lines[0], "plan,school title,objectives,last review,errors,warnings,problem");
    // Each read plan's counts are those of `check --json` on it alone.
    for (const auto& [line, name] : std::vector<std::pair<std::string, std::string>>{
             {lines[1], "a-seed.docx"}, {lines[2], "b-seed.odt"}, {lines[3], "c-locked.odt"}})
    {
        const CliRun alone = runCli({"check", "--json", "--today", "2021-06-01", plan(name)});
        const json::value findings = json::parse(alone.out);
        const std::string counts = "," + std::to_string(at(findings, "/counts/error").as_int64()) +
                                   "," +
                                   std::to_string(at(findings, "/counts/warning").as_int64()) + ",";
        EXPECT_EQ(line.rfind(plan(name) + ",", 0), 0u) << line;
        EXPECT_EQ(line.substr(line.size() - counts.size()), counts) << line;
    }
    EXPECT_EQ(lines[1], plan("a-seed.docx") + ",Equality Action Plan 2018-2021,3,2021-03," +
                            lines[1].substr(lines[1].find("2021-03,") + 8));
    EXPECT_EQ(lines[5], plan("truncated.docx") + ",,,,,,\"" + truncatedSaid + "\"");
    EXPECT_EQ(lines[4].rfind(plan("d-no-plan.docx") + ",,,,,,\"no plan table found. ", 0), 0u)
        << lines[4];
    EXPECT_EQ(run.err, "") << "no progress when standard error is not a terminal";
}

TEST_F(BatchFolder, CheckTextReportSaysEachPlanThenTheCounts)
{
    const CliRun run = runCli({"check", "--today", "2021-06-01", plan("a-seed.docx"),
                               plan("truncated.docx"), plan("c-locked.odt")});
    expectClean(run, "eqplan check A B C");
    EXPECT_EQ(run.exitCode, 3) << run.err;
    const std::vector<std::string> lines = linesOf(run.out);
    ASSERT_EQ(lines.size(), 5u) << run.out;
    EXPECT_EQ(lines[0].rfind(plan("a-seed.docx") + ": Equality Action Plan 2018-2021 — 3 "
                                                   "objectives, latest review 2021-03: ",
                             0),
              0u)
        << lines[0];
    EXPECT_EQ(lines[1], plan("truncated.docx") + ": not read (exit 3): " + truncatedSaid);
    EXPECT_EQ(lines[2].rfind(plan("c-locked.odt") + ": Equality Action Plan 2018-2021", 0), 0u);
    EXPECT_EQ(lines[3], "");
    EXPECT_EQ(lines[4], "3 plans, 2 read, 1 with exit 3.");
}

TEST_F(BatchFolder, InspectJsonLinesAndJobsTwoGiveTheSameReport)
{
    const CliRun one = runCli({"inspect", "--json", folder.string()});
    expectClean(one, "eqplan inspect --json FOLDER");
    EXPECT_EQ(one.exitCode, 4) << one.err;
    const std::vector<std::string> lines = linesOf(one.out);
    ASSERT_EQ(lines.size(), 5u) << one.out;
    EXPECT_EQ(at(json::parse(lines[0]), "/title"), json::value("Equality Action Plan 2018-2021"));
    EXPECT_EQ(at(json::parse(lines[2]), "/source/file"), json::value("c-locked.odt"));
    EXPECT_EQ(json::parse(lines[4]),
              json::parse("{\"file\":" + json::serialize(json::value(plan("truncated.docx"))) +
                          ",\"exit\":3,\"error\":" + json::serialize(json::value(truncatedSaid)) +
                          "}"));
    const CliRun two = runCli({"inspect", "--json", "--jobs", "2", folder.string()});
    expectClean(two, "eqplan inspect --json --jobs 2 FOLDER");
    EXPECT_EQ(two.exitCode, 4) << two.err;
    EXPECT_EQ(two.out, one.out);
}

// Plans named in Welsh, with spaces and a dash, are read whatever the locale says (under LC_ALL=C
// LibreOffice could not open them), by one office and by the parts of a --jobs run, which are
// started through the SDK's process layer.
TEST(Batch, PlansWithWelshNamesAreReadInAnyLocale)
{
    const fs::path folder = makeTempFolder("eqplan-batch-names-");
    const fs::path fixtures = EQPLAN_FIXTURE_DIR;
    const std::string first = (folder / "Ysgol y Dôl – cynllun.docx").string();
    const std::string second = (folder / "Ysgol Gymraeg Bro Ŵyr.odt").string();
    fs::copy_file(fixtures / "seed-action-plan-2018-2021.docx", first);
    fs::copy_file(fixtures / "seed-objectives-2017-2021.odt", second);
    CliOptions utf8;
    utf8.environment = {"LC_ALL=C.UTF-8"};
    const CliRun one = runCli({"check", "--csv", "--today", "2021-06-01", first, second}, utf8);
    expectClean(one, "eqplan check --csv A B");
    ASSERT_EQ(linesOf(one.out).size(), 3u) << one.out;
    EXPECT_EQ(linesOf(one.out)[1].rfind(first + ",Equality Action Plan 2018-2021,3,", 0), 0u)
        << one.out;
    EXPECT_EQ(linesOf(one.out)[2].rfind(second + ",EQUALITY OBJECTIVES", 0), 0u) << one.out;
    for (const char* locale : {"C.UTF-8", "C"})
        for (const char* jobs : {"1", "2"})
        {
            CliOptions options;
            options.environment = {std::string("LC_ALL=") + locale};
            const CliRun run = runCli({"check", "--csv", "--jobs", jobs, "--today", "2021-06-01",
                                       first, second},
                                      options);
            const std::string said =
                std::string("LC_ALL=") + locale + " eqplan check --csv --jobs " + jobs + " A B";
            expectClean(run, said);
            EXPECT_EQ(run.out, one.out) << said << '\n' << run.err;
            EXPECT_EQ(run.exitCode, one.exitCode) << said;
        }
    fs::remove_all(folder);
}

TEST(Batch, OptionsOfOneFileAreRefusedForSeveral)
{
    CliRun run = runCli({"check", "--fix", "a.docx", "b.docx"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
              "eqplan check: --fix changes one FILE at a time; check the plans first, then fix "
              "each");
    run = runCli({"inspect", "--jobs", "0", "a.docx", "b.docx"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
              "eqplan inspect: --jobs takes how many offices read at once, 1 to 16, e.g. --jobs 2");
}
} // namespace

namespace
{
using namespace eqplan::test;

TEST(BatchPublish, EachPdfBesideItsPlanAndTheDamagedOneNamed)
{
    const fs::path folder = makeTempFolder("eqplan-batch-pdf-");
    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / "publish-ready.docx", folder / "ready.docx");
    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / "seed-action-plan-2018-2021.docx",
                  folder / "truncated.docx");
    fs::resize_file(folder / "truncated.docx", 5000);
    const std::string ready = readFile(folder / "ready.docx");
    const CliRun run = runCli({"export-pdf", "--today", "2021-06-01", "--json", folder.string()});
    expectClean(run, "eqplan export-pdf --json FOLDER");
    EXPECT_EQ(run.exitCode, 3) << run.err;
    const std::string pdf = (folder / "ready.pdf").string();
    EXPECT_TRUE(fs::exists(pdf));
    EXPECT_FALSE(fs::exists(folder / "truncated.pdf"));
    EXPECT_TRUE(readFile(folder / "ready.docx") == ready) << "publishing changed the plan";
    const std::string firstLine = run.out.substr(0, run.out.find('\n'));
    const json::value report = json::parse(firstLine);
    EXPECT_EQ(at(report, "/command"), json::value("export-pdf"));
    EXPECT_EQ(at(report, "/written"), json::value(pdf.c_str()));
    EXPECT_EQ(at(json::parse(run.out.substr(firstLine.size() + 1)), "/exit"), json::value(3));
    fs::remove_all(folder);
}
} // namespace
