// Findings and the owner register as JSON: findings in the shape schemas/findings.schema.json
// describes (`eqplan check --json`), the owner register as the string the document keeps.
#pragma once

#include "eqplan/Checks.hpp"
#include "eqplan/Schema.hpp"

#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace eqplan
{
// One edit: {"kind": "replace-text" | "fold-row" | "add-column" | "add-row" | "repeat-header" |
// "write-cell", ...}.
boost::json::value toJson(const Edit& edit);

// One finding: {"rule", "severity", "objective", "location", "message", "fix"}; "objective",
// "location" and "fix" are null when the finding has none.
boost::json::value toJson(const Finding& finding);

// Every finding with a count per severity: {"findings": [...], "counts": {"error", "warning",
// "info"}}, valid against schemas/findings.schema.json.
boost::json::value findingsToJson(const std::vector<Finding>& findings);

// The owner register as the JSON string the document keeps:
// {"version": 1, "owners": [{"code": "EWA", "name": "Mrs E Walker, Attendance"}]}.
std::string ownerRegisterToJson(const OwnerRegister& owners);

// The owner register from that string; never throws. The error names the JSON path:
// "owner register: /owners/1/code: expected a string".
Loaded<OwnerRegister> ownerRegisterFromJson(std::string_view json);
} // namespace eqplan
