// The plan as `eqplan inspect --json` gives it, and what a batch run over many files printed, for
// the tests that run the CLI and read its answer.
#pragma once

#include "CliRun.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <sstream>
#include <vector>

namespace eqplan::test
{
// The JSON `eqplan inspect OPTION FILE` prints (`option`: "--json", "--dump-grid"...), from a run
// that must exit 0 and leave nothing behind; null, with the test failed, where it does not parse.
inline boost::json::value inspectJson(const std::filesystem::path& file,
                                      const char* option = "--json")
{
    const CliRun run = runCli({"inspect", option, file.string()});
    expectClean(run, "eqplan inspect " + file.string());
    EXPECT_EQ(run.exitCode, 0) << run.err;
    boost::json::error_code ec;
    boost::json::value value = boost::json::parse(run.out, ec);
    EXPECT_FALSE(ec) << run.out.substr(0, 300);
    return value;
}

// What one run of the CLI over many files printed, a JSON line a file in the order given (the
// batch forms of `inspect --json`, `inspect --dump-grid` and `check --json`): each line parsed,
// null where one is no JSON, and what went wrong with the run itself ("" when nothing did).
struct JsonLines
{
    std::vector<boost::json::value> lines;
    std::string failure;
};

// Runs `eqplan arguments... files...` (one office for them all: about a second a file on a loaded
// machine) and reads what it printed; a line count other than the files' is a failure.
inline JsonLines runOverFiles(std::vector<std::string> arguments,
                              const std::vector<std::filesystem::path>& files,
                              std::chrono::seconds timeLimit = std::chrono::seconds(480))
{
    std::string what = "eqplan";
    for (const std::string& argument : arguments)
        what += " " + argument;
    what += " over " + std::to_string(files.size()) + " files";
    for (const std::filesystem::path& file : files)
        arguments.push_back(file.string());
    const CliRun run = runCli(arguments, timeLimit);
    JsonLines printed;
    if (!run.spawnError.empty() || run.timedOut || !run.exited)
        printed.failure = what + " did not finish; stderr:\n" + run.err;
    std::istringstream out(run.out);
    for (std::string line; std::getline(out, line);)
    {
        boost::json::error_code ec;
        boost::json::value value = boost::json::parse(line, ec);
        printed.lines.push_back(ec ? boost::json::value(nullptr) : std::move(value));
    }
    if (printed.failure.empty() && printed.lines.size() != files.size())
        printed.failure = what + " printed " + std::to_string(printed.lines.size()) +
                          " lines for " + std::to_string(files.size()) + " files";
    return printed;
}
} // namespace eqplan::test
