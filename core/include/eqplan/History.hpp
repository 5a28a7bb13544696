// The history of changes eqplan made to a plan — when, who, which objective, what — kept in the
// document itself (as a document property; see bridge/Metadata.hpp) so that it travels with it.
#pragma once

#include "eqplan/Dates.hpp"
#include "eqplan/Schema.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan
{
// One change.
struct HistoryEntry
{
    std::chrono::year_month_day date{}; // the day it was made
    std::string who;                    // the editor's name or initials; may be empty
    std::optional<int> objective;       // the objective's number, if it was about one
    std::string what;                   // "Added progress: March 2021, 1 point"

    friend bool operator==(const HistoryEntry&, const HistoryEntry&) = default;
};

// The history as the JSON string the document keeps:
// {"version": 1, "changes": [{"date": "2026-11-23", "who": "D Sydes", "objective": 2, "what": ...}]}
std::string historyToJson(const std::vector<HistoryEntry>& history);

// The history from that string, oldest first; never throws. The error names the JSON path:
// "history: /changes/3/date: expected a day such as 2026-11-23".
Loaded<std::vector<HistoryEntry>> historyFromJson(std::string_view json);

// `stored` (the document's history, if any) with `entry` appended, as JSON. A history that cannot
// be read is kept, not lost: it moves to "unreadable" in the new JSON.
std::string appendHistory(const std::optional<std::string>& stored, const HistoryEntry& entry);

// What an added progress entry says in the history: "Added progress for 2026-11: 2 points".
std::string progressSummary(const PlanDate& date, std::size_t points);
} // namespace eqplan
