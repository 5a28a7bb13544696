// The command line as a user meets it (issue 19, item 1): `eqplan help [COMMAND]` and
// `COMMAND --help` showing that command alone, every option form (--opt value, --opt=value, a
// value that starts with --, "--"), usage errors that end with the command's usage line, the
// writing commands' --json valid against schemas/changes.schema.json, and the bash completion and
// man page the build makes.
#include "ExitCodes.hpp"
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace
{
using namespace eqplan::test;

const std::vector<std::string> commands{"inspect", "update", "edit",      "add-objective",
                                        "check",   "owners", "export-pdf"};

// Standard output of a shell command line (its standard error dropped).
std::string shell(const std::string& line)
{
    std::string out;
    if (FILE* pipe = ::popen((line + " 2>&1").c_str(), "r"))
    {
        std::array<char, 4096> buffer;
        for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
            out.append(buffer.data(), n);
        ::pclose(pipe);
    }
    return out;
}

// What validate_json.py says of `output` (a command's standard output) against `schema`; its last
// line is "1 of 1 files match ..." when it is valid.
std::string validation(const std::string& output, const std::string& schema)
{
    const fs::path folder = makeTempFolder("eqplan-json-");
    const fs::path file = folder / "output.json";
    std::ofstream(file) << output;
    const std::string said =
        shell(std::string(EQPLAN_SYSTEM_PYTHON) + " " + EQPLAN_SOURCE_DIR +
              "/tests/integration/validate_json.py --schema " + EQPLAN_SOURCE_DIR + "/schemas/" +
              schema + " --instance " + file.string());
    fs::remove_all(folder);
    return said;
}

bool valid(const std::string& said)
{
    return said.find("1 of 1 files match") != std::string::npos;
}

// ---- help ---------------------------------------------------------------------------------

TEST(CommandLineHelp, HelpListsEveryCommandAsDashDashHelpDoes)
{
    const CliRun help = runCli({"help"});
    EXPECT_EQ(help.exitCode, 0) << help.err;
    EXPECT_EQ(help.err, "");
    EXPECT_EQ(help.out.rfind("Usage: eqplan COMMAND [OPTIONS] FILE...\n", 0), 0u) << help.out;
    for (const std::string& command : commands)
        EXPECT_NE(help.out.find("\n  " + command + " FILE"), std::string::npos) << command;
    EXPECT_NE(help.out.find("\n  7  FILE is locked"), std::string::npos) << help.out;
    EXPECT_EQ(runCli({"--help"}).out, help.out);
    EXPECT_EQ(runCli({"-h"}).out, help.out);
}

TEST(CommandLineHelp, CommandHelpShowsThatCommandsOptionsAndExitCodesOnly)
{
    // An option of each command that no other command has.
    const std::vector<std::pair<std::string, std::string>> own{
        {"inspect", "--explain"}, {"update", "--item"},   {"edit", "--value"},
        {"check", "--fix"},       {"owners", "--rename"}, {"export-pdf", "--no-pdfa"}};
    for (const std::string& command : commands)
    {
        const CliRun help = runCli({"help", command});
        EXPECT_EQ(help.exitCode, 0) << command << help.err;
        EXPECT_EQ(help.out.rfind("Usage: eqplan " + command + " FILE", 0), 0u) << help.out;
        EXPECT_NE(help.out.find("\nOptions every command takes:\n  --json "), std::string::npos)
            << help.out;
        EXPECT_NE(help.out.find("\nExit codes:\n  0  "), std::string::npos) << help.out;
        EXPECT_NE(help.out.find("\n  5  LibreOffice missing or failed\n"), std::string::npos);
        for (const auto& [other, option] : own)
            EXPECT_EQ(help.out.find("\n  " + option + " ") != std::string::npos, other == command)
                << command << "'s help and " << option;
        EXPECT_EQ(runCli({command, "--help"}).out, help.out) << command;
        EXPECT_EQ(runCli({command, "x.docx", "--objective", "1", "-h"}).out, help.out) << command;
    }
    EXPECT_NE(runCli({"help", "check"}).out.find("\n  1  a finding is an error"),
              std::string::npos);
    EXPECT_NE(runCli({"help", "export-pdf"}).out.find("\n  6  refused to publish"),
              std::string::npos);
}

TEST(CommandLineHelp, HelpOfAnUnknownCommandIsAUsageError)
{
    const CliRun run = runCli({"help", "frobnicate"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err, "eqplan help: there is no command \"frobnicate\"; eqplan help lists them\n\n"
                       "Usage: eqplan help [COMMAND]\n(eqplan help help tells more)\n");
}

// ---- usage errors and option forms -----------------------------------------------------------

const std::string updateUsage =
    "\n\nUsage: eqplan update FILE --objective N [--item TEXT...] [--status STATUS] "
    "[--date DATE] [--by NAME] [-o OUT]\n(eqplan help update tells more)\n";

TEST(CommandLineUsage, ErrorsNameTheCommandAndEndWithItsUsageLine)
{
    CliRun run = runCli({"update", "plan.docx", "--item", "x", "--objective"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, "eqplan update: --objective needs a value" + updateUsage);
    run = runCli({"update", "plan.docx", "--objective", "1", "--item", "x", "-o"});
    EXPECT_EQ(run.err, "eqplan update: -o needs a value" + updateUsage);
    run = runCli({"update", "plan.docx", "--objective", "1", "--colour", "red"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, "eqplan update: unknown option --colour" + updateUsage);
    run = runCli({"frobnicate", "plan.docx"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, "eqplan: unknown command \"frobnicate\"\n\nUsage: eqplan COMMAND [OPTIONS] "
                       "FILE...\n(eqplan help tells more)\n");
    run = runCli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, "eqplan: no command given\n\nUsage: eqplan COMMAND [OPTIONS] FILE...\n"
                       "(eqplan help tells more)\n");
    EXPECT_EQ(run.out, "");
}

TEST(CommandLineUsage, EqualsAndSpaceFormsAreTheSame)
{
    for (const std::vector<std::string>& pair :
         {std::vector<std::string>{"--objective", "two"}, {"--objective=two"}})
    {
        std::vector<std::string> arguments{"update", "plan.docx", "--item", "x"};
        arguments.insert(arguments.end(), pair.begin(), pair.end());
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_EQ(run.err, "eqplan update: --objective takes the objective's number, e.g. "
                           "--objective 2" +
                               updateUsage);
    }
    for (const std::vector<std::string>& pair :
         {std::vector<std::string>{"--today", "23-11-2026"}, {"--today=23-11-2026"}})
    {
        std::vector<std::string> arguments{"check", "plan.docx"};
        arguments.insert(arguments.end(), pair.begin(), pair.end());
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
                  "eqplan check: --today \"23-11-2026\" is not a day: give it as 2026-11-23");
    }
    // The common options in both forms, on a command that used to take only one of them.
    for (const std::vector<std::string>& arguments :
         {std::vector<std::string>{"owners", "--max-size", "0", "plan.docx"},
          {"owners", "--max-size=0", "plan.docx"}})
    {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
                  "eqplan owners: --max-size takes the most a document may unpack to in MB, e.g. "
                  "--max-size 500");
    }
}

TEST(CommandLineUsage, ValuesThatStartWithDashesAreTakenAsValues)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.docx");
    const fs::path output = input.parent_path() / "out.docx";
    // --value=--help and "--value --help" are values, not a call for help; -o=OUT and --by=NAME
    // are the joined forms of -o OUT and --by NAME.
    const CliRun run =
        runCli({"edit", input.string(), "--objective=1", "--field", "actions", "--value=--help",
                "--value", "--json", "--by=A Tester", "--output=" + output.string()});
    expectClean(run, "eqplan edit --value=--help");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out.rfind("Objective 1: Actions rewritten (2 paragraphs); wrote " +
                                output.string() + "\n",
                            0),
              0u)
        << run.out;
    const json::value after = inspectJson(output);
    EXPECT_EQ(itemTexts(at(after, "/objectives/0/actions")), (Texts{"--help", "--json"}));
    EXPECT_EQ(at(after, "/history/0/who"), json::value("A Tester"));
    fs::remove_all(input.parent_path());
}

