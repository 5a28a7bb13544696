// The progress report: what a plan says happened in a period, objective by objective, for
// governors and the school's website (`eqplan report`, the deck's Report button). Built from the
// plan alone; writing it as a document is the bridge's (bridge/Report.hpp).
//
// An entry is in a period when the period it is dated by starts in it ("March 2024" on 1 March,
// "Autumn Term 2022" on 1 September 2022): each entry belongs to exactly one of two reports over
// consecutive periods, so that no entry is reported twice. Undated commentary is listed apart,
// never guessed into a period.
#pragma once

#include "eqplan/Checks.hpp"
#include "eqplan/Coverage.hpp"
#include "eqplan/History.hpp"
#include "eqplan/Model.hpp"
#include "eqplan/Pictures.hpp"
#include "eqplan/Schema.hpp"

#include <boost/json/value.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace eqplan
{
// The days a report covers, both included.
struct ReportPeriod
{
    std::chrono::year_month_day since{};
    std::chrono::year_month_day until{};

    bool holds(const PlanDate& date) const; // the date's period starts within these days
    std::string describe() const;           // "1 September 2025 to 31 August 2026"
};

// Where a period comes from: the deck's choices, each with what it is called.
struct PeriodChoice
{
    ReportPeriod period;
    std::string label;  // "since the last review (March 2021)", "this academic year (2025–26)"
    std::string reason; // when there is no such period: why, in plain words; else empty
    Message labelWords = {};  // `label` with its key and arguments, for a catalogue
    Message reasonWords = {}; // `reason` likewise

    explicit operator bool() const { return reason.empty(); }
};

// The academic year (1 September to 31 August) that holds `today`.
PeriodChoice thisAcademicYear(std::chrono::year_month_day today);

// From the day after the last review to `today`. The last review is the latest review meeting
// the history records ("Review meeting of 2026-11-23"), else the latest dated progress of the
// plan (the whole of its period: "March 2021" ends on 31 March). None when neither is known.
PeriodChoice sinceLastReview(const Plan& plan, const std::vector<HistoryEntry>& history,
                             std::chrono::year_month_day today);

// A progress entry as the report shows it: its heading (date) and items, as written.
struct ReportEntry
{
    std::optional<PlanDate> date;   // empty for undated commentary
    std::string heading;            // as written ("March 2024", "Autumn Term 2022:"); may be empty
    std::vector<std::string> items; // each item's text as written, its typed number kept
};

// One objective in the report.
struct ReportObjective
{
    int number = 0;
    std::string text;                 // the objective without its typed number
    std::vector<std::string> owners;  // "SLT (Senior Leadership Team)": the code explained
    std::string status;               // "✓ Green: on track", or "No status given"
    std::string rating;               // "green", "amber", "red"; empty if none
    bool achieved = false;            // its status says achieved, complete, met or done
    std::vector<ReportEntry> entries; // dated in the period, in date order
    std::vector<ReportEntry> undated; // commentary without a date, in document order
};

// The whole report.
struct Report
{
    std::string title;     // "Equality objectives: progress report, 2025–26"
    std::string planTitle; // the plan's title as written
    ReportPeriod period;
    std::string periodLabel;             // the choice's label, or the period described
    std::optional<PlanDate> lastUpdated; // the plan's Updated line
    std::string updatedBy;               // who it names; may be empty
    std::vector<ReportObjective> objectives;
    std::vector<int> withProgress;     // objectives with an entry dated in the period
    std::vector<int> withoutProgress;  // ... and without
    std::vector<int> achieved;         // objectives whose status says achieved
    std::size_t entries = 0;           // entries dated in the period, in all
    std::vector<std::string> calendar; // the calendar facts, a sentence each
    Coverage coverage;
    Picture coverageMatrix; // the pictures of the summary (eqplan/Pictures.hpp)
    Picture timeline;
};

// The report of `plan` over `period`; `owners` (the register, may be null) explains the owner
// codes; `today` dates the calendar facts.
Report buildReport(const Plan& plan, const OwnerRegister* owners, const Schemas& schemas,
                   const ReportPeriod& period, std::string periodLabel,
                   std::chrono::year_month_day today);

// "✓ Green", "! Amber", "✗ Red": a status as a symbol and a word, never a colour alone; with the
// cell's own words after a colon when they say more than the rating ("✓ Green: on track").
std::string statusWords(const Status& status);

// The sentence a report over a period with no dated progress at all says, naming the period.
std::string noProgressMessage(const Report& report);

// The same sentence keyed, naming the period by `periodLabel` (a PeriodChoice's labelWords), for
// a catalogue.
Message noProgressWords(const Report& report, const Message& periodLabel);

// As JSON, valid against schemas/report.schema.json.
boost::json::value toJson(const Report& report);
} // namespace eqplan
