// `eqplan export-pdf` run as a user runs it, with the PDF read back by poppler (pdfinfo,
// pdftotext, pdftohtml) rather than trusting the flags eqplan passed: tagged, PDF/UA and
// PDF/A identification, title, language, table headers, one bookmark per objective, every
// objective and progress entry in the text and nothing from the staff room; the source file is
// never changed; what blocks publishing is refused word for word, and --force overrides it.
#include "CliTest.hpp"
#include "InspectJson.hpp"
#include "JsonAt.hpp"
#include "PdfReadBack.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <regex>
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
using eqplan::test::makeTempFolder;
using eqplan::test::outline;
using eqplan::test::pagesOf;
using eqplan::test::pdfFigures;
using eqplan::test::pdfText;
using eqplan::test::readFile;
using eqplan::test::runCli;
using eqplan::test::squeezed;
using eqplan::test::tool;

fs::path fixture(const std::string& fileName)
{
    return fs::path(EQPLAN_FIXTURE_DIR) / fileName;
}

// Whether a paragraph's text is in the PDF: whole on one page, or begun on one page and ended on
// the next (a table row that breaks across pages puts the rest of the row's first lines and the
// repeated header row between the two halves).
bool inPdfText(const std::vector<std::string>& pages, const std::string& paragraph)
{
    const std::string needle = squeezed(paragraph);
    for (std::size_t page = 0; page < pages.size(); ++page)
    {
        if (pages[page].find(needle) != std::string::npos)
            return true;
        for (std::size_t split = 1; page + 1 < pages.size() && split < needle.size(); ++split)
            if (pages[page].find(needle.substr(0, split)) != std::string::npos &&
                pages[page + 1].find(needle.substr(split)) != std::string::npos)
                return true;
    }
    return false;
}

// Each paragraph of a field's text ("a\nb"), in the PDF.
void expectInPdfText(const std::vector<std::string>& pages, const std::string& text,
                     const std::string& what)
{
    std::size_t start = 0;
    for (std::size_t end = 0; end != std::string::npos; start = end + 1)
    {
        end = text.find('\n', start);
        const std::string paragraph = text.substr(start, end - start);
        if (!squeezed(paragraph).empty())
        {
            EXPECT_TRUE(inPdfText(pages, paragraph)) << what << ": \"" << paragraph << "\"";
        }
    }
}

std::string str(const json::value& value)
{
    return value.is_string() ? std::string(value.as_string()) : std::string();
}

// Runs `eqplan export-pdf FILE -o OUT arguments...` on a copy; the copy must be unchanged
// and its folder must hold nothing new but OUT (no temporary file, no lock file).
CliRun publish(const fs::path& file, const fs::path& pdf, std::vector<std::string> arguments = {})
{
    const std::string before = readFile(file);
    // As of a day when these 2017–2021 plans were current, so that the calendar rules of the
    // checks (objectives over 4 years old) do not refuse them; PublishCalendar tests that.
    arguments.insert(arguments.begin(),
                     {"export-pdf", file.string(), "-o", pdf.string(), "--today", "2021-06-01"});
    const CliRun run = runCli(arguments);
    expectClean(run, "eqplan export-pdf " + file.string());
    EXPECT_TRUE(readFile(file) == before) << "publishing changed " << file;
    std::vector<std::string> names;
    for (const fs::directory_entry& entry : fs::directory_iterator(file.parent_path()))
        if (entry.path() != file && entry.path() != pdf)
            names.push_back(entry.path().filename().string());
    EXPECT_TRUE(names.empty()) << "left beside the file: " << names.front();
    return run;
}

// ---- The seeds, published --------------------------------------------------------------------

struct SeedCase
{
    std::string file;
    bool needsForce; // the seed has something the check refuses
};

std::ostream& operator<<(std::ostream& out, const SeedCase& c)
{
    return out << c.file;
}

class PublishSeed : public testing::TestWithParam<SeedCase>
{
};