// ---- --json of the writing commands -------------------------------------------------------

TEST(ChangesJson, EveryWritingCommandSaysWhatItChangedUnderTheSchema)
{
    const fs::path input = copyOf("seed-action-plan-2018-2021.odt");
    const fs::path folder = input.parent_path();
    struct Case
    {
        std::vector<std::string> arguments;
        std::string kind;    // the kind of its first change
        std::string written; // the file it wrote
    };
    const std::string file = input.string();
    const std::vector<Case> cases{
        {{"update", file, "--objective", "1", "--date", "2026-11", "--item", "Point", "--json"},
         "progress",
         file},
        {{"edit", file, "--objective", "1", "--field", "actions", "--value", "A", "--json"},
         "field",
         file},
        {{"add-objective", file, "--objective", "To test", "--field", "owners=SLT", "--json"},
         "objective",
         file},
        {{"owners", file, "--set", "SLT=Senior Leadership Team", "--json"}, "owner", file},
        {{"columns", file, "--clear-all", "--json"}, "column", file},
    };
    for (const Case& c : cases)
    {
        const CliRun run = runCli(c.arguments);
        expectClean(run, "eqplan " + c.arguments.front() + " --json");
        ASSERT_EQ(run.exitCode, 0) << c.arguments.front() << ": " << run.err;
        const std::string said = validation(run.out, "changes.schema.json");
        EXPECT_TRUE(valid(said)) << c.arguments.front() << ":\n" << said << "\n" << run.out;
        const json::value report = json::parse(run.out);
        EXPECT_EQ(at(report, "/command"), json::value(c.arguments.front().c_str()));
        EXPECT_EQ(at(report, "/written"), json::value(c.written.c_str()));
        EXPECT_EQ(at(report, "/changes/0/kind"), json::value(c.kind.c_str())) << run.out;
    }
    // export-pdf writes the PDF and says so; the plan is left as it was.
    const fs::path ready = folder / "publish-ready.docx";
    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / "publish-ready.docx", ready);
    const fs::path pdf = folder / "plan.pdf";
    const CliRun run = runCli(
        {"export-pdf", ready.string(), "-o", pdf.string(), "--today", "2021-06-01", "--json"});
    expectClean(run, "eqplan export-pdf --json");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(valid(validation(run.out, "changes.schema.json"))) << run.out;
    const json::value report = json::parse(run.out);
    EXPECT_EQ(at(report, "/written"), json::value(pdf.string().c_str()));
    EXPECT_EQ(at(report, "/changes/0/kind"), json::value("pdf"));
    EXPECT_TRUE(fs::exists(pdf));
    fs::remove_all(folder);
}

