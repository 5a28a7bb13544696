// eqplan-demo: a plan opened in a real, visible Writer with the Equality Plan deck open, as a
// person would see it; a screenshot of that, and optionally the window left to use.
#include "WriterDriver.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <optional>
#include <string>

namespace
{
using namespace eqplan;

const char* usage = R"(Usage: eqplan-demo --profile DIR --oxt EQPLAN.OXT [--screenshot OUT.png]
                   [--cursor TABLE.CELL] [--keep-open] [--size WIDTHxHEIGHT] FILE

Opens FILE in Writer on $DISPLAY with the Equality Plan deck open in the sidebar, using the
LibreOffice profile in DIR (kept between runs; the extension is installed in it first when it
holds no copy of EQPLAN.OXT or another build of it).

Options:
  --screenshot OUT.png  save what the display shows once the deck's panels are there
  --cursor TABLE.CELL   put the cursor in that cell first (Table1.B2), so that the Objective
                        panel shows the objective of its row
  --keep-open           leave Writer open until its window is closed; otherwise close it
  --size WxH            the Writer window's size in pixels (default 1400x900)
  --help                show this help

Exit codes: 0 done; 2 usage; 3 FILE not a readable text document; 5 LibreOffice, the
extension or the display failed.
)";

struct Arguments
{
    std::filesystem::path profile;
    std::filesystem::path oxt;
    std::filesystem::path file;
    std::optional<std::filesystem::path> screenshot;
    std::string cursorTable; // with cursorCell: where to put the cursor, if anywhere
    std::string cursorCell;
    bool keepOpen = false;
    int width = 1400;
    int height = 900;
};

std::optional<Arguments> parse(int argc, char** argv, std::string& error)
{
    Arguments arguments;
    for (int i = 1; i < argc; ++i)
    {
        const std::string argument = argv[i];
        const bool hasValue = i + 1 < argc;
        if (argument == "--profile" && hasValue)
            arguments.profile = argv[++i];
        else if (argument == "--oxt" && hasValue)
            arguments.oxt = argv[++i];
        else if (argument == "--screenshot" && hasValue)
            arguments.screenshot = argv[++i];
        else if (argument == "--cursor" && hasValue)
        {
            const std::string where = argv[++i];
            const std::size_t dot = where.rfind('.');
            if (dot == std::string::npos || dot == 0 || dot + 1 == where.size())
            {
                error = "--cursor wants a table and a cell, such as Table1.B2, not " + where;
                return std::nullopt;
            }
            arguments.cursorTable = where.substr(0, dot);
            arguments.cursorCell = where.substr(dot + 1);
        }
        else if (argument == "--keep-open")
            arguments.keepOpen = true;
        else if (argument == "--size" && hasValue)
        {
            const std::string size = argv[++i];
            const std::size_t x = size.find('x');
            try
            {
                if (x == std::string::npos)
                    throw std::invalid_argument(size);
                arguments.width = std::stoi(size.substr(0, x));
                arguments.height = std::stoi(size.substr(x + 1));
            }
            catch (const std::exception&)
            {
                arguments.width = 0;
            }
            if (arguments.width < 200 || arguments.height < 200)
            {
                error = "--size wants WIDTHxHEIGHT in pixels, at least 200x200, such as 1400x900";
                return std::nullopt;
            }
        }
        else if (argument.size() > 1 && argument[0] == '-')
        {
            error = "unknown option " + argument;
            return std::nullopt;
        }
        else if (arguments.file.empty())
            arguments.file = argument;
        else
        {
            error = "one FILE only";
            return std::nullopt;
        }
    }
    if (arguments.profile.empty() || arguments.oxt.empty() || arguments.file.empty())
    {
        error = "--profile, --oxt and FILE are needed";
        return std::nullopt;
    }
    return arguments;
}

// Prints how long a step took, to standard error, beside the demo's own output.
class Stopwatch
{
public:
    void lap(const char* step)
    {
        const auto now = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(now - m_last).count();
        std::cerr << "eqplan-demo: " << std::left << std::setw(24) << step << std::fixed
                  << std::setprecision(1) << seconds << " s\n";
        m_last = now;
    }

private:
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

int run(const Arguments& arguments)
{
    Stopwatch stopwatch;
    bool installed = false;
    std::unique_ptr<bridge::Office> office =
        driver::startWithExtension(arguments.profile, arguments.oxt, &installed);
    stopwatch.lap(installed ? "install + start office" : "start office");

    auto model = driver::openVisible(*office, arguments.file);
    driver::setWindowSize(model, arguments.width, arguments.height);
    if (!arguments.cursorTable.empty())
        driver::putCursorInCell(model, arguments.cursorTable, arguments.cursorCell);
    stopwatch.lap("open document");

    driver::openDeck(model, driver::deckId, driver::panelIds);
    driver::settle(*office);
    stopwatch.lap("open deck");

    if (arguments.screenshot)
    {
        driver::screenshot(*arguments.screenshot);
        stopwatch.lap("screenshot");
        std::cout << "Screenshot: " << arguments.screenshot->string() << '\n';
    }
    if (arguments.keepOpen)
    {
        std::cout << "Writer is open with the Equality Plan deck; close its window to finish."
                  << std::endl;
        driver::waitUntilClosed(model);
    }
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (argv[i] == std::string("--help"))
        {
            std::cout << usage;
            return 0;
        }
    std::string error;
    const std::optional<Arguments> arguments = parse(argc, argv, error);
    if (!arguments)
    {
        std::cerr << "eqplan-demo: " << error << "\n\n" << usage;
        return 2;
    }
    try
    {
        return run(*arguments);
    }
    catch (const bridge::Error& e)
    {
        std::cerr << "eqplan-demo: " << e.what() << '\n';
        return e.kind() == bridge::Error::Kind::NotReadable ? 3 : 5;
    }
    catch (const driver::DriverError& e)
    {
        std::cerr << "eqplan-demo: " << e.what() << '\n';
        return 5;
    }
    catch (const css::uno::Exception& e)
    {
        std::cerr << "eqplan-demo: LibreOffice failed: " << bridge::toUtf8(e.Message) << '\n';
        return 5;
    }
    catch (const std::exception& e)
    {
        std::cerr << "eqplan-demo: " << e.what() << '\n';
        return 5;
    }
}
