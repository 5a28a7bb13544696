#include "Report.hpp"

#include "Command.hpp"

#include "Inspect.hpp"
#include "Update.hpp"

#include "eqplan/Checks.hpp"
#include "eqplan/ChecksJson.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Report.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/PlanWriter.hpp"
#include "eqplan/bridge/Report.hpp"

#include <boost/json.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <system_error>

namespace eqplan::cli
{
namespace
{
struct ReportArguments
{
    std::string file;
    std::string output;
    std::string since;
    std::string until;
    std::string today;
};

// A --since, --until or --today value as a date, or a usage error naming the option.
std::optional<PlanDate> dateOption(const char* option, const std::string& value, int& failed)
{
    const std::optional<PlanDate> date = parseUpdateDate(value);
    if (!date)
        failed = usageError(std::string(option) + " \"" + value +
                            "\" is not a date: give it as 2025-09-01, 2025-09, 2025 or autumn-2025");
    return date;
}

int runReport(const ReportArguments& given, const CommonOptions& common)
{
    struct
    {
        std::string file;
        std::string output;
        std::optional<PlanDate> since;
        std::string sinceChoice; // "last-review" or "academic-year": the deck's choices
        std::optional<PlanDate> until;
        std::chrono::year_month_day today = eqplan::today();
        bool json = false;
        std::optional<std::string> connect;
    } a;
    a.file = given.file;
    a.output = given.output;
    a.json = common.json;
    a.connect = common.connect;
    int failed = 0;
    if (given.since == "last-review" || given.since == "academic-year")
        a.sinceChoice = given.since;
    else if (!given.since.empty() && !(a.since = dateOption("--since", given.since, failed)))
        return failed;
    if (!given.until.empty() && !(a.until = dateOption("--until", given.until, failed)))
        return failed;
    if (!given.today.empty())
    {
        const std::optional<PlanDate> day = dateOption("--today", given.today, failed);
        if (!day)
            return failed;
        if (day->precision != Precision::Day)
            return usageError("--today \"" + given.today + "\" is not a day: give it as 2026-11-23");
        a.today = day->first;
    }
    if (a.file.empty())
        return usageError("report needs the FILE of the plan");
    if (!a.since && a.sinceChoice.empty())
        return usageError("report needs --since DATE: the first day of the period");
    if (!a.sinceChoice.empty() && a.until)
        return usageError("--since " + a.sinceChoice +
                          " gives the whole period: leave out --until");
    if (a.output.empty() && !a.json)
        return usageError("report needs -o REPORT.pdf, .odt or .docx (or --json)");
    if (!a.output.empty() && !bridge::isReportFile(a.output))
        return usageError("cannot write a report to " + a.output +
                          ": give a .pdf, .odt or .docx file");
    ReportPeriod period{a.since ? a.since->first : a.today, a.until ? a.until->last() : a.today};
    if (period.until < period.since)
        return usageError("the period ends (" + PlanDate{period.until, Precision::Day, {}}.iso() +
                          ") before it starts (" +
                          PlanDate{period.since, Precision::Day, {}}.iso() + ")");
    std::error_code same;
    if (!a.output.empty() && std::filesystem::equivalent(a.output, a.file, same))
        return usageError("the report would overwrite the plan itself: give another -o");

    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    bridge::checkReadable(a.file);
    if (!a.output.empty())
        checkWritable(a.output);

    std::unique_ptr<bridge::Office> office = officeFor(a.connect);
    const bridge::OpenDocument document(*office, a.file, bridge::OpenMode::ReadOnly);
    const ReadResult read = readPlan(
        bridge::readDocument(*office, document.component(), bridge::ReadMethod::InOffice).grid,
        *schemas);
    if (!read)
    {
        printNoPlan(std::cerr, a.file, read, schemas->layout);
        return ExitNoPlan;
    }
    std::optional<OwnerRegister> owners;
    if (const std::optional<std::string> stored =
            bridge::readDocumentData(document.component(), bridge::ownersProperty))
        if (Loaded<OwnerRegister> loaded = ownerRegisterFromJson(*stored))
            owners = std::move(*loaded.value);

    std::string label;
    if (!a.sinceChoice.empty())
    {
        const PeriodChoice choice =
            a.sinceChoice == "academic-year"
                ? thisAcademicYear(a.today)
                : sinceLastReview(read.plan, bridge::readHistory(document.component()), a.today);
        if (!choice)
        {
            std::cerr << messageStart() << choice.reason << '\n';
            return ExitNoPlan;
        }
        period = choice.period;
        label = choice.label;
    }
    const Report report =
        buildReport(read.plan, owners ? &*owners : nullptr, *schemas, period, label, a.today);
    if (a.json)
        std::cout << boost::json::serialize(toJson(report)) << '\n';
    if (report.entries == 0)
    {
        std::cerr << messageStart() << noProgressMessage(report)
                  << (a.output.empty() ? "" : " No report was written.") << '\n';
        return ExitNoPlan;
    }
    if (!a.output.empty())
    {
        bridge::writeReport(*office, report, a.output);
        if (!a.json)
            std::cout << "Wrote " << a.output << ": " << report.entries
                      << (report.entries == 1 ? " progress entry" : " progress entries") << " for "
                      << report.withProgress.size() << " of " << report.objectives.size()
                      << " objectives, " << period.describe() << '\n';
    }
    return ExitRead;
}
} // namespace

void addReport(CommandLine& cli)
{
    auto a = std::make_shared<ReportArguments>();
    CLI::App& app = cli.add(
        {"report",
         "report FILE --since DATE|last-review|academic-year [--until DATE]\n"
         "                  [-o REPORT.pdf|.odt|.docx] [--today DATE]",
         "the progress report over a period, as a new document for governors and the website",
         R"text(The progress report for governors and the website: a new document (FILE is never changed)
titled from the plan, with the period, the plan's last update and who made it; per objective
its text, owners (codes explained from the owner register), status (a symbol and a word), the
progress entries dated in the period in date order as the plan writes them, or "No progress
recorded in this period", and undated entries apart ("Not dated"); a summary with the coverage
matrix, the review timeline and the calendar. An entry is in the period when the period it is
dated by starts in it. DATE as for update (2025-09, 2025-09-01, 2025, autumn-2025); --until
defaults to today. --since last-review: from the day after the last review meeting (else the
latest dated progress); --since academic-year: this academic year, September to August. A .pdf
is tagged PDF/UA and PDF/A-2b with a bookmark per objective; .odt and .docx have real headings
and lists. --json prints the report as data (schemas/report.schema.json).
)text",
         "  0  the report written (or printed with --json)\n"
         "  4  FILE holds no plan, or the period has no dated progress at all: nothing written"},
        [a, &cli] { return runReport(*a, cli.common()); });
    app.add_option("FILE", a->file, "the plan (.docx, .odt, .fodt, .doc, .rtf)")->type_name("");
    app.add_option("-o,--output", a->output, "the report to write: a .pdf, .odt or .docx file")
        ->type_name("REPORT");
    app.add_option("--since", a->since,
                   "the first day of the period, or last-review or academic-year")
        ->type_name("DATE");
    app.add_option("--until", a->until, "the last day of the period (default: today)")
        ->type_name("DATE");
    app.add_option("--today", a->today, "the day it is, as 2026-11-23 (default: today)")
        ->type_name("DATE");
}
} // namespace eqplan::cli