// ---- what the build makes -----------------------------------------------------------------

TEST(CommandLineInstall, BashCompletionOffersEachCommandsOptions)
{
    const std::string script = EQPLAN_COMPLETION;
    ASSERT_TRUE(fs::exists(script)) << script;
    const auto complete = [&](const std::string& words, int word)
    {
        return shell("bash -c 'source " + script + "; COMP_WORDS=(" + words + "); COMP_CWORD=" +
                     std::to_string(word) + "; _eqplan; echo \"${COMPREPLY[*]}\"'");
    };
    EXPECT_EQ(complete("eqplan ex", 1), "export-pdf\n");
    EXPECT_EQ(complete("eqplan update --ob", 2), "--objective\n");
    EXPECT_EQ(complete("eqplan check --f", 2), "--fix\n");
    EXPECT_EQ(complete("eqplan update --f", 2), "\n") << "update has no --fix";
    EXPECT_EQ(complete("eqplan inspect --reader o", 3), "office odf\n");
    EXPECT_EQ(complete("eqplan help ch", 2), "check\n");
}

TEST(CommandLineInstall, ManPageHasEveryCommandsHelp)
{
    const std::string page = EQPLAN_MAN_PAGE;
    if (page.empty())
        GTEST_SKIP() << "help2man was not found when the build was configured: no man page";
    const std::string text = readFile(page);
    ASSERT_FALSE(text.empty()) << page;
    EXPECT_NE(text.find(".SH COMMANDS"), std::string::npos);
    for (const std::string& command : commands)
        EXPECT_NE(text.find(".SS " + command + "\n"), std::string::npos) << command;
    EXPECT_NE(text.find("Exit codes:"), std::string::npos);
}
} // namespace

