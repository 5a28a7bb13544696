// eqplan: the command-line tool over real LibreOffice.
#include "AddObjective.hpp"
#include "Check.hpp"
#include "Edit.hpp"
#include "ExportPdf.hpp"
#include "Inspect.hpp"
#include "Options.hpp"
#include "Output.hpp"
#include "Owners.hpp"
#include "Report.hpp"
#include "Update.hpp"

#include "eqplan/GridJson.hpp"
#include "eqplan/PlanJson.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/bridge/DocumentLock.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/ChecksJson.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <boost/json.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace
{
using namespace eqplan;
using namespace eqplan::cli;

const char* usageCommands = R"(Usage: eqplan COMMAND [OPTIONS]

Commands:
  inspect FILE [--json] [--connect CONNECTION]
        Read the equality plan in FILE (.docx, .doc, .odt, .fodt, .rtf) and print a summary,
        or with --json the whole plan as JSON (schemas/plan.schema.json).
        FILE is never changed.
)";

const char* usageOptions = R"(
Options:
  --timings             print how long each step took (to standard error)
  --reader office|odf|uno
                        read inside LibreOffice with eqplan's office reader, the tables
                        handed back in one call (default; one flat ODF export where that
                        LibreOffice cannot load it), from one flat ODF export, or cell by
                        cell over UNO
  --dump-grid           print the document's tables as read, before recognition
  --break-lock          remove a lock on FILE left by a run that is gone (eqplan's or
                        LibreOffice's), or one from another computer, before changing it
  --max-size MB         the most a .docx or .odt may unpack to (default 200); a larger one
                        is refused before LibreOffice opens it (exit 3)
  --max-load-time SECONDS
                        how long LibreOffice may take to open FILE (default 120)
  --explain             inspect: say which header cell was taken for which field, how sure
                        eqplan is, and which columns it did not understand
  --connect CONNECTION  use a running LibreOffice started with
                        --accept="CONNECTION;urp;" (e.g. pipe,name=eqplan) instead of
                        starting a private one
  --help                show this help
  --version             show eqplan's version

Text from the command line that goes into a plan (items, values, names) must be one line of
UTF-8 without control characters; give each point its own --item or --value. Document text is
printed with its control characters shown, never obeyed: ESC as \x1b, U+009B as \u009b (JSON
output writes them \u001b, \u009b). "--" ends the options: what follows is FILE.

Exit codes: 0 read (or written; also when interrupted after OUT was written in full, which it
says); 1 check found errors; 2 usage, or an objective or date the plan does not have; 3 not a
readable text document, OUT cannot be written, or the output cannot be written (a full disk;
unless a file was written); 4 no plan table found (or no progress column to write into); 5
LibreOffice missing or failed; 6 export-pdf refused to publish: the pre-publication check lists
what to resolve (--force publishes anyway); 7 FILE is locked: in use by another eqplan run (it is
waited for up to 10 seconds), open in LibreOffice, or a lock left behind (--break-lock).
)";

void printUsage(std::ostream& out)
{
    out << usageCommands << updateUsage << editUsage << addObjectiveUsage << checkUsage
        << ownersUsage << exportPdfUsage << reportUsage << usageOptions;
}

// The commands that parse their own options, and what runs each.
struct OwnCommand
{
    std::string_view name;
    int (*run)(const std::vector<std::string>& arguments);
};

constexpr OwnCommand ownCommands[] = {
    {"update", update}, {"edit", edit},     {"add-objective", addObjective},
    {"check", check},   {"owners", owners}, {"export-pdf", exportPdf},
    {"report", report},
};

// The command of that name that parses its own options, or nullptr.
const OwnCommand* ownCommand(std::string_view name)
{
    for (const OwnCommand& command : ownCommands)
        if (command.name == name)
            return &command;
    return nullptr;
}

struct Arguments
{
    std::string command;
    std::string file;
    bool json = false;
    bool timings = false;
    bool dumpGrid = false;
    bool explain = false; // [layouts] inspect --explain (cli/Inspect.cpp printExplanation)
    bridge::ReadMethod method = bridge::ReadMethod::InOffice;
    std::optional<std::string> connect;
};

// The reader `--reader NAME` names, or nothing.
std::optional<bridge::ReadMethod> readMethod(std::string_view name)
{
    for (bridge::ReadMethod method :
         {bridge::ReadMethod::InOffice, bridge::ReadMethod::FlatOdf, bridge::ReadMethod::Uno})
        if (name == bridge::readerName(method))
            return method;
    return std::nullopt;
}

