// Reading the CLI's JSON in tests.
#pragma once

#include <boost/json.hpp>

#include <string_view>

namespace eqplan::test
{
// The value at a JSON pointer, or null where there is none (so a missing field compares unequal
// to what is expected instead of throwing).
inline const boost::json::value& at(const boost::json::value& value, std::string_view pointer)
{
    static const boost::json::value null;
    boost::json::error_code ec;
    const boost::json::value* found = value.find_pointer(pointer, ec);
    return found ? *found : null;
}
} // namespace eqplan::test
