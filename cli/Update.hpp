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
class CommandLine;

// Registers `eqplan update`: add a dated progress entry to an objective, or set its status.
void addUpdate(CommandLine& cli);

// --date: "2026" (year), "2026-11" (month), "2026-11-23" (day) or "autumn-2026" (a school term:
// autumn, spring or summer); nothing if it is none of them.
std::optional<PlanDate> parseUpdateDate(const std::string& text);

// The objective of `plan` numbered `wanted`; nullptr after telling `err` which objectives there
// are (`verb` says what was to be done to it: "update").
const Objective* findObjective(const Plan& plan, int wanted, const char* verb, std::ostream& err);

// What dating the plan wrote: "Updated line: ...", or the line added under the title; empty
// when it wrote none.
std::string updatedLineSaid(const UpdatedLineWrite& dated);

// Prints updatedLineSaid() on a line of its own, when there is one.
void printUpdatedLine(std::ostream& out, const UpdatedLineWrite& dated);
} // namespace eqplan::cli
