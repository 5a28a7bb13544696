// The command line as a table of commands: each command registers itself (its usage, help, exit
// codes and options) with one call, and CommandLine parses with CLI11 and runs the one chosen.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan::cli
{
// What a command's help, its usage errors and the man page say about it.
struct CommandInfo
{
    std::string name;        // "update"
    std::string synopsis;    // what follows "eqplan " on its usage line
    std::string summary;     // one line, for `eqplan help`
    std::string description; // the paragraphs under the usage line of `eqplan help COMMAND`
    std::string exitCodes;   // the lines after "Exit codes:" at the end of its help
};

// The options every command takes alike, as parsed.
struct CommonOptions
{
    bool json = false;
    bool timings = false;
    std::optional<std::string> connect; // --connect CONNECTION: a running LibreOffice
};

// The commands of eqplan and the parse of its arguments.
class CommandLine
{
public:
    CommandLine();
    ~CommandLine();
    CommandLine(const CommandLine&) = delete;
    CommandLine& operator=(const CommandLine&) = delete;

    // Adds the command `info`, which `run` runs once its options are parsed (returning the exit
    // code); gives its CLI11 app, to which the command adds its own options. The common options
    // (--json, --timings, --connect, --break-lock, --max-size, --max-load-time) follow them.
    CLI::App& add(CommandInfo info, std::function<int()> run);

    // The common options of the command that runs, once parsed.
    const CommonOptions& common() const { return m_common; }

    // Parses `argv`: on `help`, --help or --version says so and gives 0; on a usage error says
    // what is wrong with the command's usage line and gives ExitUsage; else sets the command that
    // runs (command()) and the opening rules, and gives nothing.
    std::optional<int> parse(int argc, const char* const* argv);

    // The command chosen by parse(), or nullptr.
    const CommandInfo* command() const { return m_chosen; }

    // Runs the command chosen by parse() and gives its exit code.
    int runCommand();

    // eqplan's help: every command with its usage and summary, the common options, the exit codes.
    std::string overview() const;

    // The help of one command: its usage, what it does, its options and exit codes.
    std::string help(const std::string& name) const;

    // A bash completion script for every command and option.
    std::string bashCompletion() const;

private:
    struct Entry;
    const Entry* entry(std::string_view name) const;
    // Adds --json, --timings, --connect, --break-lock, --max-size and --max-load-time to `app`.
    void addCommonOptions(CLI::App& app);

    CLI::App m_app;
    std::vector<std::unique_ptr<Entry>> m_entries;
    CommonOptions m_common;
    std::string m_connect;
    std::string m_helpAbout; // help COMMAND
    const CommandInfo* m_chosen = nullptr;
};

// The start of every message eqplan prints about the command that runs: "eqplan update: ", or
// "eqplan: " before a command is known.
std::string messageStart();

// Says `message` on standard error with the running command's usage line and where to read more;
// gives ExitUsage.
int usageError(const std::string& message);

// Throws bridge::Error (Kind::NotWritable) in the command line's words unless `target` can be
// written; `option` is the option that names another place ("-o").
void checkWritable(const std::string& target, std::string_view option = "-o");
} // namespace eqplan::cli
