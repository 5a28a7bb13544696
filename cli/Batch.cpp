#include "Batch.hpp"

#include "Command.hpp"
#include "Inspect.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <boost/json.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <osl/file.h>
#include <osl/process.h>
#include <osl/thread.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include <unistd.h> // isatty: whether the progress line goes to a terminal

namespace eqplan::cli
{
namespace
{
namespace fs = std::filesystem;

bool isPlanFile(const fs::path& path)
{
    std::string extension = path.extension().string();
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // Word's owner files ("~$plan.docx") are not plans.
    return (extension == ".docx" || extension == ".odt") &&
           path.filename().string().rfind("~$", 0) != 0;
}

// The row as the parent of a --jobs run reads it back.
boost::json::object toJson(const BatchRow& row)
{
    boost::json::object out{{"file", row.file},
                            {"exit", row.exit},
                            {"error", row.error},
                            {"title", row.title},
                            {"lastReview", row.lastReview},
                            {"json", row.json},
                            {"text", row.text}};
    if (row.objectives)
        out["objectives"] = *row.objectives;
    if (row.errors)
        out["errors"] = *row.errors;
    if (row.warnings)
        out["warnings"] = *row.warnings;
    return out;
}

BatchRow fromJson(const boost::json::object& in)
{
    BatchRow row;
    const auto text = [&](const char* key)
    {
        const boost::json::value* value = in.if_contains(key);
        return value && value->is_string() ? std::string(value->get_string()) : std::string();
    };
    const auto number = [&](const char* key) -> std::optional<int>
    {
        const boost::json::value* value = in.if_contains(key);
        return value && value->is_int64() ? std::optional<int>(static_cast<int>(value->get_int64()))
                                          : std::nullopt;
    };
    row.file = text("file");
    row.exit = number("exit").value_or(ExitOffice);
    row.error = text("error");
    row.title = text("title");
    row.lastReview = text("lastReview");
    row.json = text("json");
    row.text = text("text");
    row.objectives = number("objectives");
    row.errors = number("errors");
    row.warnings = number("warnings");
    return row;
}

// A CSV field: quoted when it holds a comma, a quote or a line break.
std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string optionalNumber(const std::optional<int>& value)
{
    return value ? std::to_string(*value) : std::string();
}

// Shows on standard error, when it is a terminal, how far the run is.
class Progress
{
public:
    Progress(const std::string& command, std::size_t total, bool enabled)
        : m_command(command), m_total(total), m_enabled(enabled && ::isatty(STDERR_FILENO))
    {
    }

    void done(const std::string& file)
    {
        ++m_done;
        if (!m_enabled)
            return;
        std::string line = "eqplan " + m_command + ": " + std::to_string(m_done) + " of " +
                           std::to_string(m_total) + " plans, " +
                           fs::path(file).filename().string();
        if (line.size() > 78)
            line.resize(78);
        std::cerr << '\r' << line << std::string(78 - line.size(), ' ') << std::flush;
    }

