// `eqplan owners`: the plan's owners with who they are, the owner register kept in the document,
// and renaming an owner everywhere.
#pragma once

#include <string>
#include <vector>

namespace eqplan::cli
{
// The usage lines of the command, for the help text.
extern const char* ownersUsage;

// Runs `eqplan owners` on the arguments after the command word; returns the exit code. Throws
// bridge::Error and UNO exceptions for main to report, like inspect.
int owners(const std::vector<std::string>& arguments);
} // namespace eqplan::cli