TEST_P(PublishSeed, GivesAnAccessiblePdfWithEveryObjectiveAndNothingPersonal)
{
    const fs::path source = copyOf(GetParam().file);
    const fs::path pdf = source.parent_path() / "plan.pdf";
    const json::value plan = inspectJson(source);
    const json::array& objectives = at(plan, "/objectives").as_array();
    ASSERT_FALSE(objectives.empty());

    const CliRun run = publish(source, pdf,
                               GetParam().needsForce ? std::vector<std::string>{"--force"}
                                                     : std::vector<std::string>{});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Published " + pdf.string() + ": tagged PDF/UA and PDF/A-2b, " +
                           std::to_string(objectives.size()) + " objectives in the outline\n"),
              std::string::npos)
        << run.out;
    ASSERT_TRUE(fs::exists(pdf));

    // What a reader's PDF viewer reports.
    const std::string info = tool("pdfinfo", {pdf.string()});
    EXPECT_NE(info.find("Tagged:          yes\n"), std::string::npos) << info;
    EXPECT_NE(info.find("Title:           " + str(at(plan, "/title")) + "\n"), std::string::npos)
        << info;
    EXPECT_EQ(info.find("Author:"), std::string::npos) << "the author was published:\n" << info;
    const std::string meta = tool("pdfinfo", {"-meta", pdf.string()});
    EXPECT_NE(meta.find("<pdfuaid:part>1</pdfuaid:part>"), std::string::npos) << meta;
    EXPECT_NE(meta.find("<pdfaid:part>2</pdfaid:part>"), std::string::npos) << meta;
    EXPECT_NE(meta.find("<pdfaid:conformance>B</pdfaid:conformance>"), std::string::npos) << meta;
    EXPECT_EQ(meta.find("eqplan fixtures"), std::string::npos) << "the author is in the XMP";
    // The catalogue: language, window title, opening with the outline.
    const std::string raw = readFile(pdf);
    EXPECT_NE(raw.find("/Lang(en-GB)"), std::string::npos);
    EXPECT_NE(raw.find("/DisplayDocTitle true"), std::string::npos);
    EXPECT_NE(raw.find("/PageMode/UseOutlines"), std::string::npos);

    // The structure tree: a table with header cells and data cells.
    const std::string structure = tool("pdfinfo", {"-struct-text", pdf.string()});
    for (const char* tag : {"Table", "TR", "TH", "TD"})
        EXPECT_TRUE(std::regex_search(
            structure, std::regex(std::string("\n *") + tag + "( \\([a-zA-Z]+\\))?:\n")))
            << "no " << tag << " in the structure tree";

    // The outline: the title, one entry per objective in order, the key to owners.
    const std::vector<std::string> bookmarks = outline(pdf);
    ASSERT_EQ(bookmarks.size(), objectives.size() + 2) << testing::PrintToString(bookmarks);
    EXPECT_EQ(squeezed(bookmarks.front()), squeezed(str(at(plan, "/title"))));
    for (std::size_t i = 0; i < objectives.size(); ++i)
    {
        std::string first = str(at(objectives[i], "/objective/text"));
        first = first.substr(0, first.find('\n'));
        const std::string bookmark = squeezed(bookmarks[i + 1]);
        EXPECT_TRUE(bookmark.ends_with(squeezed(first)))
            << "objective " << i + 1 << ": \"" << bookmarks[i + 1] << "\" is not \"" << first
            << "\"";
    }
    EXPECT_EQ(bookmarks.back(), "Key to owners");

    // The text: every objective, every progress entry, the key to owners.
    const std::string fullText = pdfText(pdf);
    const std::vector<std::string> pages = pagesOf(fullText);
    for (const json::value& objective : objectives)
    {
        const std::string number =
            "objective " + std::to_string(at(objective, "/number").to_number<int>());
        expectInPdfText(pages, str(at(objective, "/objective/text")), number);
        for (const json::value& entry : at(objective, "/progress").as_array())
        {
            expectInPdfText(pages, str(at(entry, "/heading")), number + " heading");
            for (const json::value& item : at(entry, "/items").as_array())
                expectInPdfText(pages, str(at(item, "/text")), number + " progress");
        }
    }
    const std::string text = squeezed(fullText);

    // The header row on every page the table is on: up to the page where the key to owners
    // starts (the key comes after the table), and that page too if the table ends on it.
    for (std::size_t page = 0; page < pages.size(); ++page)
    {
        const std::size_t keyAt = pages[page].find("Keytoowners");
        if (keyAt == 0)
            break;
        for (const json::value& column : at(plan, "/tables/0/columns").as_array())
            EXPECT_NE(pages[page].find(squeezed(str(at(column, "/header")))), std::string::npos)
                << "page " << page + 1 << " has no header \"" << str(at(column, "/header")) << "\"";
        if (keyAt != std::string::npos)
            break;
    }
    const std::size_t key = text.find("Keytoowners");
    ASSERT_NE(key, std::string::npos);
    for (const json::value& owner : at(plan, "/owners").as_array())
        EXPECT_NE(text.find(squeezed(str(at(owner, "/name")) + ":objective"), key),
                  std::string::npos)
            << str(at(owner, "/name")) << " is not in the key";

    // Page 1 as a picture, to look at.
    const fs::path pictures = fs::path(EQPLAN_BUILD_DIR) / "tests" / "publish";
    fs::create_directories(pictures);
    const std::string stem = fs::path(GetParam().file).stem().string() + "-" +
                             fs::path(GetParam().file).extension().string().substr(1);
    tool("pdftoppm", {"-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.string(),
                      (pictures / stem).string()});
    EXPECT_GT(fs::file_size(pictures / (stem + ".png")), 10000u);
    fs::remove_all(source.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Seeds, PublishSeed,
                         testing::Values(SeedCase{"seed-action-plan-2018-2021.docx", true},
                                         SeedCase{"seed-action-plan-2018-2021.odt", true},
                                         SeedCase{"seed-objectives-2017-2021.docx", false},
                                         SeedCase{"publish-ready.docx", false}),
                         [](const testing::TestParamInfo<SeedCase>& param)
                         {
                             std::string name = param.param.file;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name;
                         });

