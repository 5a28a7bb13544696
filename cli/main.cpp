// eqplan: the command-line tool over real LibreOffice.
#include "AddObjective.hpp"
#include "Command.hpp"
#include "Check.hpp"
#include "Edit.hpp"
#include "ExportPdf.hpp"
#include "Inspect.hpp"
#include "Options.hpp"
#include "Output.hpp"
#include "Owners.hpp"
#include "Columns.hpp"
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

// Runs the command `cli` parsed and gives its exit code, saying what went wrong when it threw.
int run(CommandLine& cli)
{
    // An interrupted run stops its office; whatever the failed call then says, say that, and
    // whether the file was written: after the rename it was, in full, and a retry would write the
    // change twice. saidWritten says so when a file was written, and tells whether it did.
    const auto saidWritten = []
    {
        if (bridge::writtenFiles().empty())
            return false;
        std::cerr << messageStart() << "interrupted after writing " << writtenList() << " in full"
                  << (bridge::interruptStoppedTheOffice() ? "; LibreOffice was stopped.\n" : ".\n");
        return true;
    };
    const auto failed = [&](int code, const std::string& message)
    {
        if (int signal = bridge::interruptedBy())
        {
            if (saidWritten())
                return static_cast<int>(ExitRead);
            std::cerr << (bridge::interruptStoppedTheOffice()
                              ? messageStart() + "interrupted; LibreOffice was stopped and "
                                                 "nothing was changed.\n"
                              : messageStart() + "interrupted; what eqplan had opened in "
                                                 "LibreOffice was closed and nothing was "
                                                 "changed.\n");
            return 128 + signal;
        }
        std::cerr << messageStart() << message << '\n';
        return code;
    };
    try
    {
        // The commands that time no steps of their own report the whole run.
        const bool timings = cli.common().timings && cli.command()->name != "inspect";
        const auto started = std::chrono::steady_clock::now();
        const int code = cli.runCommand();
        if (timings)
            std::cerr << messageStart()
                      << std::chrono::duration<double, std::milli>(
                             std::chrono::steady_clock::now() - started)
                             .count()
                      << " ms\n";
        // Interrupted after the write, a command that went on to its end says what it says.
        if (!bridge::interruptedBy() || saidWritten())
            return code;
        return failed(ExitOffice, "");
    }
    catch (...)
    {
        const Failure failure = failureOf(std::current_exception());
        return failed(failure.exit, failure.message);
    }
}

// Says what --break-lock removed.
void sayBrokenLocks()
{
    for (const std::string& note : bridge::brokenLocks())
        std::cerr << messageStart() << note << ".\n";
}
} // namespace

int main(int argc, char** argv)
{
    CheckedOutput output(outputStyle(argc, argv));
    CommandLine cli;
    // One registration a command: its usage, help, options and what runs it.
    for (void (*add)(CommandLine&) : {addInspect, addUpdate, addEdit, addAddObjective, addCheck,
                                      addOwners, addColumns, addExportPdf, addReport})
        add(cli);
    std::optional<int> parsed = cli.parse(argc, argv);
    const int code = parsed ? *parsed : run(cli);
    if (!parsed)
        sayBrokenLocks();
    // Output that did not get out (a full disk) is a failure, unless a file was written: then the
    // run did what it was asked, and a retry would do it twice.
    if (const int error = output.finishOutput())
    {
        if (bridge::writtenFiles().empty())
        {
            std::cerr << messageStart() << "could not write the output: " << std::strerror(error)
                      << '\n';
            return ExitNotReadable;
        }
        std::cerr << messageStart() << "could not write the output (" << std::strerror(error)
                  << "); " << writtenList() << " was written.\n";
    }
    // Nowhere left to say it: the exit code alone tells that a message was lost.
    else if (code == ExitRead && output.errorStreamError() && bridge::writtenFiles().empty())
        return ExitNotReadable;
    return code;
}
