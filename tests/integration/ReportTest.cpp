// `eqplan report` run as a user runs it on the seeds and the inline- and term-dated layout: the
// entries dated in the period, and only they, read back from the PDF (poppler) and from the .odt
// (its content.xml); the PDF passes what the plan's PDF passes (tagged, PDF/UA, PDF/A, title,
// language, a bookmark per objective, pictures with alternative text); the .odt and .docx have
// real headings and lists; the plan is never changed; an empty period exits 4, word for word.
#include "CliTest.hpp"
#include "InspectJson.hpp"
#include "JsonAt.hpp"
#include "PdfReadBack.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
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
using eqplan::test::outline;
using eqplan::test::pdfFigures;
using eqplan::test::pdfText;
using eqplan::test::readFile;
using eqplan::test::runCli;
using eqplan::test::squeezed;
using eqplan::test::tool;

std::string str(const json::value& value)
{
    return value.is_string() ? std::string(value.as_string()) : std::string();
}

// A file inside a zip (an .odt's content.xml, a .docx's word/document.xml), through Python.
std::string zipped(const fs::path& archive, const std::string& member)
{
    return tool(EQPLAN_SYSTEM_PYTHON,
                {"-c",
                 "import sys,zipfile;sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("
                 "sys.argv[2]).decode())",
                 archive.string(), member});
}

// The text of an .odt's body: its content.xml with the tags taken out.
std::string odtText(const fs::path& odt)
{
    const std::string xml = zipped(odt, "content.xml");
    std::string text;
    bool inTag = false;
    for (char c : xml)
    {
        if (c == '<')
            inTag = true;
        else if (c == '>')
        {
            inTag = false;
            text += ' ';
        }
        else if (!inTag)
            text += c;
    }
    // The few entities an item may hold.
    for (const auto& [entity, character] : {std::pair<std::string, std::string>{"&apos;", "'"},
                                            {"&quot;", "\""},
                                            {"&lt;", "<"},
                                            {"&gt;", ">"},
                                            {"&amp;", "&"}})
        for (std::size_t at; (at = text.find(entity)) != std::string::npos;)
            text.replace(at, entity.size(), character);
    return text;
}

// Each progress item of the plan, as the report writes it, with whether it is dated in the
// period (the period its date names starts within [since, until], as ISO days compare).
struct Expected
{
    std::vector<std::string> in, out, undated;
};

std::string itemText(const json::value& item)
{
    const std::string label = str(at(item, "/label"));
    return label.empty() ? str(at(item, "/text")) : label + " " + str(at(item, "/text"));
}

Expected expectedOf(const json::value& plan, const std::string& since, const std::string& until)
{
    Expected e;
    for (const json::value& objective : at(plan, "/objectives").as_array())
        for (const json::value& entry : at(objective, "/progress").as_array())
        {
            const json::value& date = at(entry, "/date");
            std::vector<std::string>* into = &e.undated;
            if (date.is_object())
            {
                const std::string first = str(at(date, "/first"));
                into = first >= since && first <= until ? &e.in : &e.out;
            }
            for (const json::value& item : at(entry, "/items").as_array())
                if (!str(at(item, "/text")).empty())
                    into->push_back(itemText(item));
        }
    return e;
}

struct ReportCase
{
    std::string file;
    std::string since, until; // as given to --since and --until
    std::string first, last;  // the period's days
    std::size_t entriesIn;
};

std::ostream& operator<<(std::ostream& out, const ReportCase& c)
{
    return out << c.file << " " << c.since << ".." << c.until;
}

class ReportSeed : public testing::TestWithParam<ReportCase>
{
};

