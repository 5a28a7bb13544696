// `eqplan export-pdf`: publish the plan as an accessible PDF, after a pre-publication check.
#pragma once

#include <string>
#include <vector>

namespace eqplan::cli
{
// The usage lines of the command, for the help text.
extern const char* exportPdfUsage;

// Runs `eqplan export-pdf` on the arguments after the command word; returns the exit code
// (ExitRefused when the check refuses). Throws bridge::Error and UNO exceptions for main to
// report, like inspect.
int exportPdf(const std::vector<std::string>& arguments);
} // namespace eqplan::cli
