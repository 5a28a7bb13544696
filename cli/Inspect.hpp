// `eqplan inspect`: read a plan out of a document and print it.
#pragma once

#include "eqplan/PlanReader.hpp"

#include <iosfwd>
#include <string>

namespace eqplan::cli
{
// Exit codes, the CLI's contract.
enum Exit : int
{
    ExitRead = 0,
    ExitUsage = 2,
    ExitNotReadable = 3,
    ExitNoPlan = 4,
    ExitOffice = 5,
    ExitRefused = 6, // export-pdf: the pre-publication check found things to resolve first
};

// The readable summary of a plan.
void printSummary(std::ostream& out, const Plan& plan);

// Why no plan was found: the tables seen and the headers looked for.
void printNoPlan(std::ostream& out, const std::string& file, const ReadResult& result,
                 const Layout& layout);
} // namespace eqplan::cli