TEST_P(ReportSeed, ThePdfAndTheOdtHoldTheEntriesOfThePeriodAndOnlyThem)
{
    const ReportCase& c = GetParam();
    const fs::path source = copyOf(c.file);
    const std::string before = readFile(source);
    const json::value plan = inspectJson(source);
    const Expected expected = expectedOf(plan, c.first, c.last);
    ASSERT_FALSE(expected.in.empty());
    ASSERT_FALSE(expected.out.empty()) << "the case must leave some entries out";
    const std::size_t objectives = at(plan, "/objectives").as_array().size();

    const fs::path pdf = source.parent_path() / "report.pdf";
    const CliRun run = runCli({"report", source.string(), "--since", c.since, "--until", c.until,
                               "-o", pdf.string(), "--today", "2024-06-01"});
    expectClean(run, "eqplan report");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Wrote " + pdf.string() + ": " + std::to_string(c.entriesIn) +
                           " progress entries"),
              std::string::npos)
        << run.out;
    EXPECT_TRUE(readFile(source) == before) << "the report changed the plan";

    // The text: the entries in the period, not those outside it; undated ones apart.
    const std::string text = squeezed(pdfText(pdf));
    for (const std::string& item : expected.in)
        EXPECT_NE(text.find(squeezed(item)), std::string::npos) << "missing: " << item;
    for (const std::string& item : expected.out)
        EXPECT_EQ(text.find(squeezed(item)), std::string::npos) << "outside the period: " << item;
    if (!expected.undated.empty())
    {
        const std::size_t apart = text.find("Notdated");
        ASSERT_NE(apart, std::string::npos);
        for (const std::string& item : expected.undated)
            EXPECT_NE(text.find(squeezed(item), apart), std::string::npos) << item;
    }

    // As the plan's PDF: tagged, PDF/UA and PDF/A, its title, en-GB, a bookmark per objective,
    // both pictures as Figures with alternative text.
    const std::string info = tool("pdfinfo", {pdf.string()});
    EXPECT_NE(info.find("Tagged:          yes\n"), std::string::npos) << info;
    EXPECT_NE(info.find("Title:           " + str(at(plan, "/title")) + ": progress report, "),
              std::string::npos)
        << info;
    const std::string meta = tool("pdfinfo", {"-meta", pdf.string()});
    EXPECT_NE(meta.find("<pdfuaid:part>1</pdfuaid:part>"), std::string::npos) << meta;
    EXPECT_NE(meta.find("<pdfaid:part>2</pdfaid:part>"), std::string::npos) << meta;
    EXPECT_NE(readFile(pdf).find("/Lang(en-GB)"), std::string::npos);
    const std::vector<std::string> bookmarks = outline(pdf);
    std::size_t perObjective = 0;
    for (const std::string& bookmark : bookmarks)
        perObjective += bookmark.starts_with("Objective ");
    EXPECT_EQ(perObjective, objectives) << testing::PrintToString(bookmarks);
    const std::vector<std::string> figures = pdfFigures(pdf);
    ASSERT_EQ(figures.size(), 2u) << testing::PrintToString(figures);
    EXPECT_NE(figures[0].find("9 protected characteristics"), std::string::npos) << figures[0];
    EXPECT_NE(figures[1].find("A timeline of the dated progress entries"), std::string::npos)
        << figures[1];

    // The .odt: the same entries, real headings and lists.
    const fs::path odt = source.parent_path() / "report.odt";
    ASSERT_EQ(runCli({"report", source.string(), "--since", c.since, "--until", c.until, "-o",
                      odt.string(), "--today", "2024-06-01"})
                  .exitCode,
              0);
    const std::string odtWords = squeezed(odtText(odt));
    for (const std::string& item : expected.in)
        EXPECT_NE(odtWords.find(squeezed(item)), std::string::npos) << "missing: " << item;
    for (const std::string& item : expected.out)
        EXPECT_EQ(odtWords.find(squeezed(item)), std::string::npos) << "outside: " << item;
    const std::string content = zipped(odt, "content.xml");
    EXPECT_NE(content.find("<text:h text:style-name=\"Heading_20_3\" text:outline-level=\"3\""),
              std::string::npos);
    EXPECT_NE(content.find("<text:list "), std::string::npos);
    fs::remove_all(source.parent_path());
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, ReportSeed,
    testing::Values(
        // The seed's reviews are December 2018, March 2020 and March 2021.
        ReportCase{"seed-action-plan-2018-2021.docx", "2020-09", "2021-08", "2020-09-01",
                   "2021-08-31", 3},
        ReportCase{"seed-action-plan-2018-2021.odt", "2019-09", "2020-08", "2019-09-01",
                   "2020-08-31", 3},
        // Inline dates: months, terms (Autumn Term 2022, Spring Terms 2023 and 2024), days.
        ReportCase{"layout-inline-dated.docx", "2023-09", "2024-08", "2023-09-01", "2024-08-31", 5},
        ReportCase{"layout-inline-dated.odt", "autumn-2022", "2023-08", "2022-09-01", "2023-08-31",
                   2}));

TEST(Report, DocxHasRealHeadingsAndLists)
{
    const fs::path source = copyOf("layout-inline-dated.docx");
    const fs::path docx = source.parent_path() / "report.docx";
    const CliRun run = runCli({"report", source.string(), "--since", "2023-09", "-o", docx.string(),
                               "--today", "2024-06-01"});
    expectClean(run, "eqplan report");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string xml = zipped(docx, "word/document.xml");
    EXPECT_NE(xml.find("<w:pStyle w:val=\"Heading3\"/>"), std::string::npos);
    EXPECT_NE(xml.find("<w:numPr>"), std::string::npos);
    EXPECT_NE(xml.find("Objective 1: "), std::string::npos);
    fs::remove_all(source.parent_path());
}

