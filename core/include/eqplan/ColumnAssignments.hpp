// What the user said a plan's column holds, where recognition did not understand it or took it
// for something else: kept in the document (bridge: the EqplanColumns document property, this
// module's JSON) and taken over recognition on every read (assignHeader), matched by the header's
// normalised text so that it still holds after edits elsewhere in the table. In a plan whose
// labels are down the left, a "column" is a label row.
#pragma once

#include "eqplan/Grid.hpp"
#include "eqplan/Schema.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace eqplan
{
// One column the user assigned.
struct ColumnAssignment
{
    std::string header; // the header (or row label) as written when it was assigned
    std::string field;  // the field id it holds; empty: "not a field"

    friend bool operator==(const ColumnAssignment&, const ColumnAssignment&) = default;
};

// Every column the user assigned in one document.
struct ColumnAssignments
{
    std::vector<ColumnAssignment> columns; // in the order they were first assigned

    // The assignment of `header`, matched by headerKey(); nullptr if the user gave none.
    const ColumnAssignment* find(std::string_view header) const;

    friend bool operator==(const ColumnAssignments&, const ColumnAssignments&) = default;
};

// A header as assignments match it: lower case, spaces made single, typographic apostrophes
// plain, trailing ':', '?' and '.' dropped ("Champion?" and " champion " are one).
std::string headerKey(std::string_view header);

// Gives `header` the field `field` (empty: "not a field"), replacing the user's earlier word on
// the same header.
void assignColumn(ColumnAssignments& assignments, std::string_view header, std::string field);

// Drops the user's word on `header`: recognition decides again. False if there was none.
bool unassignColumn(ColumnAssignments& assignments, std::string_view header);

// The field a user names, by id ("owners") or by label ("Responsibility"), any case; nullptr
// for none.
const FieldSpec* fieldNamed(const Layout& layout, std::string_view name);

// Why the document cannot keep `assignments` (JSON, as columnAssignmentsToJson writes it): read
// that way, its tables, which hold a plan as `grid` reads, would hold none (a column the plan
// needs said to be no field). Empty when it can keep them.
std::string planLostBy(const DocumentGrid& grid, const std::string& assignments,
                       const Schemas& schemas);

// The JSON the document keeps:
// {"version": 1, "columns": [{"header": "Champion", "field": "owners"},
//                            {"header": "Notes", "field": null}]}.
std::string columnAssignmentsToJson(const ColumnAssignments& assignments);

// The assignments from that JSON; never throws. The error names the JSON path: "column
// assignments: /columns/0/field: expected a field id or null". Field ids the layout does not
// know are an error too, when `layout` is given.
Loaded<ColumnAssignments> columnAssignmentsFromJson(std::string_view json,
                                                    const Layout* layout = nullptr);
} // namespace eqplan
