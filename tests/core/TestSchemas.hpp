// The real schemas of the source tree (schemas/*.json), loaded once for the core tests: the
// vocabulary the reader is tested against is the one it ships with; and a grid read with them.
#pragma once

#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <utility>

namespace eqplan::test
{
// The source tree's schemas/ folder (set by tests/core/CMakeLists.txt).
inline std::filesystem::path sourceSchemaDirectory()
{
    return EQPLAN_SOURCE_SCHEMA_DIR;
}

// schemas/*.json as eqplan reads them. Throws, failing the test that asked, if they do not load.
inline const Schemas& realSchemas()
{
    static const Schemas schemas = []
    {
        Loaded<Schemas> loaded = loadSchemas(sourceSchemaDirectory());
        if (!loaded)
            throw std::runtime_error("the real schemas do not load: " + loaded.error);
        return std::move(*loaded.value);
    }();
    return schemas;
}

// The plan `grid` holds, read with the real schemas; the test fails where it holds none.
inline Plan readWithRealSchemas(const DocumentGrid& grid)
{
    ReadResult result = readPlan(grid, realSchemas());
    EXPECT_TRUE(result) << result.message;
    return std::move(result.plan);
}

// schemas/layouts.json as eqplan reads it.
inline const Layout& realLayout()
{
    return realSchemas().layout;
}
} // namespace eqplan::test
