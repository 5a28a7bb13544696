// What a writing command changed, as it says it with --json: one object a run, valid against
// schemas/changes.schema.json.
#pragma once

#include <boost/json/object.hpp>

#include <optional>
#include <string>

namespace eqplan::cli
{
// The report of `command` run on `file`: "command", "file", "written" (null until written()) and
// an empty "changes".
boost::json::object changeReport(const std::string& command, const std::string& file);

// Adds one change of kind `kind` ("progress", "status", "field", "objective", "owner", "fix",
// "updated-line", "pdf"), said in `text` as the text output says it, about `objective` if any.
void addChange(boost::json::object& report, const std::string& kind, const std::string& text,
               std::optional<int> objective = std::nullopt);

// Records that the run wrote `file`.
void setWritten(boost::json::object& report, const std::string& file);

// Prints `report` on one line of standard output.
void printReport(const boost::json::object& report);
} // namespace eqplan::cli
