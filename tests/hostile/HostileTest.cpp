// The CLI on hostile documents (tests/hostile/make_hostile.py): for every document and command,
// the exit code and a fragment of what the user is told; nothing left running or behind; a file
// that was not written is byte for byte as it was; an auto-run macro never runs; external
// entities are never read; and killing LibreOffice in the middle of an update loses nothing.
#include "CliRun.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace
{
namespace fs = std::filesystem;
using eqplan::test::CliRun;
using eqplan::test::expectClean;
using eqplan::test::makeTempFolder;
using eqplan::test::namesIn;
using eqplan::test::readFile;
using eqplan::test::runCli;

// What a hostile document holds that must never reach eqplan's output (make_hostile.py).
const std::string secretWord = "PINEAPPLE-7731-SECRET";

// The file the auto-run macro of macro-on-load.odt would write (make_hostile.py).
fs::path macroMarker()
{
    return fs::path(EQPLAN_HOSTILE_DIR) / "macro-ran.txt";
}

// Where export-pdf publishes a document: away from it, so that its folder holds only it.
fs::path pdfFor(const std::string& file)
{
    return fs::path(file).parent_path().parent_path() /
           (fs::path(file).parent_path().filename().string() + ".pdf");
}

// The arguments of each command on a document; a new command is one line here.
const std::map<std::string, std::function<std::vector<std::string>(const std::string&)>>
    commands{
        {"inspect", [](const std::string& file) { return std::vector<std::string>{"inspect", file}; }},
        {"inspect-json",
         [](const std::string& file) { return std::vector<std::string>{"inspect", "--json", file}; }},
        {"update",
         [](const std::string& file)
         {
             return std::vector<std::string>{"update", file,     "--objective", "1",
                                             "--item", "Hostile point", "--date", "2026-11",
                                             "--by",   "Hostile Test"};
         }},
        {"check",
         [](const std::string& file)
         {
             return std::vector<std::string>{"check", "--fix", "--today", "2026-11-23", file};
         }},
        {"export-pdf",
         [](const std::string& file)
         {
             return std::vector<std::string>{"export-pdf", "--force", file, "-o",
                                             pdfFor(file).string()};
         }},
    };

// Whether a run said it wrote the document it was given.
bool wrote(const std::string& command, int exitCode, const std::string& said)
{
    return (command == "update" && exitCode == 0) ||
           (command == "check" && said.find("Fixed ") != std::string::npos);
}

// How the test prepares its copy of the document.
enum class Setup
{
    Copy,    // a plain copy
    ReadOnly // a copy without write permission
};

// One row of the table: a document, a command, and what eqplan must answer.
struct Case
{
    const char* document;
    const char* command;
    int exitCode;
    const char* says; // a fragment of standard output + standard error
    Setup setup = Setup::Copy;
};

std::ostream& operator<<(std::ostream& out, const Case& c)
{
    return out << c.document << " × " << c.command;
}

// Exit codes (cli/Inspect.hpp): 0 done, 2 usage or no such objective, 3 not a readable text
// document or not writable, 4 no plan table (or no progress column), 5 LibreOffice failed.
const char* const noTables = "The document has no tables.";
const char* const notAPlan = "does not look like an equality plan";
const char* const cannotOpen = "could not be opened: LibreOffice does not read it as a document";
const char* const added = "Objective 1: added";
// check --fix on a plan: the calendar rules find errors in every hostile plan (exit 1).
const char* const nothingToFix = "Nothing to fix safely";
const char* const fixedOne = "Fixed 1 problem";
const char* const published = "tagged PDF/UA and PDF/A-2b";

const Case cases[] = {
    // No plan to find.
    {"no-table.docx", "inspect", 4, noTables},
    {"no-table.docx", "update", 4, noTables},
    {"table-in-page-header.docx", "inspect", 4, noTables},
    {"table-in-page-header.docx", "update", 4, noTables},
    {"empty-cells-everywhere.docx", "inspect", 4, notAPlan},
    {"empty-cells-everywhere.docx", "update", 4, notAPlan},
    // Welsh header words are in schemas/layouts.json: the plan is read (issue 15).
    {"headers-in-welsh.docx", "inspect", 0, "1. Lleihau bwlio"},
    {"headers-in-welsh.docx", "update", 0, added},
    {"header-fourth-row.docx", "inspect", 4, notAPlan},
    {"header-fourth-row.docx", "update", 4, notAPlan},
    {"only-title-rows.docx", "inspect", 4, "(1 plan column recognised)"},
    {"only-title-rows.docx", "update", 4, notAPlan},
    {"many-tables.docx", "inspect", 4, "None of the document's 200 tables looks like"},
    {"many-tables.docx", "update", 4, "None of the document's 200 tables looks like"},
    // Writer reports 333 column separators for the 1000 columns of a row, so readGrid (the
    // office reader, and the sidebar) keeps each row's first 334 cells, the plan's five among
    // them, and finds the plan; from the column widths, too narrow for its grid, the flat ODF
    // reader put the first cells on top of each other and found none.
    {"wide-1000-columns.docx", "inspect", 0, "1 plan table, 1 objective"},
    {"wide-1000-columns.docx", "update", 0, added},
    // A plan, with no objective in it.
    {"header-only.docx", "inspect", 0, "1 plan table, 0 objectives"},
    {"header-only.docx", "update", 2, "the plan table has no objectives yet"},
    {"empty-cells.docx", "inspect", 0, "1 plan table, 0 objectives"},
    {"empty-cells.docx", "update", 2, "the plan table has no objectives yet"},
    // Strange plans that are still plans.
    {"nested-tables.docx", "inspect", 0, "1 plan table, 2 objectives"},
    {"nested-tables.docx", "update", 0, added},
    {"nested-eight-deep.docx", "inspect", 0, "1 plan table, 1 objective"},
    {"nested-eight-deep.docx", "update", 0, added},
    {"merged-everywhere.docx", "inspect", 0, "3. To widen the curriculum"},
    {"merged-everywhere.docx", "update", 0, added},
    {"split-cells.docx", "inspect", 0, "2. To improve attendance\n   Aims: -   Owners: SLT, SENCo"},
    {"split-cells.docx", "update", 0, added},
    {"header-third-row.docx", "inspect", 0, "1 plan table, 2 objectives"},
    {"header-third-row.docx", "update", 0, added},
    {"two-plan-tables.docx", "inspect", 0, "2 plan tables, 3 objectives"},
    {"two-plan-tables.docx", "update", 0, added},
    {"huge-cell-1mb.docx", "inspect", 0, "1 plan table, 2 objectives"},
    {"huge-cell-1mb.docx", "update", 0, added},
    {"long-plan-200-pages.docx", "inspect", 0, "1 plan table, 300 objectives"},
    {"long-plan-200-pages.docx", "update", 0, added},
    {"long-words.docx", "inspect", 0, "1 plan table, 1 objective"},
    {"long-words.docx", "update", 0, added},
    {"strange-dates.docx", "inspect", 0, "2. To reach an objective numbered 2147483648) in text"},
    {"strange-dates.docx", "update", 0, added},
    {"tracked-changes.docx", "inspect", 0, "1 plan table, 2 objectives"},
    {"tracked-changes.docx", "update", 0, added},
    // Text in every script.
    {"right-to-left-combining.docx", "inspect", 0,
     "Owners: \u0645\u062f\u064a\u0631, \u05de\u05e0\u05d4\u05dc"},
    {"right-to-left-combining.docx", "inspect-json", 0,
     "\u062a\u0642\u0644\u064a\u0644 \u0627\u0644\u062a\u0646\u0645\u0631"},
    {"right-to-left-combining.docx", "update", 0, added},
    {"emoji.docx", "inspect", 0, "Owners: \U0001F469\u200D\U0001F3EB Head, \U0001F9D1 SLT"},
    {"emoji.docx", "update", 0, added},
    {"\u00fcn\u00efc\u00f6d\u00e9 plan \U0001F642.docx", "inspect", 0, "1 plan table, 1 objective"},
    {"\u00fcn\u00efc\u00f6d\u00e9 plan \U0001F642.docx", "update", 0, added},
    // Header words written with unusual spaces: the objective is read; there is no progress
    // column eqplan knows to write into.
    {"weird-whitespace.docx", "inspect", 0, "1 plan table, 1 objective"},
    {"weird-whitespace.docx", "update", 4, "has no progress column"},
    // Not what their name says, or damaged.
    {"truncated.docx", "inspect", 3, cannotOpen},
    {"truncated.docx", "update", 3, cannotOpen},
    {"missing-document-part.docx", "inspect", 3, cannotOpen},
    {"missing-document-part.docx", "update", 3, cannotOpen},
    {"malformed-xml.docx", "inspect", 3, cannotOpen},
    {"malformed-xml.docx", "update", 3, cannotOpen},
    // This LibreOffice has no Calc, so a spreadsheet is no document it can open.
    {"renamed-spreadsheet.docx", "inspect", 3, cannotOpen},
    {"renamed-spreadsheet.docx", "update", 3, cannotOpen},
    {"renamed-xlsx.docx", "inspect", 3, cannotOpen},
    {"renamed-xlsx.docx", "update", 3, cannotOpen},
    // LibreOffice imports anything else as plain text: a document without tables.
    {"zero-bytes.docx", "inspect", 4, noTables},
    {"zero-bytes.docx", "update", 4, noTables},
    {"random-bytes.docx", "inspect", 4, noTables},
    {"random-bytes.docx", "update", 4, noTables},
    {"plain-text.docx", "inspect", 4, noTables},
    {"plain-text.docx", "update", 4, noTables},
    // Protected.
    {"password-protected.odt", "inspect", 3,
     "password-protected.odt is password-protected: eqplan cannot read it."},
    {"password-protected.odt", "update", 3,
     "password-protected.odt is password-protected: eqplan cannot read it."},
    {"header-third-row.docx", "inspect", 0, "1 plan table, 2 objectives", Setup::ReadOnly},
    {"header-third-row.docx", "update", 3, "is read-only: eqplan did not change it.",
     Setup::ReadOnly},
    // Attacks: macros stay off (the test checks the macro's file), entities are not expanded.
    {"macro-on-load.odt", "inspect", 0, "1 plan table, 2 objectives"},
    {"macro-on-load.odt", "update", 0, added},
    {"external-entity.fodt", "inspect", 3, cannotOpen},
    {"external-entity.fodt", "update", 3, cannotOpen},
    {"billion-laughs.fodt", "inspect", 3, cannotOpen},
    {"billion-laughs.fodt", "update", 3, cannotOpen},
    // check --fix on every document: the same answers as inspect where there is no plan; on a
    // plan, what it fixed (the calendar rules find errors in all of them: exit 1).
    {"billion-laughs.fodt", "check", 3, cannotOpen},
    {"emoji.docx", "check", 1, nothingToFix},
    {"empty-cells-everywhere.docx", "check", 4, notAPlan},
    {"empty-cells.docx", "check", 1, nothingToFix},
    {"external-entity.fodt", "check", 3, cannotOpen},
    {"header-fourth-row.docx", "check", 4, notAPlan},
    {"header-only.docx", "check", 1, nothingToFix},
    {"header-third-row.docx", "check", 1, fixedOne},
    {"headers-in-welsh.docx", "check", 0, nothingToFix},
    {"huge-cell-1mb.docx", "check", 1, nothingToFix},
    {"long-plan-200-pages.docx", "check", 1, nothingToFix},
    {"long-words.docx", "check", 1, fixedOne},
    {"macro-on-load.odt", "check", 1, fixedOne},
    {"malformed-xml.docx", "check", 3, cannotOpen},
    {"many-tables.docx", "check", 4, "None of the document's 200 tables looks like"},
    {"merged-everywhere.docx", "check", 1, nothingToFix},
    {"missing-document-part.docx", "check", 3, cannotOpen},
    {"nested-eight-deep.docx", "check", 1, nothingToFix},
    {"nested-tables.docx", "check", 1, nothingToFix},
    {"no-table.docx", "check", 4, noTables},
    {"only-title-rows.docx", "check", 4, notAPlan},
    {"password-protected.odt", "check", 3, "is password-protected: eqplan cannot read it."},
    {"plain-text.docx", "check", 4, noTables},
    {"random-bytes.docx", "check", 4, noTables},
    {"renamed-spreadsheet.docx", "check", 3, cannotOpen},
    {"renamed-xlsx.docx", "check", 3, cannotOpen},
    {"right-to-left-combining.docx", "check", 1, nothingToFix},
    {"split-cells.docx", "check", 1, nothingToFix},
    {"strange-dates.docx", "check", 1, nothingToFix},
    {"table-in-page-header.docx", "check", 4, noTables},
    {"tracked-changes.docx", "check", 1, nothingToFix},
    {"truncated.docx", "check", 3, cannotOpen},
    {"two-plan-tables.docx", "check", 1, nothingToFix},
    // Its objective holds a zero width space: text.invisible's safe fix removes it.
    {"weird-whitespace.docx", "check", 1, fixedOne},
    {"wide-1000-columns.docx", "check", 1, nothingToFix},
    {"zero-bytes.docx", "check", 4, noTables},
    {"\u00fcn\u00efc\u00f6d\u00e9 plan \U0001F642.docx", "check", 1, nothingToFix},
    {"header-third-row.docx", "check", 3, "is read-only: eqplan did not change it.",
     Setup::ReadOnly},
    // export-pdf --force on every document: a PDF (elsewhere) wherever there is a plan.
    {"billion-laughs.fodt", "export-pdf", 3, cannotOpen},
    {"emoji.docx", "export-pdf", 0, published},
    {"empty-cells-everywhere.docx", "export-pdf", 4, notAPlan},
    {"empty-cells.docx", "export-pdf", 0, published},
    {"external-entity.fodt", "export-pdf", 3, cannotOpen},
    {"header-fourth-row.docx", "export-pdf", 4, notAPlan},
    {"header-only.docx", "export-pdf", 0, published},
    {"header-third-row.docx", "export-pdf", 0, published},
    {"headers-in-welsh.docx", "export-pdf", 0, published},
    {"huge-cell-1mb.docx", "export-pdf", 0, published},
    {"long-plan-200-pages.docx", "export-pdf", 0, published},
    {"long-words.docx", "export-pdf", 0, published},
    {"macro-on-load.odt", "export-pdf", 0, published},
    {"malformed-xml.docx", "export-pdf", 3, cannotOpen},
    {"many-tables.docx", "export-pdf", 4, "None of the document's 200 tables looks like"},
    {"merged-everywhere.docx", "export-pdf", 0, published},
    {"missing-document-part.docx", "export-pdf", 3, cannotOpen},
    {"nested-eight-deep.docx", "export-pdf", 0, published},
    {"nested-tables.docx", "export-pdf", 0, published},
    {"no-table.docx", "export-pdf", 4, noTables},
    {"only-title-rows.docx", "export-pdf", 4, notAPlan},
    {"password-protected.odt", "export-pdf", 3, "is password-protected: eqplan cannot read it."},
    {"plain-text.docx", "export-pdf", 4, noTables},
    {"random-bytes.docx", "export-pdf", 4, noTables},
    {"renamed-spreadsheet.docx", "export-pdf", 3, cannotOpen},
    {"renamed-xlsx.docx", "export-pdf", 3, cannotOpen},
    {"right-to-left-combining.docx", "export-pdf", 0, published},
    {"split-cells.docx", "export-pdf", 0, published},
    {"strange-dates.docx", "export-pdf", 0, published},
    {"table-in-page-header.docx", "export-pdf", 4, noTables},
    {"tracked-changes.docx", "export-pdf", 0, published},
    {"truncated.docx", "export-pdf", 3, cannotOpen},
    {"two-plan-tables.docx", "export-pdf", 0, published},
    {"weird-whitespace.docx", "export-pdf", 0, published},
    {"wide-1000-columns.docx", "export-pdf", 0, published},
    {"zero-bytes.docx", "export-pdf", 4, noTables},
    {"\u00fcn\u00efc\u00f6d\u00e9 plan \U0001F642.docx", "export-pdf", 0, published},
    {"header-third-row.docx", "export-pdf", 0, published, Setup::ReadOnly},
};

// A copy of a hostile document in a fresh folder of its own.
fs::path copyOf(const std::string& document, Setup setup)
{
    const fs::path folder = makeTempFolder("hostile-test-");
    const fs::path copy = folder / document;
    fs::copy_file(fs::path(EQPLAN_HOSTILE_DIR) / document, copy);
    if (setup == Setup::ReadOnly)
        fs::permissions(copy, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    return copy;
}

class HostileDocument : public testing::TestWithParam<Case>
{
};

TEST_P(HostileDocument, AnswersWithItsExitCodeAndMessage)
{
    const Case& c = GetParam();
    const fs::path file = copyOf(c.document, c.setup);
    const std::string before = readFile(file);
    std::error_code ec;
    fs::remove(macroMarker(), ec);

    const CliRun run = runCli(commands.at(c.command)(file.string()));
    expectClean(run);
    EXPECT_EQ(run.exitCode, c.exitCode) << "stdout:\n"
                                        << run.out.substr(0, 2000) << "\nstderr:\n"
                                        << run.err.substr(0, 2000);
    const std::string said = run.out + run.err;
    EXPECT_NE(said.find(c.says), std::string::npos)
        << "expected \"" << c.says << "\" in:\n"
        << said.substr(0, 2000);
    // Something to say, and nothing that looks like a crash.
    EXPECT_EQ(said.find("terminate called"), std::string::npos);
    EXPECT_EQ(said.find("Segmentation"), std::string::npos);
    EXPECT_EQ(said.find(secretWord), std::string::npos) << "an external entity was read";
    EXPECT_FALSE(fs::exists(macroMarker())) << "the document's macro ran";

    if (wrote(c.command, run.exitCode, said))
        EXPECT_NE(readFile(file), before) << "the " << c.command << " reported a write but wrote nothing";
    else
        EXPECT_TRUE(readFile(file) == before) << file << " changed";
    // Nothing next to the document: no temporary file of a write, no lock file.
    EXPECT_EQ(namesIn(file.parent_path()), std::vector<std::string>{c.document});
    // A PDF where one was published, and none where it was not.
    const fs::path pdf = pdfFor(file.string());
    if (c.command == std::string("export-pdf"))
    {
        EXPECT_EQ(readFile(pdf).rfind("%PDF-", 0) == 0, run.exitCode == 0) << pdf;
    }
    fs::remove(pdf, ec);
    fs::remove_all(file.parent_path(), ec);
}

std::string caseName(const testing::TestParamInfo<Case>& info)
{
    std::string name = std::string(info.param.document) + "_" + info.param.command;
    if (info.param.setup == Setup::ReadOnly)
        name += "_read_only";
    for (char& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch)))
            ch = '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, HostileDocument, testing::ValuesIn(cases), caseName);

// Every hostile document is in the table, with every command.
TEST(HostileTable, CoversEveryDocumentWithEveryCommand)
{
    std::map<std::string, std::set<std::string>> covered;
    for (const Case& c : cases)
        covered[c.document].insert(c.command == std::string("inspect-json") ? "inspect" : c.command);
    for (const fs::directory_entry& entry : fs::directory_iterator(EQPLAN_HOSTILE_DIR))
    {
        const std::string name = entry.path().filename().string();
        if (name.ends_with(".txt") || name == "stamp")
            continue;
        EXPECT_EQ(covered[name], (std::set<std::string>{"inspect", "update", "check", "export-pdf"}))
            << name;
    }
    EXPECT_GE(covered.size(), 30u);
}

// ---------------------------------------------------------------------------------------------
// Killing LibreOffice in the middle of an update

// The parent of a process, or 0.
pid_t parentOf(pid_t pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    const std::size_t close = line.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream rest(line.substr(close + 2));
    char state = 0;
    pid_t parent = 0;
    rest >> state >> parent;
    return parent;
}

// The soffice.bin processes started (through the CLI) by this test process.
std::vector<pid_t> officesOfThisTest()
{
    std::vector<pid_t> offices;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator("/proc", ec))
    {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream comm(entry.path() / "comm");
        std::string command;
        std::getline(comm, command);
        if (command != "soffice.bin")
            continue;
        const pid_t pid = static_cast<pid_t>(std::stol(name));
        for (pid_t p = parentOf(pid); p > 1; p = parentOf(p))
            if (p == ::getpid())
            {
                offices.push_back(pid);
                break;
            }
    }
    return offices;
}