std::optional<Arguments> parse(int argc, char** argv, std::string& error)
{
    Arguments arguments;
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i)
    {
        const std::string argument = argv[i];
        if (argument == "--")
        {
            positional.insert(positional.end(), argv + i + 1, argv + argc);
            break;
        }
        if (argument == "--json")
            arguments.json = true;
        else if (argument == "--timings")
            arguments.timings = true;
        else if (argument == "--dump-grid")
            arguments.dumpGrid = true;
        else if (argument == "--explain") // [layouts]
            arguments.explain = true;
        else if (argument == "--reader")
        {
            const std::optional<bridge::ReadMethod> method =
                i + 1 < argc ? readMethod(argv[i + 1]) : std::nullopt;
            if (!method)
            {
                error = "--reader takes office, odf or uno";
                return std::nullopt;
            }
            arguments.method = *method;
            ++i;
        }
        else if (argument == "--connect" && i + 1 < argc)
            arguments.connect = argv[++i];
        else if (argument.rfind("--connect=", 0) == 0)
            arguments.connect = argument.substr(10);
        else if (argument.size() > 1 && argument[0] == '-')
        {
            error = "unknown option " + argument;
            return std::nullopt;
        }
        else
            positional.push_back(argument);
    }
    if (positional.empty())
    {
        error = "no command given";
        return std::nullopt;
    }
    arguments.command = positional[0];
    if (arguments.command != "inspect")
    {
        error = ownCommand(arguments.command)
                    ? "put " + arguments.command + " first, then its FILE and options: eqplan " +
                          arguments.command + " FILE ..."
                    : "unknown command \"" + arguments.command + "\"";
        return std::nullopt;
    }
    if (positional.size() != 2)
    {
        error = positional.size() < 2 ? "inspect needs the FILE to read"
                                      : "inspect reads one FILE at a time";
        return std::nullopt;
    }
    arguments.file = positional[1];
    return arguments;
}

// The owner register and the history the document keeps, with what could not be read said.
DocumentRecords readRecords(const css::uno::Reference<css::lang::XComponent>& document)
{
    DocumentRecords records;
    std::string error;
    records.history = bridge::readHistory(document, &error);
    if (!error.empty())
        records.problems.push_back("the document's history could not be read (" + error + ").");
    if (const std::optional<std::string> stored =
            bridge::readDocumentData(document, bridge::ownersProperty))
    {
        Loaded<OwnerRegister> owners = ownerRegisterFromJson(*stored);
        if (owners)
            records.owners = std::move(*owners.value);
        else
            records.problems.push_back("the document's owner register could not be read (" +
                                       owners.error + ").");
    }
    return records;
}

// The records in the plan's JSON: "ownerRegister" and "history", when the document has them.
void addRecords(boost::json::value& plan, const DocumentRecords& records)
{
    boost::json::object& object = plan.as_object();
    if (!records.owners.entries.empty())
    {
        boost::json::array owners;
        for (const OwnerEntry& entry : records.owners.entries)
            owners.push_back(boost::json::object{{"code", entry.code}, {"name", entry.name}});
        object["ownerRegister"] = std::move(owners);
    }
    if (!records.history.empty())
        object["history"] = boost::json::parse(historyToJson(records.history)).at("changes");
}

// Prints the time each step took, when asked to.
class Stopwatch
{
public:
    explicit Stopwatch(bool enabled) : m_enabled(enabled) {}

