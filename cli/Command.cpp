#include "Command.hpp"

#include "Inspect.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/PlanWriter.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <set>
#include <sstream>

namespace eqplan::cli
{
struct CommandLine::Entry
{
    CommandInfo info;
    std::function<int()> run;
    CLI::App* app = nullptr;
};

namespace
{
// The command that runs, for messages; empty until the parse knows it.
std::string runningName;
// Its usage line, for usage errors.
std::string runningSynopsis;

// Options every command takes whose values the parse checks, as given.
struct OpeningOptions
{
    bool breakLock = false;
    std::string maxSize;
    std::string maxLoadTime;
};
OpeningOptions opening;

const char* commonExitCodes =
    R"(  2  usage: an option, objective, date or text eqplan cannot take
  3  FILE is not a readable text document, is over --max-size or --max-load-time, or OUT or
     the output cannot be written (a full disk)
  4  no plan table found
  5  LibreOffice missing or failed
  7  FILE is locked: another eqplan run, open in LibreOffice, or a stale lock (--break-lock)
  130, 143  interrupted (SIGINT, SIGTERM) before anything was written)";

// The exit code lines of `codes` ("  4  no plan table found", continued on lines indented
// further) merged with `more`, each code once (`codes` first), in the order of the codes.
std::string mergedExitCodes(const std::string& codes, const std::string& more)
{
    std::vector<std::pair<int, std::string>> entries;
    std::set<int> seen;
    for (const std::string* list : {&codes, &more})
    {
        std::istringstream lines(*list);
        bool skipping = false;
        for (std::string line; std::getline(lines, line);)
        {
            const std::size_t digit = line.find_first_not_of(' ');
            const bool starts = digit == 2 && digit < line.size() && std::isdigit(line[digit]);
            if (starts)
            {
                const int code = std::stoi(line.substr(digit));
                skipping = list == &more && seen.count(code);
                if (skipping)
                    continue;
                if (list == &codes)
                    seen.insert(code);
                entries.emplace_back(code, line + '\n');
            }
            else if (!skipping && !entries.empty())
                entries.back().second += line + '\n';
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string out;
    for (const auto& entry : entries)
        out += entry.second;
    return out;
}

// `text` in lines of at most `width` columns after `indent` columns, the first line after
// `first` (padded to the indent, or on a line of its own when longer).
std::string wrapped(std::string first, const std::string& text, std::size_t indent,
                    std::size_t width = 100)
{
    std::string out;
    if (first.size() + 1 > indent)
        out = first + '\n' + std::string(indent, ' ');
    else
        out = first + std::string(indent - first.size(), ' ');
    std::size_t column = indent;
    std::istringstream words(text);
    bool lineStart = true;
    for (std::string word; words >> word;)
    {
        if (!lineStart && column + 1 + word.size() > width)
        {
            out += '\n' + std::string(indent, ' ');
            column = indent;
            lineStart = true;
        }
        if (!lineStart)
        {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
        lineStart = false;
    }
    return out + '\n';
}

// Help text laid out by CLI11, with eqplan's usage line, description and exit codes around it.
class HelpFormatter : public CLI::Formatter
{
public:
    // The whole help of `app`, described by `info`.
    std::string page(const CLI::App& app, const CommandInfo& info) const
    {
        std::ostringstream out;
        out << "Usage: eqplan " << info.synopsis << "\n\n" << info.description;
        out << make_groups(&app, CLI::AppFormatMode::Normal);
        out << "\nExit codes:\n" << mergedExitCodes(info.exitCodes, commonExitCodes);
        return out.str();
    }

    // One option: its names and value, and what it does wrapped beside them.
    std::string make_option(const CLI::Option* option, bool positional) const override
    {
        std::string names = "  " + make_option_name(option, positional);
        if (!positional && option->get_items_expected_min() > 0)
            names +=
                " " + option->get_type_name() + (option->get_items_expected_max() > 1 ? "..." : "");
        return wrapped(names, option->get_description(), 26);
    }
};

// "name" of an option: its long names and short names, as the user types them.
std::vector<std::string> spellings(const CLI::Option& option)
{
    std::vector<std::string> names;
    for (const std::string& name : option.get_lnames())
        names.push_back("--" + name);
    for (const std::string& name : option.get_snames())
        names.push_back("-" + name);
    return names;
}

// A whole number of at least 1 of up to 9 digits, else nothing.
std::optional<std::uint64_t> wholeNumber(const std::string& text)
{
    if (text.empty() || text.size() > 9 ||
        text.find_first_not_of("0123456789") != std::string::npos || std::stoull(text) == 0)
        return std::nullopt;
    return std::stoull(text);
}

// Sets the opening rules the common options ask for; false after saying what is wrong.
bool applyOpeningOptions(const CLI::App& app)
{
    bridge::OpeningRules rules;
    rules.breakLock = opening.breakLock;
    if (app.count("--max-size"))
    {
        const std::optional<std::uint64_t> megabytes = wholeNumber(opening.maxSize);
        if (!megabytes)
        {
            usageError("--max-size takes the most a document may unpack to in MB, e.g. "
                       "--max-size 500");
            return false;
        }
        rules.maxUnpackedBytes = *megabytes * 1'000'000;
    }
    if (app.count("--max-load-time"))
    {
        const std::optional<std::uint64_t> seconds = wholeNumber(opening.maxLoadTime);
        if (!seconds)
        {
            usageError("--max-load-time takes the seconds LibreOffice may take to open a "
                       "document, e.g. --max-load-time 600");
            return false;
        }
        rules.maxLoadTime = std::chrono::seconds(*seconds);
    }
    bridge::setOpeningRules(rules);
    return true;
}

// The option named at the start of CLI11's message "--objective: 1 required TEXT missing", as
// the user wrote it (the last of its spellings on the command line), or the name CLI11 gives.
std::string optionMissingItsValue(const std::string& message, const CLI::App* app, int argc,
                                  const char* const* argv)
{
    const std::string name = message.substr(0, message.find(':'));
    if (app)
        for (const CLI::Option* option : app->get_options())
            if (option->check_name(name))
                for (int i = argc - 1; i > 0; --i)
                    for (const std::string& spelling : spellings(*option))
                        if (argv[i] == spelling)
                            return spelling;
    return name;
}
} // namespace

std::string messageStart()
{
    return runningName.empty() ? std::string("eqplan: ") : "eqplan " + runningName + ": ";
}

int usageError(const std::string& message)
{
    std::cerr << messageStart() << message << "\n\n";
    if (runningName.empty())
        std::cerr << "Usage: eqplan COMMAND [OPTIONS] FILE...\n(eqplan help tells more)\n";
    else
        std::cerr << "Usage: eqplan " << runningSynopsis << "\n(eqplan help " << runningName
                  << " tells more)\n";
    return ExitUsage;
}

void checkWritable(const std::string& target, std::string_view option)
{
    std::error_code ec;
    const std::filesystem::path path(target);
    const std::filesystem::path folder = std::filesystem::absolute(path, ec).parent_path();
    const std::string other(option);
    switch (bridge::writeProblem(path))
    {
    case bridge::WriteProblem::NoFolder:
        throw bridge::Error(bridge::Error::Kind::NotWritable,
                            "There is no folder " + folder.string() + " to write " +
                                path.filename().string() + " into.");
    case bridge::WriteProblem::FileReadOnly:
        throw bridge::Error(bridge::Error::Kind::NotWritable,
                            target +
                                " is read-only: eqplan did not change it. Make it writable "
                                "(chmod u+w " +
                                target + "), or name another file with " + other + ".");
    case bridge::WriteProblem::FolderReadOnly:
        throw bridge::Error(bridge::Error::Kind::NotWritable,
                            "The folder " + folder.string() +
                                " cannot be written to: eqplan did not change anything. Name a "
                                "file in another folder with " +
                                other + ".");
    case bridge::WriteProblem::None:
        break;
    }
}

CommandLine::CommandLine() : m_app("eqplan", "eqplan")
{
    m_app.formatter(std::make_shared<HelpFormatter>());
    m_app.set_help_flag("-h,--help", "show this help");
    m_app.add_flag("--version")->description("show eqplan's version");
    // For the build, which installs what it prints: hidden from the help.
    m_app.add_flag("--bash-completion")->description("print a bash completion script")->group("");
    m_app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    m_app.allow_extras();
    m_app.require_subcommand(0, 1);
    CLI::App& help = add({"help", "help [COMMAND]", "show the help of eqplan or of one COMMAND",
                          "Show what every command does, or with COMMAND its options and exit "
                          "codes (the same as eqplan COMMAND --help).",
                          "  0  help shown"},
                         nullptr);
    help.add_option("COMMAND", m_helpAbout, "the command to tell about");
}

CommandLine::~CommandLine() = default;

CLI::App& CommandLine::add(CommandInfo info, std::function<int()> run)
{
    auto entry = std::make_unique<Entry>();
    entry->info = std::move(info);
    entry->run = std::move(run);
    CLI::App* app = m_app.add_subcommand(entry->info.name, entry->info.summary);
    app->allow_extras();
    app->formatter(m_app.get_formatter());
    entry->app = app;
    m_entries.push_back(std::move(entry));
    return *app;
}

void CommandLine::addCommonOptions(CLI::App& app)
{
    const std::string group = "Options every command takes";
    app.add_flag("--json", m_common.json,
                 "print JSON instead of text, one JSON object a line, to standard output")
        ->group(group);
    app.add_flag("--timings", m_common.timings, "print how long each step took (to standard error)")
        ->group(group);
    app.add_option("--connect", m_connect,
                   "use a running LibreOffice started with --accept=\"CONNECTION;urp;\" (e.g. "
                   "pipe,name=eqplan) instead of starting a private one")
        ->type_name("CONNECTION")
        ->group(group);
    app.add_flag("--break-lock", opening.breakLock,
                 "remove a lock on FILE left by a run that is gone (eqplan's or LibreOffice's), or "
                 "one from another computer, before changing it")
        ->group(group);
    app.add_option("--max-size", opening.maxSize,
                   "the most a .docx or .odt may unpack to (default 200); a larger one is refused "
                   "before LibreOffice opens it (exit 3)")
        ->type_name("MB")
        ->group(group);
    app.add_option("--max-load-time", opening.maxLoadTime,
                   "how long LibreOffice may take to open FILE (default 120)")
        ->type_name("SECONDS")
        ->group(group);
}

const CommandLine::Entry* CommandLine::entry(std::string_view name) const
{
    for (const auto& entry : m_entries)
        if (entry->info.name == name)
            return entry.get();
    return nullptr;
}

std::optional<int> CommandLine::parse(int argc, const char* const* argv)
{
    for (const auto& command : m_entries)
        if (command->run)
            addCommonOptions(*command->app);
    const auto chosen = [&]() -> const Entry*
    {
        for (const auto& entry : m_entries)
            if (entry->app->parsed())
                return entry.get();
        return nullptr;
    };
    // "--" ends the options, unless it is the value of one ("--item --"): what follows is FILE.
    // CLI11 would keep an argument after it that starts with "-" as an unknown option.
    const Entry* named = argc > 1 ? entry(argv[1]) : nullptr;
    const auto takesValue = [&](std::string_view option)
    {
        const CLI::Option* found =
            named && option.size() > 1 && option[0] == '-' && option.find('=') == option.npos
                ? named->app->get_option_no_throw(std::string(option))
                : nullptr;
        return found && found->get_items_expected_min() > 0 && !found->get_positional();
    };
    int options = argc;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--" && !(i > 1 && takesValue(argv[i - 1])))
        {
            options = i;
            break;
        }
    const std::vector<std::string> files(argv + std::min(options + 1, argc), argv + argc);
    try
    {
        m_app.parse(options, argv);
        if (const Entry* command = chosen(); command && !files.empty())
            if (CLI::Option* file = command->app->get_option_no_throw("FILE"))
            {
                for (const std::string& name : files)
                    file->add_result(name);
                file->run_callback();
            }
    }
    catch (const CLI::CallForHelp&)
    {
        const Entry* command = chosen();
        std::cout << (command && command->info.name != "help" ? help(command->info.name)
                                                              : overview());
        return 0;
    }
    catch (const CLI::ParseError& e)
    {
        if (const Entry* command = chosen())
        {
            runningName = command->info.name;
            runningSynopsis = command->info.synopsis;
        }
        if (dynamic_cast<const CLI::ArgumentMismatch*>(&e))
        {
            const Entry* command = chosen();
            return usageError(
                optionMissingItsValue(e.what(), command ? command->app : &m_app, argc, argv) +
                " needs a value");
        }
        return usageError(e.what());
    }
    const Entry* command = chosen();
    if (command)
    {
        runningName = command->info.name;
        runningSynopsis = command->info.synopsis;
    }
    std::vector<std::string> extras = m_app.remaining(true);
    if (!command || !command->app->get_option_no_throw("FILE"))
        extras.insert(extras.end(), files.begin(), files.end());
    if (!command || !extras.empty())
    {
        if (!command && m_app.count("--bash-completion"))
        {
            std::cout << bashCompletion();
            return 0;
        }
        if (!command && m_app.count("--version"))
        {
            std::cout << "eqplan " << EQPLAN_VERSION << '\n';
            return 0;
        }
        if (extras.empty())
            return usageError("no command given");
        const std::string& first = extras.front();
        if (!first.empty() && first[0] == '-')
            return usageError("unknown option " + first);
        if (!command)
            return usageError("unknown command \"" + first + "\"");
        return usageError("unexpected " + first);
    }
    if (command->info.name == "help")
    {
        if (m_helpAbout.empty())
        {
            std::cout << overview();
            return 0;
        }
        if (!entry(m_helpAbout))
            return usageError("there is no command \"" + m_helpAbout +
                              "\"; eqplan help lists them");
        std::cout << help(m_helpAbout);
        return 0;
    }
    m_chosen = &command->info;
    if (command->app->count("--connect"))
        m_common.connect = m_connect;
    if (!applyOpeningOptions(*command->app))
        return ExitUsage;
    return std::nullopt;
}

int CommandLine::runCommand()
{
    const Entry* command = m_chosen ? entry(m_chosen->name) : nullptr;
    return command ? command->run() : ExitUsage;
}

std::string CommandLine::overview() const
{
    std::ostringstream out;
    out << "Usage: eqplan COMMAND [OPTIONS] FILE...\n\n"
           "eqplan reads a school's Equality Action Plan (a table in a .docx, .doc, .odt, .fodt "
           "or\n.rtf document) through LibreOffice, writes dated progress, checks and publishes "
           "it.\n\nCommands:\n";
    for (const auto& entry : m_entries)
        out << "  " << entry->info.synopsis << "\n        " << entry->info.summary << '\n';
    out << "\nOptions every command takes:\n";
    const Entry* any = entry("inspect");
    const auto formatter = std::dynamic_pointer_cast<HelpFormatter>(m_app.get_formatter());
    if (any)
        for (const char* name :
             {"--json", "--timings", "--connect", "--break-lock", "--max-size", "--max-load-time"})
            if (const CLI::Option* option = any->app->get_option_no_throw(name))
                out << formatter->make_option(option, false);
    out << wrapped("  -h, --help", "show the help (eqplan COMMAND --help: that command's)", 26)
        << wrapped("  --version", "show eqplan's version", 26)
        << wrapped("  --", "end of the options: what follows is FILE", 26);
    out << "\nText from the command line that goes into a plan (items, values, names) must be one "
           "line of\nUTF-8 without control characters; give each point its own --item or --value. "
           "Document text\nis printed with its control characters shown, never obeyed: ESC as "
           "\\x1b, U+009B as \\u009b\n(JSON output writes them \\u001b, \\u009b). An option's "
           "value may follow it (--by NAME) or\nbe joined to it with = (--by=NAME); give a value "
           "that starts with -- with = (--value=--).\n";
    out << "\nExit codes:\n"
        << mergedExitCodes("  0  done (also when interrupted after OUT was written in full, which "
                           "it says)\n"
                           "  1  check found errors\n"
                           "  6  export-pdf refused to publish: the pre-publication check lists "
                           "what to\n     resolve (--force publishes anyway)\n",
                           commonExitCodes)
        << "\neqplan help COMMAND (or eqplan COMMAND --help) tells about one command.\n";
    return out.str();
}

std::string CommandLine::help(const std::string& name) const
{
    const Entry* command = entry(name);
    if (!command)
        return overview();
    const auto formatter = std::dynamic_pointer_cast<HelpFormatter>(m_app.get_formatter());
    return formatter->page(*command->app, command->info);
}

std::string CommandLine::bashCompletion() const
{
    std::ostringstream out;
    std::string commands;
    for (const auto& entry : m_entries)
        commands += (commands.empty() ? "" : " ") + entry->info.name;
    // Works with bash-completion's helpers where they are loaded (_filedir), and without.
    out << "# bash completion for eqplan, made from its table of commands by eqplan's build.\n"
           "_eqplan_files()\n{\n"
           "    if declare -F _filedir >/dev/null; then\n"
           "        _filedir \"$1\"\n"
           "    else\n"
           "        local IFS=$'\\n'\n"
           "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
           "    fi\n"
           "}\n"
           "_eqplan()\n{\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
           "    local commands=\""
        << commands
        << "\"\n"
           "    COMPREPLY=()\n"
           "    if [[ $COMP_CWORD -eq 1 ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$commands --help --version\" -- \"$cur\"))\n"
           "        return\n"
           "    fi\n"
           "    local options=\n"
           "    case ${COMP_WORDS[1]} in\n";
    std::set<std::string> valued;
    for (const auto& entry : m_entries)
    {
        std::string options;
        for (const CLI::Option* option : entry->app->get_options())
        {
            if (option->get_positional())
                continue;
            for (const std::string& spelling : spellings(*option))
            {
                options += (options.empty() ? "" : " ") + spelling;
                if (option->get_items_expected_min() > 0)
                    valued.insert(spelling);
            }
        }
        out << "        " << entry->info.name << ") options=\"" << options << "\" ;;\n";
    }
    out << "        *) return ;;\n"
           "    esac\n"
           "    case $prev in\n"
           "        -o|--output) _eqplan_files '@(docx|doc|odt|fodt|rtf|pdf)'; return ;;\n"
           "        --reader) COMPREPLY=($(compgen -W \"office odf uno\" -- \"$cur\")); return "
           ";;\n";
    std::string others;
    for (const std::string& option : valued)
        if (option != "-o" && option != "--output" && option != "--reader")
            others += (others.empty() ? "" : "|") + option;
    if (!others.empty())
        out << "        " << others << ") return ;;\n";
    out << "    esac\n"
           "    if [[ ${COMP_WORDS[1]} == help ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\"))\n"
           "    elif [[ $cur == -* ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
           "    else\n"
           "        _eqplan_files '@(docx|doc|odt|fodt|rtf)'\n"
           "    fi\n"
           "}\n"
           "complete -F _eqplan eqplan\n";
    return out.str();
}
} // namespace eqplan::cli
