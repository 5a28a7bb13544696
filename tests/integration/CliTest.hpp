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

} // namespace eqplan::test
