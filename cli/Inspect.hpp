// `eqplan inspect`: read a plan out of a document and print it.
#pragma once

#include "Batch.hpp"
#include "ExitCodes.hpp"

#include "eqplan/Checks.hpp"
#include "eqplan/History.hpp"
#include "eqplan/PlanReader.hpp"

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace eqplan::bridge
{
class Office;
}

namespace eqplan::cli
{
class CommandLine;

// Registers `eqplan inspect`: read the plan and print it.
void addInspect(CommandLine& cli);

// What the document keeps beside the plan: its owner register and its history.
struct DocumentRecords
{
    OwnerRegister owners;
    std::vector<HistoryEntry> history;
    std::vector<std::string> problems; // records that could not be read, in plain words
};

// The schemas eqplan reads at run time with the school's own header words (localWordsFile()), or
// nothing after saying on standard error why not (the command then exits with ExitOffice: the
// installation or the words file is broken).
std::optional<Schemas> loadSchemasOrSay();

// The office a command works in: the running one at `connect`, or a private headless one without
// file locking, so that no lock file appears beside FILE (whose folder may be read-only): eqplan
// never stores over FILE through LibreOffice, only through a rename.
std::unique_ptr<bridge::Office> officeFor(const std::optional<std::string>& connect);

// The row of a batch report for `plan`, read from `file`: its title, objectives, latest review
// and a text line saying them.
BatchRow planRow(const std::string& file, const Plan& plan);

// The row of a batch report for a document without a plan (exit ExitNoPlan).
BatchRow noPlanRow(const std::string& file, const ReadResult& result);

// The readable summary of a plan, with the owners' names from the register and the latest
// changes from the history when the document has them.
void printSummary(std::ostream& out, const Plan& plan, const DocumentRecords& records = {});

// Why no plan was found: the tables seen and the headers looked for; with `explain`, how each
// table's header cells were read (printExplanation).
void printNoPlan(std::ostream& out, const std::string& file, const ReadResult& result,
                 const Layout& layout, bool explain = false);

// `inspect --explain`: for each plan table, which header cell was taken for which field and how
// sure eqplan is (its score and what in the header said so), and which columns it did not
// understand.
void printExplanation(std::ostream& out, const Plan& plan, const Layout& layout);
} // namespace eqplan::cli
