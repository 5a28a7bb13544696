// `eqplan owners`: the plan's owners with who they are, the owner register kept in the document,
// and renaming an owner everywhere.
#pragma once

#include <string>
#include <vector>

namespace eqplan::cli
{
class CommandLine;

// Registers `eqplan owners`: list the owners, change the register, rename one.
void addOwners(CommandLine& cli);

} // namespace eqplan::cli
