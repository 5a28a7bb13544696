// `eqplan update`: add a dated progress entry to an objective, written the plan's own way.
#pragma once

#include "eqplan/Dates.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace eqplan::cli
{
// The usage lines of the command, for the help text.
extern const char* updateUsage;

// --date: "2026" (year), "2026-11" (month) or "2026-11-23" (day); nothing if it is none of them.
std::optional<PlanDate> parseUpdateDate(const std::string& text);

// Runs `eqplan update` on the arguments after the command word; returns the exit code. Throws
// bridge::Error and UNO exceptions for main to report, like inspect.
int update(const std::vector<std::string>& arguments);
} // namespace eqplan::cli
