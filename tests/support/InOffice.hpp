// What the bridge tests that drive a private LibreOffice share: one office per test suite,
// started before its first test and stopped after its last, and a fresh temporary folder for
// each test, removed after it.
#pragma once

#include "eqplan/bridge/Office.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>

namespace eqplan::test
{
// A test fixture (`Base`: testing::Test, or testing::TestWithParam<...>) with `s_office` and
// `m_folder`.
template <class Base = testing::Test>
class InOffice : public Base
{
protected:
    static void SetUpTestSuite() { s_office = bridge::Office::start(); }
    static void TearDownTestSuite() { s_office.reset(); }

    void SetUp() override
    {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "eqplan-bridge-test-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_folder = pattern;
    }
    void TearDown() override
    {
        std::error_code ec;
        std::filesystem::remove_all(m_folder, ec);
    }

    static inline std::unique_ptr<bridge::Office> s_office;
    std::filesystem::path m_folder;
};
} // namespace eqplan::test