    void lap(const char* step)
    {
        const auto now = std::chrono::steady_clock::now();
        if (m_enabled)
            std::cerr << "eqplan: " << step << ": "
                      << std::chrono::duration<double, std::milli>(now - m_last).count() << " ms\n";
        m_last = now;
    }

private:
    bool m_enabled;
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

int inspect(const Arguments& arguments)
{
    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    // Say what is wrong with the file before paying for starting LibreOffice.
    bridge::checkReadable(arguments.file);
    Stopwatch stopwatch(arguments.timings);
    DocumentGrid grid;
    DocumentRecords records;
    {
        std::unique_ptr<bridge::Office> office = arguments.connect
                                                     ? bridge::Office::connect(*arguments.connect)
                                                     : bridge::Office::start();
        stopwatch.lap(arguments.connect ? "connect to LibreOffice" : "start LibreOffice");
        bridge::OpenDocument document(*office, arguments.file);
        stopwatch.lap("load the document");
        bridge::DocumentRead read =
            bridge::readDocument(*office, document.component(), arguments.method);
        stopwatch.lap("read the tables (bridge)");
        if (arguments.timings)
            std::cerr << "eqplan: reader: " << bridge::readerName(read.method)
                      << (read.method == arguments.method ? std::string()
                                                          : " (the office reader was not loaded: " +
                                                                office->officeReaderProblem() + ")")
                      << '\n';
        grid = std::move(read.grid);
        records = readRecords(document.component());
    }
    stopwatch.lap("close and stop LibreOffice");
    if (arguments.dumpGrid)
    {
        std::cout << boost::json::serialize(toJson(grid)) << '\n';
        return ExitRead;
    }
    ReadResult result = readPlan(grid, *schemas);
    stopwatch.lap("recognise the plan (core)");
    if (!result)
    {
        printNoPlan(std::cerr, arguments.file, result, schemas->layout, arguments.explain);
        return ExitNoPlan;
    }
    if (arguments.json)
    {
        const std::filesystem::path path(arguments.file);
        boost::json::value json =
            toJson(result.plan, SourceInfo{path.filename().string(), bridge::formatOf(path)});
        addRecords(json, records);
        std::cout << boost::json::serialize(json) << '\n';
    }
    else
    {
        printSummary(std::cout, result.plan, records);
        if (arguments.explain) // [layouts]
            printExplanation(std::cout, result.plan, schemas->layout);
    }
    return ExitRead;
}
} // namespace

