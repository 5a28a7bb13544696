// `eqplan report`: the progress report over a period, written as a new document (never a change
// to the plan), or given as JSON.
#pragma once

#include <string>
#include <vector>

namespace eqplan::cli
{
// The usage lines of the command, for the help text.
extern const char* reportUsage;

// Runs `eqplan report` on the arguments after the command word; returns the exit code
// (ExitNoPlan when the period has no dated progress at all). Throws bridge::Error and UNO
// exceptions for main to report, like inspect.
int report(const std::vector<std::string>& arguments);
} // namespace eqplan::cli
