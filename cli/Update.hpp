// `eqplan update`: add a dated progress entry to an objective, written the plan's own way.
#pragma once

#include "eqplan/Dates.hpp"
#include "eqplan/FieldWriter.hpp"

#include <chrono>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace eqplan::cli
{
// The usage lines of the command, for the help text.
extern const char* updateUsage;

// --date: "2026" (year), "2026-11" (month), "2026-11-23" (day) or "autumn-2026" (a school term:
// autumn, spring or summer); nothing if it is none of them.
std::optional<PlanDate> parseUpdateDate(const std::string& text);

// The objective of `plan` numbered `wanted`; nullptr after telling `err` which objectives there
// are (`verb` says what was to be done to it: "update").
const Objective* findObjective(const Plan& plan, int wanted, const char* verb, std::ostream& err);

// Says what dating the plan wrote: "Updated line: ...", or the line added under the title.
void printUpdatedLine(std::ostream& out, const UpdatedLineWrite& dated);

// Runs `eqplan update` on the arguments after the command word; returns the exit code. Throws
// bridge::Error and UNO exceptions for main to report, like inspect.
int update(const std::vector<std::string>& arguments);
} // namespace eqplan::cli