namespace
{
using namespace eqplan::test;

// Issue 19, item 3: export-pdf into a folder it cannot write to was told to "write the update"
// elsewhere; a read-only plan was told of menus. The words name the command, the file, the option.
TEST(CommandLineMessages, UnwritableTargetsAreSaidInTheCommandsWords)
{
    const fs::path input = copyOf("publish-ready.docx");
    const fs::path closed = input.parent_path() / "closed";
    fs::create_directory(closed);
    fs::permissions(closed, fs::perms::owner_read | fs::perms::owner_exec);
    CliRun run = runCli({"export-pdf", input.string(), "-o", (closed / "plan.pdf").string()});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(run.err, "eqplan export-pdf: The folder " + closed.string() +
                           " cannot be written to: eqplan did not change anything. Name a file "
                           "in another folder with -o.\n");
    const fs::path pdf = input.parent_path() / "read-only.pdf";
    std::ofstream(pdf) << "old";
    fs::permissions(pdf, fs::perms::owner_read);
    run = runCli({"export-pdf", input.string(), "-o", pdf.string()});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(run.err, "eqplan export-pdf: " + pdf.string() +
                           " is read-only: eqplan did not change it. Make it writable (chmod u+w " +
                           pdf.string() + "), or name another file with -o.\n");
    EXPECT_EQ(readFile(pdf), "old");
    fs::permissions(closed, fs::perms::owner_all);
    fs::remove_all(input.parent_path());
}
// Each kind of failure the bridge reports exits with the code README's table and the help give
// it: a file that cannot be read or written 3, a plan that cannot take the change 4, LibreOffice
// failing 5, a locked file 7.
TEST(CommandLineExitCodes, EachKindOfBridgeFailureGivesItsListedCode)
{
    using Kind = eqplan::bridge::Error::Kind;
    const std::pair<Kind, int> codes[] = {
        {Kind::NotReadable, 3}, {Kind::NotWritable, 3}, {Kind::Stale, 3},
        {Kind::Refused, 4},     {Kind::Office, 5},      {Kind::InUse, 7},
    };
    const std::string help = runCli({"help"}).out;
    std::size_t checked = 0;
    for (const auto& [kind, code] : codes)
    {
        EXPECT_EQ(eqplan::cli::exitFor(kind), code) << static_cast<int>(kind);
        EXPECT_NE(help.find("\n  " + std::to_string(code) + "  "), std::string::npos)
            << "the help lists no exit code " << code << ":\n"
            << help;
        ++checked;
    }
    EXPECT_EQ(checked, 6u);
}

// Each refusal core gives when planning a change exits with the code of what it means: a mistake
// in what was given 2 (usage), a plan that cannot take the change 4, as the bridge's Refused, a
// document no longer as read 3, as the bridge's Stale.
TEST(CommandLineExitCodes, EachPlanningRefusalGivesItsListedCode)
{
    using eqplan::ResultStatus;
    const std::pair<ResultStatus, int> codes[] = {
        {ResultStatus::Ok, 0},      {ResultStatus::NothingToWrite, 2},
        {ResultStatus::BadText, 2}, {ResultStatus::UnknownName, 2},
        {ResultStatus::NoColumn, 4}, {ResultStatus::Refused, 4},
        {ResultStatus::Stale, 3},
    };
    std::size_t checked = 0;
    for (const auto& [status, code] : codes)
    {
        EXPECT_EQ(eqplan::cli::exitFor(status), code) << eqplan::statusName(status);
        ++checked;
    }
    EXPECT_EQ(checked, 7u);
}
} // namespace