// Runs `eqplan update` on a copy of the 200-page plan and SIGKILLs its soffice.bin when
// `moment` says so (polled every millisecond); the original must be intact.
void killOfficeDuringUpdate(const std::function<bool(const fs::path& folder)>& moment)
{
    const fs::path file = copyOf("long-plan-200-pages.docx", Setup::Copy);
    const std::string before = readFile(file);
    std::atomic<bool> done{false};
    CliRun run;
    std::thread cli(
        [&]
        {
            run = runCli(commands.at("update")(file.string()));
            done = true;
        });
    bool killed = false;
    while (!done && !killed)
    {
        if (moment(file.parent_path()))
            for (pid_t office : officesOfThisTest())
                killed = ::kill(office, SIGKILL) == 0 || killed;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    cli.join();
    ASSERT_TRUE(killed) << "the update ended before LibreOffice could be killed:\n" << run.out;
    expectClean(run);
    EXPECT_EQ(run.exitCode, 5) << run.out << run.err;
    EXPECT_NE(run.err.find("LibreOffice"), std::string::npos) << run.err;
    EXPECT_TRUE(readFile(file) == before) << "the original was changed";
    EXPECT_EQ(namesIn(file.parent_path()), std::vector<std::string>{file.filename().string()});
    std::error_code ec;
    fs::remove_all(file.parent_path(), ec);
}

TEST(KillingLibreOffice, WhileTheUpdateIsStoredLeavesTheOriginalIntact)
{
    // The temporary file next to the document exists exactly while LibreOffice writes it.
    killOfficeDuringUpdate(
        [](const fs::path& folder)
        {
            for (const std::string& name : namesIn(folder))
                if (name.find(".eqplan-") != std::string::npos)
                    return true;
            return false;
        });
}

// Whether the office reader (eqplan_office.so) is loaded into one of this test's offices: the
// CLI loads it just before its first read.
bool officeReaderLoaded()
{
    for (pid_t office : officesOfThisTest())
    {
        std::ifstream maps("/proc/" + std::to_string(office) + "/maps");
        std::string line;
        while (std::getline(maps, line))
            if (line.find("eqplan_office.so") != std::string::npos)
                return true;
    }
    return false;
}

TEST(KillingLibreOffice, WhileTheOfficeReaderReadsLeavesTheOriginalIntact)
{
    // Reading 200 pages inside the office takes some 50-100 ms, starting a few milliseconds
    // after the library is loaded.
    using Clock = std::chrono::steady_clock;
    std::optional<Clock::time_point> loaded;
    killOfficeDuringUpdate(
        [&](const fs::path&)
        {
            if (!loaded && officeReaderLoaded())
                loaded = Clock::now();
            return loaded && Clock::now() - *loaded > std::chrono::milliseconds(20);
        });
}

TEST(KillingLibreOffice, WhileTheDocumentIsReadLeavesTheOriginalIntact)
{
    using Clock = std::chrono::steady_clock;
    std::optional<Clock::time_point> started;
    killOfficeDuringUpdate(
        [&](const fs::path&)
        {
            if (!started && !officesOfThisTest().empty())
                started = Clock::now();
            return started && Clock::now() - *started > std::chrono::milliseconds(1500);
        });
}
} // namespace