namespace
{
// Standard output carries JSON when one of the options before "--" asks for it.
EscapeStyle outputStyle(int argc, char** argv)
{
    for (int i = 1; i < argc && std::string_view(argv[i]) != "--"; ++i)
        if (std::string_view(argv[i]) == "--json" || std::string_view(argv[i]) == "--dump-grid")
            return EscapeStyle::Json;
    return EscapeStyle::Terminal;
}

// The files written, for a message: "a.docx" or "a.docx and b.pdf".
std::string writtenList()
{
    std::string list;
    for (const std::filesystem::path& file : bridge::writtenFiles())
        list += (list.empty() ? "" : " and ") + file.string();
    return list;
}

int run(int argc, char** argv)
{
    for (int i = 1; i < argc && std::string_view(argv[i]) != "--"; ++i)
    {
        const std::string argument = argv[i];
        if (argument == "--help" || argument == "-h")
        {
            printUsage(std::cout);
            return ExitRead;
        }
        if (argument == "--version")
        {
            std::cout << "eqplan " << EQPLAN_VERSION << '\n';
            return ExitRead;
        }
    }
    // update, edit, add-objective, check and export-pdf have options of their own; they parse them
    // themselves.
    const std::string first = argc > 1 ? argv[1] : "";
    std::string error;
    std::optional<Arguments> arguments;
    if (!ownCommand(first))
    {
        arguments = parse(argc, argv, error);
        if (!arguments)
        {
            std::cerr << "eqplan: " << error << "\n\n";
            printUsage(std::cerr);
            return ExitUsage;
        }
    }
    // An interrupted run stops its office; whatever the failed call then says, say that, and
    // whether the file was written: after the rename it was, in full, and a retry would write the
    // change twice. saidWritten says so when a file was written, and tells whether it did.
    const auto saidWritten = []
    {
        if (bridge::writtenFiles().empty())
            return false;
        std::cerr << "eqplan: interrupted after writing " << writtenList() << " in full"
                  << (bridge::interruptStoppedTheOffice() ? "; LibreOffice was stopped.\n"
                                                          : ".\n");
        return true;
    };
    const auto failed = [&](int code, const std::string& message)
    {
        if (int signal = bridge::interruptedBy())
        {
            if (saidWritten())
                return static_cast<int>(ExitRead);
            std::cerr << (bridge::interruptStoppedTheOffice()
                              ? "eqplan: interrupted; LibreOffice was stopped and nothing was "
                                "changed.\n"
                              : "eqplan: interrupted; what eqplan had opened in LibreOffice was "
                                "closed and nothing was changed.\n");
            return 128 + signal;
        }
        std::cerr << "eqplan: " << message << '\n';
        return code;
    };
    try
    {
        std::vector<std::string> rest(argv + std::min(argc, 2), argv + argc);
        const OwnCommand* command = ownCommand(first);
        // The commands that time no steps of their own report the whole run.
        const bool timings = command && takeTimings(rest);
        const auto started = std::chrono::steady_clock::now();
        const int code = command ? command->run(rest) : inspect(*arguments);
        if (timings)
            std::cerr << "eqplan: " << first << ": "
                      << std::chrono::duration<double, std::milli>(
                             std::chrono::steady_clock::now() - started)
                             .count()
                      << " ms\n";
        // Interrupted after the write, a command that went on to its end says what it says.
        if (!bridge::interruptedBy() || saidWritten())
            return code;
        return failed(ExitOffice, "");
    }
    catch (const bridge::Error& e)
    {
        return failed(e.kind() == bridge::Error::Kind::NotReadable ? ExitNotReadable
                      : e.kind() == bridge::Error::Kind::InUse     ? ExitInUse
                                                                   : ExitOffice,
                      e.what());
    }
    catch (const css::uno::Exception& e)
    {
        return failed(ExitOffice, std::string("LibreOffice failed: ") + bridge::toUtf8(e.Message));
    }
    catch (const std::exception& e)
    {
        return failed(ExitOffice, e.what());
    }
}

// Takes the options every command takes alike out of `arguments` and sets what they ask for;
// false after saying why when one is wrong.
bool takeCommonOptions(std::vector<std::string>& arguments)
{
    bridge::OpeningRules rules;
    rules.breakLock = takeFlag(arguments, "--break-lock");
    // A whole number of at least 1, else nothing.
    const auto number = [](const std::string& text) -> std::optional<std::uint64_t>
    {
        if (text.empty() || text.size() > 9 ||
            text.find_first_not_of("0123456789") != std::string::npos || std::stoull(text) == 0)
            return std::nullopt;
        return std::stoull(text);
    };
    bool missing = false;
    if (const std::optional<std::string> size = takeValue(arguments, "--max-size", missing))
    {
        const std::optional<std::uint64_t> megabytes = number(*size);
        if (!megabytes)
        {
            std::cerr << "eqplan: --max-size takes the most a document may unpack to in MB, "
                         "e.g. --max-size 500\n";
            return false;
        }
        rules.maxUnpackedBytes = *megabytes * 1'000'000;
    }
    if (const std::optional<std::string> time = takeValue(arguments, "--max-load-time", missing))
    {
        const std::optional<std::uint64_t> seconds = number(*time);
        if (!seconds)
        {
            std::cerr << "eqplan: --max-load-time takes the seconds LibreOffice may take to open "
                         "a document, e.g. --max-load-time 600\n";
            return false;
        }
        rules.maxLoadTime = std::chrono::seconds(*seconds);
    }
    if (missing)
    {
        std::cerr << "eqplan: --max-size and --max-load-time need a number\n";
        return false;
    }
    bridge::setOpeningRules(rules);
    return true;
}

// Says what --break-lock removed.
void sayBrokenLocks()
{
    for (const std::string& note : bridge::brokenLocks())
        std::cerr << "eqplan: " << note << ".\n";
}
} // namespace

int main(int argc, char** argv)
{
    CheckedOutput output(outputStyle(argc, argv));
    std::vector<std::string> arguments(argv, argv + argc);
    int code = ExitUsage;
    if (takeCommonOptions(arguments))
    {
        std::vector<char*> pointers;
        for (std::string& argument : arguments)
            pointers.push_back(argument.data());
        pointers.push_back(nullptr);
        code = run(static_cast<int>(arguments.size()), pointers.data());
        sayBrokenLocks();
    }
    // Output that did not get out (a full disk) is a failure, unless a file was written: then the
    // run did what it was asked, and a retry would do it twice.
    if (const int error = output.finishOutput())
    {
        if (bridge::writtenFiles().empty())
        {
            std::cerr << "eqplan: could not write the output: " << std::strerror(error) << '\n';
            return ExitNotReadable;
        }
        std::cerr << "eqplan: could not write the output (" << std::strerror(error) << "); "
                  << writtenList() << " was written.\n";
    }
    // Nowhere left to say it: the exit code alone tells that a message was lost.
    else if (code == ExitRead && output.errorStreamError() && bridge::writtenFiles().empty())
        return ExitNotReadable;
    return code;
}
