#include "Check.hpp"

#include "Batch.hpp"
#include "Command.hpp"
#include "Inspect.hpp"
#include "Options.hpp"
#include "Update.hpp"

#include "eqplan/ChecksJson.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Fixes.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/DocumentFacts.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/PlanWriter.hpp"

#include <boost/json.hpp>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <set>

namespace eqplan::cli
{
namespace
{
using namespace std::chrono;

struct CheckArguments
{
    CLI::App* app = nullptr;
    BatchOptions batch;
    std::vector<std::string> files;
    std::string output;
    bool fix = false;
    std::string today;
    std::string by;
};

// Everything one read of the document gives.
struct Checked
{
    DocumentGrid grid;
    ReadResult read;
    std::vector<Finding> findings;
};

std::optional<OwnerRegister> ownerRegister(const css::uno::Reference<css::lang::XComponent>& document,
                                           std::vector<std::string>& warnings)
{
    const std::optional<std::string> stored =
        bridge::readDocumentData(document, bridge::ownersProperty);
    if (!stored)
        return std::nullopt;
    Loaded<OwnerRegister> loaded = ownerRegisterFromJson(*stored);
    if (!loaded)
    {
        warnings.push_back("The document's owner register could not be read (" + loaded.error +
                           "); it was ignored.");
        return std::nullopt;
    }
    return std::move(*loaded.value);
}

Checked readAndCheck(bridge::Office& office,
                     const css::uno::Reference<css::lang::XComponent>& document,
                     const Schemas& schemas, year_month_day today,
                     const std::optional<OwnerRegister>& owners)
{
    Checked out;
    out.grid = bridge::readDocument(office, document, bridge::ReadMethod::InOffice).grid;
    out.read = readPlan(out.grid, schemas);
    if (out.read)
    {
        // What the document holds beyond its text (comments, pending changes, figures), so that
        // the check says all that publishing would refuse.
        const DocumentFacts facts = bridge::documentFacts(document, out.read.plan);
        out.findings = runChecks(CheckInput{out.grid, out.read.plan, schemas, today,
                                            owners ? &*owners : nullptr, nullptr, &facts});
    }
    return out;
}

std::string plural(std::size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
} // namespace

void printFindings(std::ostream& out, const std::vector<Finding>& findings)
{
    std::map<Severity, std::size_t> bySeverity;
    std::size_t fixable = 0;
    for (const Finding& finding : findings)
    {
        ++bySeverity[finding.severity];
        fixable += finding.fix && finding.fix->safe;
    }
    if (findings.empty())
    {
        out << "No problems found.\n";
        return;
    }
    out << plural(findings.size(), "finding", "findings") << ": "
        << plural(bySeverity[Severity::Error], "error", "errors") << ", "
        << plural(bySeverity[Severity::Warning], "warning", "warnings") << ", "
        << plural(bySeverity[Severity::Info], "note", "notes");
    if (fixable)
        out << "; --fix repairs " << fixable;
    out << '\n';
    // Grouped by rule, in the order the rules ran.
    std::vector<std::string> rules;
    for (const Finding& finding : findings)
        if (std::find(rules.begin(), rules.end(), finding.rule) == rules.end())
            rules.push_back(finding.rule);
    for (const std::string& rule : rules)
    {
        std::size_t count = 0;
        Severity severity = Severity::Info;
        for (const Finding& finding : findings)
            if (finding.rule == rule)
            {
                ++count;
                severity = finding.severity;
            }
        out << '\n' << ruleTitle(rule) << " — " << rule << " (" << count << ", "
            << toString(severity) << ")\n";
        for (const Finding& finding : findings)
        {
            if (finding.rule != rule)
                continue;
            out << "  ";
            if (finding.location && !finding.location->cell.empty())
                out << "[" << finding.location->cell << "] ";
            out << finding.message << '\n';
            if (finding.fix)
                out << "    fix" << (finding.fix->safe ? "" : " (not applied by --fix)") << ": "
                    << finding.fix->description << '\n';
        }
    }
}

namespace
{
int runCheck(const CheckArguments& given, const CommonOptions& common);
} // namespace

void addCheck(CommandLine& cli)
{
    auto a = std::make_shared<CheckArguments>();
    CLI::App& app = cli.add(
        {"check",
         "check FILE... [--json|--csv] [--jobs N] [--fix [-o OUT] [--by NAME]] [--today DATE]",
         "check the plan against eqplan's rules; --fix applies the safe fixes",
         R"text(Check the plan in FILE against eqplan's rules and print what it found, grouped by rule, or
with --json as JSON (schemas/findings.schema.json). With --fix, apply every safe fix (each one
undo step) and write OUT (default: FILE itself) through a temporary file, then report what is
left; each fix is recorded in the document's history as made by NAME (else LibreOffice's user).
Several FILEs, or a folder (its .docx and .odt files), are checked in one office (--jobs N: N
offices at once) into one report: a line a plan with its errors and warnings, --json its
findings as a JSON line, --csv a line a plan for a spreadsheet; a plan that cannot be read is
said in the report and the others are checked; the exit code is the worst of them.
)text",
         "  0  no finding is an error\n"
         "  1  a finding is an error (objectives over 4 years old, say)"},
        [a, &cli] { return runCheck(*a, cli.common()); });
    a->app = &app;
    app.add_option("FILE", a->files, "the plan to check (.docx, .odt, .fodt, .doc, .rtf)")
        ->type_name("");
    app.add_flag("--fix", a->fix, "apply every safe fix, each one undo step");
    addBatchOptions(app, a->batch);
    app.add_option("-o,--output", a->output,
                   "with --fix: write the fixed plan here (default: FILE)")
        ->type_name("OUT");
    app.add_option("--by", a->by, "with --fix: who made the fixes, for the history")
        ->type_name("NAME");
    app.add_option("--today", a->today,
                   "the day the calendar rules count from, as 2026-11-23 (default: today)")
        ->type_name("DATE");
}

