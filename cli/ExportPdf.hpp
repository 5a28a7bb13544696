// `eqplan export-pdf`: publish the plan as an accessible PDF, after a pre-publication check.
#pragma once

#include <string>
#include <vector>

namespace eqplan::cli
{
class CommandLine;

// Registers `eqplan export-pdf`: publish the plan as an accessible PDF.
void addExportPdf(CommandLine& cli);

} // namespace eqplan::cli
