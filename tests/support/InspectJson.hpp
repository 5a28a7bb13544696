// The plan as `eqplan inspect --json` gives it, for the tests that run the CLI and read its
// answer.
#pragma once

#include "CliRun.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

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
} // namespace eqplan::test
