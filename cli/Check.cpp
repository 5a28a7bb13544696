#include "Check.hpp"

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
const char* checkUsage =
    R"(  check FILE [--json] [--fix [-o OUT] [--by NAME]] [--today DATE] [--connect CONNECTION]
        Check the plan in FILE against eqplan's rules and print what it found, grouped by
        rule, or with --json as JSON (schemas/findings.schema.json). Exit code 1 when a
        finding is an error. With --fix, apply every safe fix (each one undo step) and write
        OUT (default: FILE itself) through a temporary file, then report what is left; each
        fix is recorded in the document's history as made by NAME (else LibreOffice's user).
        --today sets the day the calendar rules count from (default: today).
)";

namespace
{
using namespace std::chrono;

int usageError(const std::string& message)
{
    std::cerr << "eqplan: " << message
              << "\n\nUsage: eqplan check FILE [--json] [--fix [-o OUT]] [--today DATE]\n"
                 "(eqplan --help tells more)\n";
    return ExitUsage;
}

struct CheckArguments
{
    std::string file;
    std::string output;
    bool json = false;
    bool fix = false;
    year_month_day today = eqplan::today();
    std::string by;
    std::optional<std::string> connect;
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

int check(const std::vector<std::string>& arguments)
{
    CheckArguments a;
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
        const bool hasValue = i + 1 < arguments.size();
        if ((argument == "-o" || argument == "--output" || argument == "--today" ||
             argument == "--by" || argument == "--connect") &&
            !hasValue)
            return usageError(argument + " needs a value");
        if (argument == "--json")
            a.json = true;
        else if (argument == "--fix")
            a.fix = true;
        else if (argument == "-o" || argument == "--output")
            a.output = arguments[++i];
        else if (argument == "--today")
        {
            const std::optional<PlanDate> day = parseUpdateDate(arguments[++i]);
            if (!day || day->precision != Precision::Day)
                return usageError("--today \"" + arguments[i] +
                                  "\" is not a day: give it as 2026-11-23");
            a.today = day->first;
        }
        else if (argument == "--by")
        {
            a.by = arguments[++i];
            if (!acceptText(argument, a.by))
                return ExitUsage;
        }
        else if (argument == "--connect")
            a.connect = arguments[++i];
        else if (argument.size() > 1 && argument[0] == '-')
            return usageError("unknown option " + argument);
        else
            positional.push_back(argument);
    }
    if (positional.size() != 1)
        return usageError(positional.empty() ? "check needs the FILE to check"
                                             : "check reads one FILE at a time");
    a.file = positional[0];
    if (!a.output.empty() && !a.fix)
        return usageError("-o names where --fix writes the fixed plan; add --fix");
    if (a.output.empty())
        a.output = a.file;
    if (a.fix && !*bridge::filterFor(a.output))
        return usageError("cannot write " + a.output +
                          ": give a .docx, .odt, .fodt, .doc or .rtf file");

    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    bridge::checkReadable(a.file);
    if (a.fix)
        bridge::checkWritable(a.output);

    std::unique_ptr<bridge::Office> office = officeFor(a.connect);
    bridge::OpenDocument document(*office, a.file,
                                  a.fix ? bridge::OpenMode::Editable : bridge::OpenMode::ReadOnly);
    std::vector<std::string> warnings;
    const std::optional<OwnerRegister> owners = ownerRegister(document.component(), warnings);
    for (const std::string& warning : warnings)
        std::cerr << "eqplan: " << warning << '\n';

    Checked checked = readAndCheck(*office, document.component(), *schemas, a.today, owners);
    if (!checked.read)
    {
        printNoPlan(std::cerr, a.file, checked.read, schemas->layout);
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
                               bridge::Author{by, a.today});
            applied.push_back(next->fix->description);
            checked = readAndCheck(*office, document.component(), *schemas, a.today, owners);
            if (!checked.read)
                throw bridge::Error(bridge::Error::Kind::NotReadable,
                                    "after \"" + applied.back() +
                                        "\" eqplan no longer finds the plan; nothing was "
                                        "written.");
        }
        if (!applied.empty())
            bridge::storeDocument(document.component(), a.output);
    }

    const bool errors = std::any_of(checked.findings.begin(), checked.findings.end(),
                                    [](const Finding& f) { return f.severity == Severity::Error; });
    if (a.json)
    {
        boost::json::object out = findingsToJson(checked.findings).as_object();
        out["file"] = std::filesystem::path(a.file).filename().string();
        out["today"] = PlanDate{a.today, Precision::Day, std::nullopt}.iso();
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
} // namespace eqplan::cli