TEST(Report, APeriodWithNoDatedProgressExitsFourAndWritesNothing)
{
    const fs::path source = copyOf("seed-action-plan-2018-2021.docx");
    const fs::path pdf = source.parent_path() / "report.pdf";
    const CliRun run = runCli({"report", source.string(), "--since", "2022-09", "--until",
                               "2023-08", "-o", pdf.string()});
    expectClean(run, "eqplan report");
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_EQ(run.err, "eqplan report: No progress is dated from 1 September 2022 to 31 August 2023 for "
                       "any of the plan's 3 objectives: there is nothing to report. No report "
                       "was written.\n");
    EXPECT_FALSE(fs::exists(pdf));
    fs::remove_all(source.parent_path());
}

TEST(Report, SinceTheLastReviewAndThisAcademicYearAreTheDecksChoices)
{
    const fs::path source = copyOf("seed-action-plan-2018-2021.docx");
    // The seed's last review is March 2021: nothing since it by June.
    CliRun run = runCli(
        {"report", source.string(), "--since", "last-review", "--json", "--today", "2021-06-01"});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_EQ(run.err, "eqplan report: No progress is dated since the last review (the review of March "
                       "2021) (from 1 April 2021 to 1 June 2021) for any of the plan's 3 "
                       "objectives: there is nothing to report.\n");
    run = runCli(
        {"report", source.string(), "--since", "academic-year", "--json", "--today", "2021-06-01"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json::value report = json::parse(run.out);
    EXPECT_EQ(str(at(report, "/period/label")), "this academic year (2020\u201321)");
    EXPECT_EQ(str(at(report, "/period/until")), "2021-08-31");
    EXPECT_EQ(at(report, "/summary/entries").to_number<int>(), 3);
    fs::remove_all(source.parent_path());
}

TEST(Report, UndatedCommentaryIsListedApartNeverGuessedIntoThePeriod)
{
    // The 2017 seed's progress has no dates at all.
    const fs::path source = copyOf("seed-objectives-2017-2021.docx");
    const CliRun run =
        runCli({"report", source.string(), "--since", "2017-09", "--until", "2021-08", "--json"});
    EXPECT_EQ(run.exitCode, 4) << run.err;
    const json::value report = json::parse(run.out);
    EXPECT_EQ(at(report, "/summary/entries").to_number<int>(), 0);
    std::size_t undated = 0;
    for (const json::value& objective : at(report, "/objectives").as_array())
    {
        EXPECT_TRUE(at(objective, "/entries").as_array().empty());
        undated += at(objective, "/undated").as_array().size();
    }
    EXPECT_GT(undated, 0u);
    fs::remove_all(source.parent_path());
}

TEST(Report, JsonMatchesItsSchemaAndTheDocument)
{
    const fs::path source = copyOf("layout-inline-dated.odt");
    const CliRun run = runCli({"report", source.string(), "--since", "2023-09", "--until",
                               "2024-08", "--json", "--today", "2024-06-01"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const fs::path out = source.parent_path() / "report.json";
    {
        std::ofstream file(out);
        file << run.out;
    }
    const std::string verdict =
        tool(EQPLAN_SYSTEM_PYTHON,
             {"-c",
              "import json,sys;from jsonschema import Draft202012Validator,FormatChecker;"
              "v=Draft202012Validator(json.load(open(sys.argv[1])),format_checker=FormatChecker());"
              "e=[x.message for x in v.iter_errors(json.load(open(sys.argv[2])))];"
              "print(\"valid\" if not e else e)",
              EQPLAN_SOURCE_DIR "/schemas/report.schema.json", out.string()});
    EXPECT_EQ(verdict, "valid\n");
    const json::value report = json::parse(run.out);
    EXPECT_EQ(str(at(report, "/period/since")), "2023-09-01");
    EXPECT_EQ(at(report, "/summary/entries").to_number<int>(), 5);
    // Objective 2 is term-dated: Spring Term 2024 only.
    const json::array& entries = at(report, "/objectives/1/entries").as_array();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(str(at(entries[0], "/heading")), "Spring Term 2024:");
    EXPECT_EQ(str(at(entries[0], "/date/precision")), "term");
    fs::remove_all(source.parent_path());
}

TEST(Report, UsageErrorsSayWhatIsMissing)
{
    const fs::path source = copyOf("layout-inline-dated.docx");
    CliRun run = runCli({"report", source.string(), "-o", "x.pdf"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
              "eqplan report: report needs --since DATE: the first day of the period");
    run = runCli({"report", source.string(), "--since", "2023-09", "-o", "x.txt"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
              "eqplan report: cannot write a report to x.txt: give a .pdf, .odt or .docx file");
    run = runCli({"report", source.string(), "--since", "2024-09", "--until", "2023-08", "--json"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
              "eqplan report: the period ends (2023-08-31) before it starts (2024-09-01)");
    // Never over the plan itself.
    const std::string before = readFile(source);
    run = runCli({"report", source.string(), "--since", "2023-09", "-o", source.string()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
              "eqplan report: the report would overwrite the plan itself: give another -o");
    EXPECT_TRUE(readFile(source) == before);
    fs::remove_all(source.parent_path());
}
} // namespace
