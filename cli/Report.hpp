// `eqplan report`: the progress report over a period, written as a new document (never a change
// to the plan), or given as JSON.
#pragma once

namespace eqplan::cli
{
class CommandLine;

// Registers `eqplan report`: its usage, help, exit codes and options.
void addReport(CommandLine& cli);
} // namespace eqplan::cli
