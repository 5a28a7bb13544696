// Helpers of the tests that write plans with the CLI (edit, add-objective): copies of fixtures,
// runs that must leave nothing behind, and the plan and its cells as `eqplan inspect` reads them.
#pragma once

#include "CliRun.hpp"
#include "InspectJson.hpp"
#include "JsonAt.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace eqplan::test
{
namespace fs = std::filesystem;
namespace json = boost::json;
using Texts = std::vector<std::string>;

// A copy of a fixture in a fresh folder, so that writing never touches the shared fixtures.
inline fs::path copyOf(const std::string& fileName)
{
    const fs::path folder = makeTempFolder("eqplan-write-test-");
    fs::copy_file(fs::path(EQPLAN_FIXTURE_DIR) / fileName, folder / fileName);
    return folder / fileName;
}

// Today in the local time zone, as eqplan dates its changes (eqplan::today; these tests run the
// CLI and do not link the core).
inline std::chrono::year_month_day today()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    return std::chrono::year{local.tm_year + 1900} /
           std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)} /
           std::chrono::day{static_cast<unsigned>(local.tm_mday)};
}

// "23-11-2026": today as the seeds write their Updated line.
inline std::string todayDashed()
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%u-%u-%d", static_cast<unsigned>(today().day()),
                  static_cast<unsigned>(today().month()), static_cast<int>(today().year()));
    return buffer;
}

// "2026-11-23": today as the history's JSON writes it.
inline std::string todayIso()
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(today().year()),
                  static_cast<unsigned>(today().month()), static_cast<unsigned>(today().day()));
    return buffer;
}

// Runs `eqplan COMMAND FILE arguments...`; FILE is left as it was when the run fails.
inline CliRun run(const std::string& command, const fs::path& file,
                  std::vector<std::string> arguments)
{
    const std::string before = readFile(file);
    arguments.insert(arguments.begin(), {command, file.string()});
    const CliRun result = runCli(arguments);
    expectClean(result, "eqplan " + command + " " + file.string());
    if (result.exitCode != 0)
    {
        EXPECT_TRUE(readFile(file) == before)
            << "a failed eqplan " << command << " changed " << file;
    }
    return result;
}

inline std::string text(const json::value& value)
{
    return value.is_string() ? std::string(value.as_string()) : "<" + json::serialize(value) + ">";
}

// The texts of a list field's items in the plan's JSON.
inline Texts itemTexts(const json::value& field)
{
    Texts out;
    if (const json::array* items = at(field, "/items").if_array())
        for (const json::value& item : *items)
            out.push_back(text(at(item, "/text")));
    return out;
}

// A paragraph of `inspect --dump-grid` as "label|bold|text".
inline std::string paragraphLine(const json::value& p)
{
    const json::value& label = at(p, "/listLabel");
    return (label.is_string() ? std::string(label.as_string()) : "") + "|" +
           (at(p, "/bold") == json::value(true) ? "bold" : "") + "|" + text(at(p, "/text"));
}

// The paragraphs of a cell of the first table in `inspect --dump-grid`.
inline Texts cellParagraphs(const json::value& grid, const std::string& cell)
{
    Texts out;
    for (const json::value& c : at(grid, "/tables/0/cells").as_array())
        if (at(c, "/name") == json::value(cell.c_str()))
            for (const json::value& p : c.at("paragraphs").as_array())
                out.push_back(paragraphLine(p));
    return out;
}

// The body paragraphs before the first table.
inline Texts front(const json::value& grid)
{
    Texts out;
    for (const json::value& p : at(grid, "/tables/0/before").as_array())
        out.push_back(paragraphLine(p));
    return out;
}

} // namespace eqplan::test
