// `eqplan add-objective`: add an objective after the last one, laid out and numbered like it.
#pragma once

#include <string>
#include <vector>

namespace eqplan::cli
{
// The usage lines of the command, for the help text.
extern const char* addObjectiveUsage;

// Runs `eqplan add-objective` on the arguments after the command word; returns the exit code.
// Throws bridge::Error and UNO exceptions for main to report, like update.
int addObjective(const std::vector<std::string>& arguments);
} // namespace eqplan::cli
