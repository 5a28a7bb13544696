// `eqplan add-objective`: add an objective after the last one, laid out and numbered like it.
#pragma once

#include <string>
#include <vector>

namespace eqplan::cli
{
class CommandLine;

// Registers `eqplan add-objective`: add an objective after the last one.
void addAddObjective(CommandLine& cli);

} // namespace eqplan::cli