// ---- The pre-publication check -------------------------------------------------------------

class PublishFormat : public testing::TestWithParam<std::string>
{
};

TEST_P(PublishFormat, RefusesAPendingCommentThenForceLeavesItOut)
{
    const fs::path source = copyOf("publish-comment." + GetParam());
    const fs::path pdf = source.parent_path() / "plan.pdf";
    CliRun run = publish(source, pdf);
    EXPECT_EQ(run.exitCode, 6);
    EXPECT_EQ(run.err,
              "eqplan export-pdf: not published: " + source.string() +
                  " has 1 thing to resolve first:\n"
                  "  - A comment by B Head (1 March 2021) in objective 2's objective "
                  "text (cell B4): \u201cPelican figures are wrong, do not publish yet\u201d. "
                  "Resolve it and delete it.\n"
                  "eqplan export-pdf: use --force to publish anyway\n");
    EXPECT_FALSE(fs::exists(pdf)) << "a refused plan was published";

    run = publish(source, pdf, {"--force"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Published with --force despite:\n  - A comment by B Head"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("Resolve it and delete it. (left out of the PDF)\n"), std::string::npos)
        << run.out;
    const std::string text = pdfText(pdf);
    EXPECT_EQ(text.find("Pelican"), std::string::npos) << "the comment was published";
    EXPECT_NE(squeezed(text).find(squeezed("across the college by 2%")), std::string::npos);
    fs::remove_all(source.parent_path());
}

TEST_P(PublishFormat, RefusesPendingTrackedChangesThenForceAcceptsThem)
{
    const fs::path source = copyOf("publish-tracked-changes." + GetParam());
    const fs::path pdf = source.parent_path() / "plan.pdf";
    CliRun run = publish(source, pdf);
    EXPECT_EQ(run.exitCode, 6);
    const std::string change = "  - A tracked change by A Governor (1 March 2021) is still "
                               "pending in objective 1's progress (cell C3): ";
    const std::string manage = ". Accept or reject it (Edit \u25b8 Track Changes \u25b8 Manage).";
    EXPECT_EQ(run.err, "eqplan export-pdf: not published: " + source.string() +
                           " has 2 things to resolve first:\n" + change +
                           "deleted \u201cThe walrus complaint was settled out of court.\u201d" +
                           manage + "\n" + change +
                           "inserted \u201c3) Marmalade assembly rota agreed with the "
                           "governors\u201d" +
                           manage + "\neqplan export-pdf: use --force to publish anyway\n");
    EXPECT_FALSE(fs::exists(pdf)) << "a refused plan was published";

    run = publish(source, pdf, {"--force"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("(accepted: inserted text is published, deleted text is not)\n"),
              std::string::npos)
        << run.out;
    const std::string text = squeezed(pdfText(pdf));
    EXPECT_EQ(text.find("walrus"), std::string::npos) << "deleted text was published";
    EXPECT_NE(text.find(squeezed("3) Marmalade assembly rota agreed with the governors")),
              std::string::npos)
        << "the accepted insertion is missing";
    fs::remove_all(source.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Formats, PublishFormat, testing::Values("docx", "odt"));

TEST(Publish, RefusesAPictureWithoutAlternativeText)
{
    const fs::path source = copyOf("publish-image-no-alt.docx");
    const fs::path pdf = source.parent_path() / "plan.pdf";
    const CliRun run = publish(source, pdf);
    EXPECT_EQ(run.exitCode, 6);
    EXPECT_EQ(run.err, "eqplan export-pdf: not published: " + source.string() +
                           " has 1 thing to resolve first:\n"
                           "  - The picture \"Picture 1\" in the text above the plan table has no "
                           "alternative text, so a screen reader cannot say what it shows. Give it "
                           "some (right-click \u25b8 Properties \u25b8 Options \u25b8 Alternative "
                           "text; in Word, Edit Alt Text).\n"
                           "eqplan export-pdf: use --force to publish anyway\n");
    EXPECT_FALSE(fs::exists(pdf));
    fs::remove_all(source.parent_path());
}

TEST(Publish, RefusesAnItemTypedAtTheEndOfAnother)
{
    // The seed's "2) Pastoral lead capacity built to tackle problem 3) Early evidence..." is
    // read by a screen reader as "...tackle problem three, early evidence...".
    const fs::path source = copyOf("seed-action-plan-2018-2021.docx");
    const fs::path pdf = source.parent_path() / "plan.pdf";
    const CliRun run = publish(source, pdf);
    EXPECT_EQ(run.exitCode, 6);
    EXPECT_EQ(run.err,
              "eqplan export-pdf: not published: " + source.string() +
                  " has 1 thing to resolve first:\n"
                  "  - Item 3) in objective 2's progress under \u201cProgress Commentary As of "
                  "December 2018:\u201d (cell C5) is typed at the end of item 2) (\u201cPastoral "
                  "lead capacity built to tackle problem 3)\u2026\u201d), so a screen reader reads "
                  "the two as one sentence. Start \"3)\" on a line of its own.\n"
                  "eqplan export-pdf: use --force to publish anyway\n");
    EXPECT_FALSE(fs::exists(pdf));
    fs::remove_all(source.parent_path());
}

TEST(Publish, RefusesSymbolFontBullets)
{
    // U+F0B7 pasted from Word's Symbol font: a screen reader says nothing for it, or "private use".
    const fs::path source = copyOf("publish-symbol-bullets.docx");
    const fs::path pdf = source.parent_path() / "plan.pdf";
    const CliRun run = publish(source, pdf);
    EXPECT_EQ(run.exitCode, 6);
    EXPECT_EQ(run.err, "eqplan export-pdf: not published: " + source.string() +
                           " has 1 thing to resolve first:\n"
                           "  - 4 items in objective 1's actions (cell C2) start with a symbol "
                           "font's bullet that a screen reader cannot say (the first is \u201cUse "
                           "of digital signage to promote British Values\u201d). Make them a real "
                           "bulleted list (Format \u25b8 Bullets and Numbering).\n"
                           "eqplan export-pdf: use --force to publish anyway\n");
    EXPECT_FALSE(fs::exists(pdf));
    fs::remove_all(source.parent_path());
}

TEST(Publish, HiddenTextNeverReachesThePdf)
{
    const fs::path source = copyOf("publish-ready.odt");
    const fs::path pdf = source.parent_path() / "plan.pdf";
    const CliRun run = publish(source, pdf);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find("Published for parents and governors."), std::string::npos) << text;
    EXPECT_EQ(text.find("otter"), std::string::npos) << "hidden text was published";
    fs::remove_all(source.parent_path());
}

TEST(Publish, NoPdfaGivesPdfUaAlone)
{
    const fs::path source = copyOf("publish-ready.docx");
    const fs::path pdf = source.parent_path() / "plan.pdf";
    const CliRun run = publish(source, pdf, {"--no-pdfa"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find(": tagged PDF/UA, 3 objectives in the outline\n"), std::string::npos)
        << run.out;
    const std::string meta = tool("pdfinfo", {"-meta", pdf.string()});
    EXPECT_NE(meta.find("<pdfuaid:part>1</pdfuaid:part>"), std::string::npos) << meta;
    EXPECT_EQ(meta.find("pdfaid"), std::string::npos) << meta;
    fs::remove_all(source.parent_path());
}

// --at-a-glance: a last page with the coverage matrix and the review timeline, each a Figure
// with alternative text that says what it shows; the PDF still tagged, PDF/UA and PDF/A, with
// the page in the outline.
class PublishAtAGlance : public testing::TestWithParam<std::string>
{
};

TEST_P(PublishAtAGlance, AddsBothPicturesAsFiguresWithAlternativeText)
{
    const fs::path source = copyOf("publish-ready." + GetParam());
    const fs::path pdf = source.parent_path() / "plan.pdf";
    const CliRun run = publish(source, pdf, {"--at-a-glance"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::vector<std::string> figures = pdfFigures(pdf);
    ASSERT_EQ(figures.size(), 2u) << testing::PrintToString(figures);
    EXPECT_NE(figures[0].find("the 9 protected characteristics"),
              std::string::npos)
        << figures[0];
    EXPECT_NE(figures[1].find("A timeline of the dated progress entries of 3 objectives"),
              std::string::npos)
        << figures[1];
    const std::string info = tool("pdfinfo", {pdf.string()});
    EXPECT_NE(info.find("Tagged:          yes\n"), std::string::npos) << info;
    const std::string meta = tool("pdfinfo", {"-meta", pdf.string()});
    EXPECT_NE(meta.find("<pdfuaid:part>1</pdfuaid:part>"), std::string::npos) << meta;
    EXPECT_NE(meta.find("<pdfaid:part>2</pdfaid:part>"), std::string::npos) << meta;
    EXPECT_NE(readFile(pdf).find("/Lang(en-GB)"), std::string::npos);
    const std::vector<std::string> bookmarks = outline(pdf);
    ASSERT_GE(bookmarks.size(), 3u);
    EXPECT_EQ(std::vector<std::string>(bookmarks.end() - 3, bookmarks.end()),
              (std::vector<std::string>{"At a glance", "Coverage of the equality duty",
                                        "Review timeline"}));
    // The page starts with its heading; the pictures' words are drawn, not lost.
    const std::vector<std::string> pages = pagesOf(pdfText(pdf));
    EXPECT_TRUE(std::any_of(pages.begin(), pages.end(),
                            [](const std::string& page) { return page.starts_with("Ataglance"); }));
    EXPECT_NE(squeezed(pdfText(pdf)).find("last12months"), std::string::npos);
    // Without the option there is no such page.
    fs::remove(pdf);
    const fs::path plain = source.parent_path() / "plain.pdf";
    ASSERT_EQ(publish(source, plain).exitCode, 0);
    EXPECT_TRUE(pdfFigures(plain).empty());
    EXPECT_EQ(squeezed(pdfText(plain)).find("Ataglance"), std::string::npos);
    fs::remove_all(source.parent_path());
}

INSTANTIATE_TEST_SUITE_P(Formats, PublishAtAGlance, testing::Values("docx", "odt"));

TEST(Publish, KeepMetadataKeepsTheAuthor)
{
    const fs::path source = copyOf("publish-ready.docx");
    const fs::path pdf = source.parent_path() / "plan.pdf";
    const CliRun run = publish(source, pdf, {"--keep-metadata"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(tool("pdfinfo", {pdf.string()}).find("Author:          eqplan fixtures\n"),
              std::string::npos);
    fs::remove_all(source.parent_path());
}

TEST(Publish, UsageAndNoPlan)
{
    CliRun run = runCli({"export-pdf", fixture("publish-ready.docx").string(), "-o", "plan.docx"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
              "eqplan export-pdf: cannot publish to plan.docx: give a .pdf file with -o");
    const fs::path source = copyOf("bad-no-plan.docx");
    const fs::path pdf = source.parent_path() / "plan.pdf";
    run = publish(source, pdf);
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_NE(run.err.find("eqplan export-pdf: no plan table found in " + source.string()),
              std::string::npos)
        << run.err;
    EXPECT_FALSE(fs::exists(pdf));
    fs::remove_all(source.parent_path());
}
} // namespace

// ---- Errors the checks find ------------------------------------------------------------------

TEST(PublishCalendar, RefusesAPlanWhoseObjectivesAreOutOfDate)
{
    const fs::path source = copyOf("publish-ready.docx");
    const fs::path pdf = source.parent_path() / "plan.pdf";
    const std::string before = readFile(source);
    const CliRun run = runCli({"export-pdf", source.string(), "-o", pdf.string(), "--today",
                               "2026-11-23"});
    expectClean(run, "eqplan export-pdf as of 2026-11-23");
    EXPECT_EQ(run.exitCode, 6) << run.err;
    EXPECT_NE(run.err.find("  - The plan's objectives date from 2018, more than 4 years ago. "
                           "Schools must publish equality objectives at least every 4 years: set "
                           "new objectives."),
              std::string::npos)
        << run.err;
    EXPECT_FALSE(fs::exists(pdf));
    EXPECT_EQ(readFile(source), before);
    fs::remove_all(source.parent_path());
}
