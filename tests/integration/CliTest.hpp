// What every CLI test checks of a run, and the copies of fixtures it writes into.
#pragma once

#include "CliRun.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace eqplan::test
{
// A copy of a fixture in a fresh folder of its own, so that writing never touches the shared
// fixtures and the folder shows what a run left beside the file.
inline std::filesystem::path copyOf(const std::string& fileName)
{
    const std::filesystem::path folder = makeTempFolder("eqplan-test-");
    std::filesystem::copy_file(std::filesystem::path(EQPLAN_FIXTURE_DIR) / fileName,
                               folder / fileName);
    return folder / fileName;
}

// The run ended by itself in time, and left no LibreOffice running and nothing in its TMPDIR.
inline void expectClean(const CliRun& run, const std::string& what)
{
    EXPECT_EQ(run.spawnError, "") << what;
    EXPECT_FALSE(run.timedOut) << what;
    EXPECT_EQ(run.signal, 0) << what << "; stderr:\n" << run.err;
    EXPECT_TRUE(run.leftoverOffices.empty()) << what << " left LibreOffice running";
    EXPECT_TRUE(run.leftoverFolders.empty()) << what << " left folders in its TMPDIR";
}
} // namespace eqplan::test
