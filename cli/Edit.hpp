// `eqplan edit`: rewrite one field of an objective, written into its cell the plan's own way.
#pragma once

#include <string>
#include <vector>

namespace eqplan::cli
{
class CommandLine;

// Registers `eqplan edit`: rewrite one field of an objective.
void addEdit(CommandLine& cli);

} // namespace eqplan::cli
