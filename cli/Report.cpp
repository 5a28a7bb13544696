#include "Report.hpp"

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
const char* reportUsage =
    R"(  report FILE --since DATE|last-review|academic-year [--until DATE] [-o REPORT.pdf|.odt|.docx] [--json]
         [--today DATE] [--connect CONNECTION]
        The progress report for governors and the website: a new document (FILE is never
        changed) titled from the plan, with the period, the plan's last update and who made
        it; per objective its text, owners (codes explained from the owner register), status
        (a symbol and a word), the progress entries dated in the period in date order as the
        plan writes them, or "No progress recorded in this period", and undated entries apart
        ("Not dated"); a summary with the coverage matrix, the review timeline and the
        calendar. An entry is in the period when the period it is dated by starts in it.
        DATE as for update (2025-09, 2025-09-01, 2025, autumn-2025); --until defaults to
        today. --since last-review: from the day after the last review meeting (else the
        latest dated progress); --since academic-year: this academic year, September to
        August. A .pdf is tagged PDF/UA and PDF/A-2b with a bookmark per objective; .odt and
        .docx have real headings and lists. --json prints the report as data
        (schemas/report.schema.json). A period with no dated progress at all exits 4.
)";

namespace
{
int usageError(const std::string& message)
{
    std::cerr << "eqplan: " << message
              << "\n\nUsage: eqplan report FILE --since DATE [--until DATE] "
                 "[-o REPORT.pdf|.odt|.docx] [--json]\n(eqplan --help tells more)\n";
    return ExitUsage;
}

struct Arguments
{
    std::string file;
    std::string output;
    std::optional<PlanDate> since;
    std::string sinceChoice; // "last-review" or "academic-year": the deck's choices
    std::optional<PlanDate> until;
    std::chrono::year_month_day today = eqplan::today();
    bool json = false;
    std::optional<std::string> connect;
};
} // namespace

int report(const std::vector<std::string>& arguments)
{
    Arguments a;
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < arguments.size(); ++i)
    {
        const std::string& argument = arguments[i];
        if (argument == "--")
        {
            positional.insert(positional.end(),
                              arguments.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                              arguments.end());
            break;
        }
        const bool takesValue = argument == "-o" || argument == "--output" ||
                                argument == "--since" || argument == "--until" ||
                                argument == "--today" || argument == "--connect";
        if (takesValue && i + 1 >= arguments.size())
            return usageError(argument + " needs a value");
        if (argument == "-o" || argument == "--output")
            a.output = arguments[++i];
        else if (argument == "--connect")
            a.connect = arguments[++i];
        else if (argument == "--since" || argument == "--until" || argument == "--today")
        {
            const std::string& value = arguments[++i];
            if (argument == "--since" && (value == "last-review" || value == "academic-year"))
            {
                a.sinceChoice = value;
                continue;
            }
            const std::optional<PlanDate> date = parseUpdateDate(value);
            if (!date)
                return usageError(argument + " \"" + value +
                                  "\" is not a date: give it as 2025-09-01, 2025-09, 2025 or "
                                  "autumn-2025");
            if (argument == "--since")
                a.since = date;
            else if (argument == "--until")
                a.until = date;
            else if (date->precision != Precision::Day)
                return usageError("--today \"" + value + "\" is not a day: give it as 2026-11-23");
            else
                a.today = date->first;
        }
        else if (argument == "--json")
            a.json = true;
        else if (argument.size() > 1 && argument[0] == '-')
            return usageError("unknown option " + argument);
        else
            positional.push_back(argument);
    }
    if (positional.size() != 1)
        return usageError(positional.empty() ? "report needs the FILE of the plan"
                                             : "report reads one FILE at a time");
    a.file = positional[0];
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
        bridge::checkWritable(a.output);

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
            std::cerr << "eqplan: " << choice.reason << '\n';
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
        std::cerr << "eqplan: " << noProgressMessage(report)
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
} // namespace eqplan::cli
