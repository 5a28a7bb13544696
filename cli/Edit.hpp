// `eqplan edit`: rewrite one field of an objective, written into its cell the plan's own way.
#pragma once

#include <string>
#include <vector>

namespace eqplan::cli
{
// The usage lines of the command, for the help text.
extern const char* editUsage;

// Runs `eqplan edit` on the arguments after the command word; returns the exit code. Throws
// bridge::Error and UNO exceptions for main to report, like update.
int edit(const std::vector<std::string>& arguments);
} // namespace eqplan::cli
