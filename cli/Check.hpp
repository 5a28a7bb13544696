// `eqplan check`: run the plan's rules, print the findings, and with --fix repair what can be
// repaired safely.
#pragma once

#include "eqplan/Checks.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace eqplan::cli
{
// The usage lines of the command, for the help text.
extern const char* checkUsage;

// Exit code of a check that found problems of severity error.
inline constexpr int ExitFindings = 1;

// Findings grouped by rule, in plain words, with the fix each offers.
void printFindings(std::ostream& out, const std::vector<Finding>& findings);

// Runs `eqplan check` on the arguments after the command word; returns the exit code. Throws
// bridge::Error and UNO exceptions for main to report, like inspect.
int check(const std::vector<std::string>& arguments);
} // namespace eqplan::cli
