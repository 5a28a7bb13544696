// Many plans in one run (`inspect`, `check`, `export-pdf` on several files and folders): one
// office for them all (or --jobs N offices, each in a child eqplan), one report, going on past a
// plan that cannot be read, the worst exit code.
#pragma once

#include "Command.hpp"

#include "eqplan/Schema.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace CLI
{
class App;
}

namespace eqplan::bridge
{
class Office;
}

namespace eqplan::cli
{
// What one plan of a batch gave: a row of the report.
struct BatchRow
{
    std::string file;
    int exit = 0;      // the exit code a run on this plan alone would have given
    std::string error; // why it was not read (or refused), in plain words; empty if it was
    std::string title; // the school's title of the plan
    std::optional<int> objectives;
    std::string lastReview;              // the latest progress date, as 2021-03
    std::optional<int> errors, warnings; // check's findings, where the command checks
    std::string json;                    // the plan's line of --json output, where it was read
    std::string text;                    // the plan's line of the text report, where it was read
};

// Reads one plan in `office` into a row; throws bridge::Error and UNO exceptions as a run on
// that plan alone would.
using BatchWork = std::function<BatchRow(bridge::Office& office, const std::string& file)>;

// How a batch runs and reports.
struct BatchOptions
{
    std::string command;
    bool json = false;
    bool csv = false;
    int jobs = 1;
    bool part = false; // a child of a --jobs run: print rows for the parent, no progress
    std::optional<std::string> connect;
    std::vector<std::string> childOptions; // the options a child gets, as "--name=value"
};

// The plans `given` names: each file as given, and each folder's .docx and .odt files in name
// order; empty after setting `error` when a folder holds none or a name is neither.
std::vector<std::string> plansIn(const std::vector<std::string>& given, std::string& error);

// True when `given` asks for a batch: several names, a folder, --csv or --jobs.
bool isBatch(const std::vector<std::string>& given, const CLI::App& app);

// Adds --csv, --jobs N and the hidden --batch-part to a command that takes several plans.
void addBatchOptions(CLI::App& app, BatchOptions& options);

// The options of `app` as given, as "--name=value" arguments for a child run, without FILE and
// the batch's own options.
std::vector<std::string> childOptions(const CLI::App& app);

// A batch run set up: the plans it reads, the schemas, and its options completed from the
// command's own; `exit` is set instead when there is nothing to run (a usage error, or the
// schemas could not be read), each already said on standard error.
struct BatchStart
{
    std::vector<std::string> plans;
    std::optional<Schemas> schemas;
    BatchOptions options;
    std::optional<int> exit;
};

// Sets up `command` on the plans `files` names, with the options the command was given
// (`options`, its CLI11 `app`, the common options).
BatchStart startBatch(const std::string& command, const std::vector<std::string>& files,
                      BatchOptions options, const CLI::App& app, const CommonOptions& common);

// Runs `work` on each plan and prints the report; gives the worst exit code.
int runBatch(const BatchOptions& options, const std::vector<std::string>& files,
             const BatchWork& work);
} // namespace eqplan::cli