namespace
{
// check on several plans: a line a plan with its errors and warnings, or its findings as a JSON
// line.
int checkMany(const CheckArguments& a, const CommonOptions& common, year_month_day todayDate)
{
    if (a.fix)
        return usageError("--fix changes one FILE at a time; check the plans first, then fix each");
    BatchStart start = startBatch("check", a.files, a.batch, *a.app, common);
    if (start.exit)
        return *start.exit;
    const std::vector<std::string>& plans = start.plans;
    const std::optional<Schemas>& schemas = start.schemas;
    return runBatch(start.options, plans,
                    [&](bridge::Office& office, const std::string& file)
                    {
                        bridge::checkReadable(file);
                        bridge::OpenDocument document(office, file, bridge::OpenMode::ReadOnly);
                        std::vector<std::string> warnings;
                        const std::optional<OwnerRegister> owners =
                            ownerRegister(document.component(), warnings);
                        const Checked checked =
                            readAndCheck(office, document.component(), *schemas, todayDate, owners);
                        if (!checked.read)
                            return noPlanRow(file, checked.read);
                        BatchRow row = planRow(file, checked.read.plan);
                        int errors = 0, warned = 0;
                        for (const Finding& finding : checked.findings)
                        {
                            errors += finding.severity == Severity::Error;
                            warned += finding.severity == Severity::Warning;
                        }
                        row.errors = errors;
                        row.warnings = warned;
                        row.exit = errors ? ExitFindings : ExitRead;
                        row.text +=
                            ": " + plural(static_cast<std::size_t>(errors), "error", "errors") +
                            ", " + plural(static_cast<std::size_t>(warned), "warning", "warnings");
                        if (common.json)
                        {
                            boost::json::object out = findingsToJson(checked.findings).as_object();
                            out["file"] = std::filesystem::path(file).filename().string();
                            out["today"] = PlanDate{todayDate, Precision::Day, std::nullopt}.iso();
                            row.json = boost::json::serialize(out);
                        }
                        return row;
                    });
}

int runCheck(const CheckArguments& given, const CommonOptions& common)
{
    CheckArguments a = given;
    year_month_day todayDate = eqplan::today();
    if (a.app->count("--today"))
    {
        const std::optional<PlanDate> day = parseUpdateDate(a.today);
        if (!day || day->precision != Precision::Day)
            return usageError("--today \"" + a.today + "\" is not a day: give it as 2026-11-23");
        todayDate = day->first;
    }
    if (!acceptText("--by", a.by))
        return ExitUsage;
    if (a.files.empty())
        return usageError("check needs the FILE to check");
    if (isBatch(a.files, *a.app))
        return checkMany(a, common, todayDate);
    const std::string file = a.files.front();
    if (!a.output.empty() && !a.fix)
        return usageError("-o names where --fix writes the fixed plan; add --fix");
    if (a.output.empty())
        a.output = file;
    if (a.fix && !*bridge::filterFor(a.output))
        return usageError("cannot write " + a.output +
                          ": give a .docx, .odt, .fodt, .doc or .rtf file");

    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    bridge::checkReadable(file);
    if (a.fix)
        checkWritable(a.output);

    std::unique_ptr<bridge::Office> office = officeFor(common.connect);
    bridge::OpenDocument document(*office, file,
                                  a.fix ? bridge::OpenMode::Editable : bridge::OpenMode::ReadOnly);
    std::vector<std::string> warnings;
    const std::optional<OwnerRegister> owners = ownerRegister(document.component(), warnings);
    for (const std::string& warning : warnings)
        std::cerr << messageStart() << warning << '\n';

    Checked checked = readAndCheck(*office, document.component(), *schemas, todayDate, owners);
    if (!checked.read)
    {
        printNoPlan(std::cerr, file, checked.read, schemas->layout);
        return ExitNoPlan;
    }

    std::vector<std::string> applied;
    if (a.fix)
    {
        const std::string by = a.by.empty() ? bridge::userName(office->context()) : a.by;
        // One safe fix at a time, re-reading in between: a fix may move what the next one names.
        std::set<std::string> tried;
        for (;;)
        {
            const auto next = std::find_if(checked.findings.begin(), checked.findings.end(),
                                           [&](const Finding& f)
                                           { return f.fix && f.fix->safe && !tried.count(findingKey(f)); });
            if (next == checked.findings.end())
                break;
            tried.insert(findingKey(*next));
            bridge::fixFinding(document.component(), checked.grid, *next->fix, next->objective,
                               bridge::Author{by, todayDate});
            applied.push_back(next->fix->description);
            checked = readAndCheck(*office, document.component(), *schemas, todayDate, owners);
            if (!checked.read)
                throw bridge::Error(bridge::Error::Kind::Refused,
                                    "after \"" + applied.back() +
                                        "\" eqplan no longer finds the plan; nothing was "
                                        "written.");
        }
        if (!applied.empty())
            bridge::storeDocument(document.component(), a.output);
    }

    const bool errors = std::any_of(checked.findings.begin(), checked.findings.end(),
                                    [](const Finding& f) { return f.severity == Severity::Error; });
    if (common.json)
    {
        boost::json::object out = findingsToJson(checked.findings).as_object();
        out["file"] = std::filesystem::path(file).filename().string();
        out["today"] = PlanDate{todayDate, Precision::Day, std::nullopt}.iso();
        if (a.fix)
        {
            boost::json::array fixed;
            for (const std::string& description : applied)
                fixed.emplace_back(description);
            out["fixed"] = std::move(fixed);
            out["written"] = applied.empty() ? "" : a.output;
        }
        std::cout << boost::json::serialize(out) << '\n';
    }
    else
    {
        if (a.fix)
        {
            if (applied.empty())
                std::cout << "Nothing to fix safely; " << a.output << " was not written.\n\n";
            else
            {
                std::cout << "Fixed " << plural(applied.size(), "problem", "problems")
                          << " (each one undo step), wrote " << a.output << ":\n";
                for (const std::string& description : applied)
                    std::cout << "  " << description << '\n';
                std::cout << "\nStill to look at:\n";
            }
        }
        printFindings(std::cout, checked.findings);
    }
    return errors ? ExitFindings : ExitRead;
}
} // namespace
} // namespace eqplan::cli