    ~Progress()
    {
        if (m_enabled && m_done)
            std::cerr << '\r' << std::string(78, ' ') << '\r' << std::flush;
    }

private:
    std::string m_command;
    std::size_t m_total;
    std::size_t m_done = 0;
    bool m_enabled;
};

// Runs `work` on `file`, turning what it throws into the row's exit code and words.
BatchRow runOne(bridge::Office& office, const std::string& file, const BatchWork& work,
                bool& officeFailed)
{
    BatchRow row;
    try
    {
        row = work(office, file);
    }
    catch (const bridge::Error&)
    {
        const Failure failure = failureOf(std::current_exception());
        row.exit = failure.exit;
        row.error = failure.message;
        officeFailed = failure.exit == ExitOffice;
    }
    catch (const css::uno::Exception&)
    {
        row.error = failureOf(std::current_exception()).message;
        row.exit = ExitOffice;
        officeFailed = true;
    }
    row.file = file;
    return row;
}

// The rows of `files`, read one after another in one office (a new one after an office failed).
std::vector<BatchRow> readInOneOffice(const BatchOptions& options,
                                      const std::vector<std::string>& files, const BatchWork& work,
                                      Progress* progress)
{
    std::vector<BatchRow> rows;
    std::unique_ptr<bridge::Office> office;
    for (const std::string& file : files)
    {
        if (bridge::interruptedBy())
            break;
        bool officeFailed = false;
        if (!office)
            office = officeFor(options.connect);
        rows.push_back(runOne(*office, file, work, officeFailed));
        if (officeFailed && !options.connect)
            office.reset();
        if (options.part)
            std::cout << boost::json::serialize(toJson(rows.back())) << std::endl;
        if (progress)
            progress->done(file);
    }
    return rows;
}

// This program's own file, as a URL, to start the parts of a --jobs run: the SDK's portable
// answer (no /proc on other systems).
rtl::OUString thisProgram()
{
    rtl::OUString url;
    if (osl_getExecutableFile(&url.pData) != osl_Process_E_None)
        throw bridge::Error(bridge::Error::Kind::Office,
                            "could not find the eqplan program to start the parts of --jobs");
    return url;
}

// A child eqplan reading some of the files with --batch-part, started through the SDK's
// portable process layer; each line on its standard output is the row of its next file.
struct Child
{
    oslProcess process = nullptr;
    oslFileHandle output = nullptr;
    std::vector<std::size_t> indexes; // of its files among all
    std::thread reader;
};

// Starts `child` on its files; false when it could not be started (its files are then reported
// as not read).
bool start(Child& child, const rtl::OUString& program, const BatchOptions& options,
           const std::vector<std::string>& files)
{
    std::vector<std::string> arguments{options.command, "--json", "--batch-part"};
    arguments.insert(arguments.end(), options.childOptions.begin(), options.childOptions.end());
    arguments.push_back("--");
    for (std::size_t index : child.indexes)
        arguments.push_back(files[index]);
    // Kept as UTF-16 up to the SDK, which gives them to the child in the thread's encoding:
    // UTF-8, whatever the locale, so that a plan named in Welsh reaches the child intact.
    std::vector<rtl::OUString> wide;
    for (const std::string& argument : arguments)
        wide.push_back(bridge::fromUtf8(argument));
    std::vector<rtl_uString*> argv;
    for (rtl::OUString& argument : wide)
        argv.push_back(argument.pData);
    const rtl_TextEncoding was = osl_setThreadTextEncoding(RTL_TEXTENCODING_UTF8);
    const oslProcessError error = osl_executeProcess_WithRedirectedIO(
        program.pData, argv.data(), static_cast<sal_uInt32>(argv.size()), osl_Process_NORMAL,
        nullptr, nullptr, nullptr, 0, &child.process, nullptr, &child.output, nullptr);
    osl_setThreadTextEncoding(was);
    if (error == osl_Process_E_None && child.output)
        return true;
    if (child.process)
        osl_freeProcessHandle(child.process);
    child.process = nullptr;
    return false;
}

// Reads `child`'s lines until it ends; `take` gets each line (called from the reading thread).
template <typename Take> void readLines(Child& child, const Take& take)
{
    std::string pending;
    char buffer[65536];
    for (;;)
    {
        sal_uInt64 got = 0;
        const oslFileError error = osl_readFile(child.output, buffer, sizeof buffer, &got);
        if (error == osl_File_E_INTR)
            continue;
        if (error != osl_File_E_None || got == 0)
            break;
        pending.append(buffer, static_cast<std::size_t>(got));
        for (std::size_t end; (end = pending.find('\n')) != std::string::npos;)
        {
            take(pending.substr(0, end));
            pending.erase(0, end + 1);
        }
    }
    osl_closeFile(child.output);
}

// The rows of `files` read by `options.jobs` children, each with its own office.
std::vector<BatchRow> readInChildren(const BatchOptions& options,
                                     const std::vector<std::string>& files, Progress& progress)
{
    std::vector<BatchRow> rows(files.size());
    std::vector<bool> have(files.size(), false);
    std::mutex rowsMutex;
    std::vector<Child> children(
        static_cast<std::size_t>(std::min<int>(options.jobs, static_cast<int>(files.size()))));
    for (std::size_t i = 0; i < files.size(); ++i)
        children[i % children.size()].indexes.push_back(i);
    const rtl::OUString program = thisProgram();
    for (Child& child : children)
    {
        if (!start(child, program, options, files))
            continue;
        child.reader = std::thread(
            [&, next = std::size_t{0}]() mutable
            {
                readLines(child,
                          [&](const std::string& line)
                          {
                              boost::system::error_code error;
                              const boost::json::value value = boost::json::parse(line, error);
                              if (error || !value.is_object() || next >= child.indexes.size())
                                  return;
                              const std::size_t index = child.indexes[next++];
                              const std::lock_guard<std::mutex> lock(rowsMutex);
                              rows[index] = fromJson(value.get_object());
                              have[index] = true;
                              progress.done(files[index]);
                          });
            });
    }
    for (Child& child : children)
    {
        if (child.reader.joinable())
            child.reader.join();
        if (child.process)
        {
            osl_joinProcess(child.process);
            osl_freeProcessHandle(child.process);
        }
    }
    for (std::size_t i = 0; i < files.size(); ++i)
        if (!have[i])
        {
            rows[i].file = files[i];
            rows[i].exit = ExitOffice;
            rows[i].error = "not read: the eqplan run that was to read it stopped first.";
        }
    return rows;
}

void printReport(const BatchOptions& options, const std::vector<BatchRow>& rows)
{
    if (options.json)
    {
        for (const BatchRow& row : rows)
            std::cout << (row.json.empty()
                              ? boost::json::serialize(boost::json::object{
                                    {"file", row.file}, {"exit", row.exit}, {"error", row.error}})
                              : row.json)
                      << '\n';
        return;
    }
    if (options.csv)
    {
        std::cout << "plan,school title,objectives,last review,errors,warnings,problem\n";
        for (const BatchRow& row : rows)
            std::cout << csvField(row.file) << ',' << csvField(row.title) << ','
                      << optionalNumber(row.objectives) << ',' << csvField(row.lastReview) << ','
                      << optionalNumber(row.errors) << ',' << optionalNumber(row.warnings) << ','
                      << csvField(row.error) << '\n';
        return;
    }
    std::size_t read = 0;
    std::map<int, std::size_t> failed;
    for (const BatchRow& row : rows)
    {
        if (row.text.empty())
            std::cout << row.file << ": not read (exit " << row.exit << "): " << row.error << '\n';
        else
            std::cout << row.text << '\n';
        if (row.error.empty() || row.exit == ExitRefused)
            ++read;
        if (!row.error.empty())
            ++failed[row.exit];
    }
    std::cout << '\n'
              << rows.size() << (rows.size() == 1 ? " plan, " : " plans, ") << read << " read";
    for (const auto& [code, count] : failed)
        std::cout << ", " << count << " with exit " << code;
    std::cout << ".\n";
}
} // namespace

std::vector<std::string> plansIn(const std::vector<std::string>& given, std::string& error)
{
    std::vector<std::string> plans;
    for (const std::string& name : given)
    {
        std::error_code ec;
        if (!fs::is_directory(name, ec))
        {
            plans.push_back(name);
            continue;
        }
        std::vector<std::string> found;
        for (const fs::directory_entry& entry : fs::directory_iterator(name, ec))
            if (entry.is_regular_file(ec) && isPlanFile(entry.path()))
                found.push_back(entry.path().string());
        if (found.empty())
        {
            error = "the folder " + name + " has no .docx or .odt files";
            return {};
        }
        std::sort(found.begin(), found.end());
        plans.insert(plans.end(), found.begin(), found.end());
    }
    return plans;
}

bool isBatch(const std::vector<std::string>& given, const CLI::App& app)
{
    std::error_code ec;
    return given.size() > 1 || app.count("--csv") || app.count("--jobs") ||
           app.count("--batch-part") ||
           std::any_of(given.begin(), given.end(),
                       [&](const std::string& name) { return fs::is_directory(name, ec); });
}

void addBatchOptions(CLI::App& app, BatchOptions& options)
{
    app.add_flag("--csv", options.csv,
                 "with several plans: one line a plan, for a spreadsheet (plan, school title, "
                 "objectives, last review, errors, warnings, problem)");
    app.add_option("--jobs", options.jobs,
                   "with several plans: read them in N offices at once (default 1)")
        ->type_name("N");
    app.add_flag("--batch-part", options.part, "a part of a --jobs run")->group("");
}

std::vector<std::string> childOptions(const CLI::App& app)
{
    std::vector<std::string> out;
    for (const CLI::Option* option : app.get_options())
    {
        if (option->get_positional() || !option->count())
            continue;
        const std::string name = option->get_name(false, false);
        if (name == "--csv" || name == "--jobs" || name == "--batch-part" || name == "--json" ||
            name == "--help")
            continue;
        if (option->get_items_expected_min() == 0)
            out.push_back(name);
        else
            for (const std::string& value : option->results())
                out.push_back(name + "=" + value);
    }
    return out;
}

BatchStart startBatch(const std::string& command, const std::vector<std::string>& files,
                      BatchOptions options, const CLI::App& app, const CommonOptions& common)
{
    BatchStart start;
    std::string error;
    start.plans = plansIn(files, error);
    if (start.plans.empty())
    {
        start.exit = usageError(error);
        return start;
    }
    start.schemas = loadSchemasOrSay();
    if (!start.schemas)
    {
        start.exit = ExitOffice;
        return start;
    }
    options.command = command;
    options.json = common.json;
    options.connect = common.connect;
    options.childOptions = childOptions(app);
    start.options = std::move(options);
    return start;
}

int runBatch(const BatchOptions& options, const std::vector<std::string>& files,
             const BatchWork& work)
{
    if (options.jobs < 1 || options.jobs > 16)
        return usageError("--jobs takes how many offices read at once, 1 to 16, e.g. --jobs 2");
    if (options.jobs > 1 && options.connect)
        return usageError("--jobs starts offices of its own; it cannot be given with --connect");
    if (options.json && options.csv)
        return usageError("--json and --csv are two reports; give one");
    std::vector<BatchRow> rows;
    {
        Progress progress(options.command, files.size(), !options.part);
        rows = options.jobs > 1 ? readInChildren(options, files, progress)
                                : readInOneOffice(options, files, work, &progress);
    }
    if (options.part)
        return ExitRead;
    printReport(options, rows);
    int worst = ExitRead;
    for (const BatchRow& row : rows)
        worst = std::max(worst, row.exit);
    return worst;
}
} // namespace eqplan::cli
