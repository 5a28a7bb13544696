// Text from the command line that goes into a plan, checked the one way core checks it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan::cli
{
// True when `text`, given with `option`, may be written into a plan; else says on standard error
// which character is refused, where, and what to do instead (the command then exits with
// ExitUsage, nothing changed).
bool acceptText(std::string_view option, std::string_view text);

} // namespace eqplan::cli
