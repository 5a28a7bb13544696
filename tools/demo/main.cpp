// eqplan-demo: a plan opened in a real, visible Writer with the Equality Plan deck open, as a
// person would see it; a screenshot of that, and optionally the window left to use.
#include "WriterDriver.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <CLI/CLI.hpp>

#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

namespace
{
using namespace eqplan;

const char* description =
    "Opens FILE in Writer on $DISPLAY with the Equality Plan deck open in the sidebar, using the\n"
    "LibreOffice profile in DIR (kept between runs; the extension is installed in it first when it\n"
    "holds no copy of EQPLAN.OXT or another build of it).";

const char* exitCodes = "Exit codes: 0 done; 2 usage; 3 FILE not a readable text document; 5 "
                        "LibreOffice, the\nextension or the display failed.";

struct Arguments
{
    std::filesystem::path profile;
    std::filesystem::path oxt;
    std::filesystem::path file;
    std::optional<std::filesystem::path> screenshot;
    std::optional<std::filesystem::path> panelScreenshots; // a folder: one PNG per panel
    std::string cursorTable; // with cursorCell: where to put the cursor, if anywhere
    std::string cursorCell;
    bool keepOpen = false;
    int width = 1400;
    int height = 900;
};

// Reads the command line into `arguments`; a usage error is thrown as CLI::ParseError.
void parse(CLI::App& app, Arguments& arguments, int argc, char** argv)
{
    app.add_option("--profile", arguments.profile, "the LibreOffice profile to use (DIR)")
        ->required();
    app.add_option("--oxt", arguments.oxt, "the extension package (EQPLAN.OXT)")->required();
    app.add_option("FILE", arguments.file, "the plan to open")->required();
    app.add_option("--screenshot", arguments.screenshot,
                   "save what the display shows once the deck's panels are there (OUT.png)");
    app.add_option("--panel-screenshots", arguments.panelScreenshots,
                   "also save one screenshot per panel, that panel expanded, in this folder");
    std::string cursor;
    app.add_option("--cursor", cursor,
                   "put the cursor in that cell first (Table1.B2), so that the Objective panel "
                   "shows the objective of its row");
    app.add_flag("--keep-open", arguments.keepOpen,
                 "leave Writer open until its window is closed; otherwise close it");
    std::string size;
    app.add_option("--size", size, "the Writer window's size in pixels (default 1400x900)");
    app.footer(exitCodes);
    app.parse(argc, argv);

    if (!cursor.empty())
    {
        const std::size_t dot = cursor.rfind('.');
        if (dot == std::string::npos || dot == 0 || dot + 1 == cursor.size())
            throw CLI::ValidationError("--cursor",
                                       "wants a table and a cell, such as Table1.B2, not " + cursor);
        arguments.cursorTable = cursor.substr(0, dot);
        arguments.cursorCell = cursor.substr(dot + 1);
    }
    if (!size.empty())
    {
        int width = 0;
        int height = 0;
        char x = 0;
        std::istringstream in(size);
        if (!(in >> width >> x >> height) || x != 'x' || !in.eof() || width < 200 || height < 200)
            throw CLI::ValidationError(
                "--size", "wants WIDTHxHEIGHT in pixels, at least 200x200, such as 1400x900");
        arguments.width = width;
        arguments.height = height;
    }
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

    const auto deck = driver::openDeck(model, driver::deckId, driver::panelIds);
    driver::settle(*office);
    stopwatch.lap("open deck");

    if (arguments.screenshot)
    {
        driver::screenshot(*arguments.screenshot);
        stopwatch.lap("screenshot");
        std::cout << "Screenshot: " << arguments.screenshot->string() << '\n';
    }
    if (arguments.panelScreenshots)
    {
        std::filesystem::create_directories(*arguments.panelScreenshots);
        for (const std::string& panel : driver::panelIds)
        {
            driver::showOnly(deck, panel);
            driver::settle(*office);
            // "EqplanPlanPanel" → plan.png
            std::string name = panel.substr(6, panel.size() - 6 - 5);
            for (char& c : name)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const std::filesystem::path png = *arguments.panelScreenshots / (name + ".png");
            driver::screenshot(png);
            std::cout << "Screenshot: " << png.string() << '\n';
        }
        stopwatch.lap("panel screenshots");
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
    CLI::App app(description, "eqplan-demo");
    Arguments arguments;
    try
    {
        parse(app, arguments, argc, argv);
    }
    catch (const CLI::ParseError& e)
    {
        return app.exit(e) == 0 ? 0 : 2;
    }
    try
    {
        return run(arguments);
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
