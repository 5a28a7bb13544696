// `eqplan check`: run the plan's rules, print the findings, and with --fix repair what can be
// repaired safely.
#pragma once

#include "eqplan/Checks.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace eqplan::cli
{
class CommandLine;

// Registers `eqplan check`: run the rules, print the findings, apply safe fixes.
void addCheck(CommandLine& cli);

// Exit code of a check that found problems of severity error.
inline constexpr int ExitFindings = 1;

// Findings grouped by rule, in plain words, with the fix each offers.
void printFindings(std::ostream& out, const std::vector<Finding>& findings);

} // namespace eqplan::cli
