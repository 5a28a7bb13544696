// The plan as JSON, in the shape schemas/plan.schema.json describes (`eqplan inspect --json`).
#pragma once

#include "eqplan/Model.hpp"

#include <boost/json/value.hpp>

#include <string>

namespace eqplan
{
// What the JSON says about where the plan came from.
struct SourceInfo
{
    std::string file;   // the file name as given
    std::string format; // "docx", "odt", ...
};

// The whole plan as a JSON value.
boost::json::value toJson(const Plan& plan, const SourceInfo& source);

// The JSON of a place: {"table", "row", "column", "cell", "paragraph"}; {} or {"paragraph"} for
// body text.
boost::json::value toJson(const Location& location);

// The JSON of one date: {"value": "2021-03", "precision": "month", "first": ..., "last": ...}.
boost::json::value toJson(const PlanDate& date);
} // namespace eqplan
