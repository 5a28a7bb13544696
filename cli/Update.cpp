#include "Update.hpp"

#include "Changes.hpp"
#include "Command.hpp"
#include "ExitCodes.hpp"
#include "Inspect.hpp"
#include "Options.hpp"

#include "eqplan/FieldWriter.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/ProgressWriter.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/StatusWriter.hpp"
#include "eqplan/Text.hpp"
#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/PlanWriter.hpp"

#include <boost/json.hpp>

#include <filesystem>
#include <iostream>
#include <memory>

namespace eqplan::cli
{
namespace
{
using namespace std::chrono;

struct UpdateArguments
{
    CLI::App* app = nullptr;
    std::vector<std::string> files;
    std::string output;
    std::string objective;
    std::string date;
    std::vector<std::string> items;
    std::string status;
    std::string by;
};

std::optional<int> number(const std::string& text)
{
    if (text.empty() || text.size() > 6 ||
        text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoi(text);
}

int runUpdate(const UpdateArguments& a, const CommonOptions& common);
} // namespace

void addUpdate(CommandLine& cli)
{
    auto a = std::make_shared<UpdateArguments>();
    CLI::App& app = cli.add(
        {"update",
         "update FILE --objective N [--item TEXT...] [--status STATUS] [--date DATE] [--by NAME] "
         "[-o OUT]",
         "add a dated progress entry to an objective, or set its status",
         R"text(Add a dated progress entry to objective N (as the plan numbers it), written the way the
plan writes its progress, and set the Updated line to today and NAME (else LibreOffice's user
name; with neither, the line names no one). A plan without an Updated line gets one under its
title. Writes OUT (default: FILE itself) through a temporary file, never half-written; the
whole change is one undo step. --json says what changed (schemas/changes.schema.json).
)text",
         "  0  written (also when interrupted after OUT was written in full, which it says)\n"
         "  4  no plan table found, or the objective has no progress column or commentary row\n"
         "     (with --status: the plan has no status column)"},
        [a, &cli] { return runUpdate(*a, cli.common()); });
    a->app = &app;
    app.add_option("FILE", a->files, "the plan to change (.docx, .odt, .fodt, .doc, .rtf)")
        ->type_name("");
    app.add_option("--objective", a->objective, "the objective to update, as the plan numbers it")
        ->type_name("N");
    app.add_option("--item", a->items, "one point of the entry; give each point its own --item")
        ->type_name("TEXT")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--status", a->status,
                   "set the objective's status (RAG) column: green, amber, red, or words that "
                   "mean one (\"on track\"), written as the plan's other status cells are")
        ->type_name("STATUS");
    app.add_option("--date", a->date,
                   "the entry's date: 2026, 2026-11, 2026-11-23 or a school term (autumn-2026, "
                   "spring-2027, summer-2027); default: this month")
        ->type_name("DATE");
    app.add_option("--by", a->by, "who made the update, for the Updated line and the history")
        ->type_name("NAME");
    app.add_option("-o,--output", a->output, "write the changed plan here (default: FILE)")
        ->type_name("OUT");
}

std::optional<PlanDate> parseUpdateDate(const std::string& text)
{
    // A term: "autumn-2026" is the autumn term that starts in September 2026.
    if (const std::size_t dash = text.find('-');
        dash != std::string::npos && dash > 0 && text::isAsciiLetter(text.front()))
    {
        const std::string term = text::lower(text.substr(0, dash));
        if (term != "autumn" && term != "spring" && term != "summer")
            return std::nullopt;
        const std::string y = text.substr(dash + 1);
        if (y.size() != 4 || !number(y) || *number(y) < 1990 || *number(y) > 2099)
            return std::nullopt;
        std::optional<PlanDate> date = parseDate(term + " " + y);
        if (!date || date->precision != Precision::Term)
            return std::nullopt;
        return date;
    }
    const auto part = [&](std::size_t from, std::size_t length) -> std::optional<int>
    { return text.size() >= from + length ? number(text.substr(from, length)) : std::nullopt; };
    const std::optional<int> y = part(0, 4);
    if (!y || *y < 1990 || *y > 2099)
        return std::nullopt;
    if (text.size() == 4)
        return PlanDate{year{*y} / January / 1, Precision::Year, std::nullopt};
    const std::optional<int> m = part(5, 2);
    if (text.size() < 7 || text[4] != '-' || !m || *m < 1 || *m > 12)
        return std::nullopt;
    const month mon{static_cast<unsigned>(*m)};
    if (text.size() == 7)
        return PlanDate{year{*y} / mon / 1, Precision::Month, std::nullopt};
    const std::optional<int> d = part(8, 2);
    if (text.size() != 10 || text[7] != '-' || !d)
        return std::nullopt;
    const year_month_day day{year{*y} / mon / static_cast<unsigned>(*d)};
    if (!day.ok())
        return std::nullopt;
    return PlanDate{day, Precision::Day, std::nullopt};
}

const Objective* findObjective(const Plan& plan, int wanted, const char* verb, std::ostream& err)
{
    const Objective* objective = nullptr;
    std::string numbers;
    for (const Objective& o : plan.objectives)
    {
        if (o.number == wanted)
            objective = &o;
        numbers += (numbers.empty() ? "" : ", ") + std::to_string(o.number);
    }
    if (!objective)
    {
        if (plan.objectives.empty())
            err << messageStart()
                << "the plan table has no objectives yet, so there is no objective " << wanted
                << " to " << verb << ". Add the objective to the table first.\n";
        else
            err << messageStart() << "the plan has no objective " << wanted
                << "; its objectives are numbered " << numbers << ".\n";
        return nullptr;
    }
    return objective;
}

std::string updatedLineSaid(const UpdatedLineWrite& dated)
{
    if (dated.rewrite)
        return "Updated line: " + dated.rewrite->text;
    if (dated.insert)
        return "Updated line added under the title: " + dated.insert->text;
    return {};
}

void printUpdatedLine(std::ostream& out, const UpdatedLineWrite& dated)
{
    if (const std::string line = updatedLineSaid(dated); !line.empty())
        out << line << '\n';
}

namespace
{
int runUpdate(const UpdateArguments& given, const CommonOptions& common)
{
    UpdateArguments a = given;
    // Each text in the order the options were given, checked before anything else is.
    for (const std::string& item : a.items)
        if (!acceptText("--item", item))
            return ExitUsage;
    if (a.app->count("--status") && !acceptText("--status", a.status))
        return ExitUsage;
    if (!acceptText("--by", a.by))
        return ExitUsage;
    std::optional<int> objectiveNumber;
    if (a.app->count("--objective"))
    {
        objectiveNumber = number(a.objective);
        if (!objectiveNumber)
            return usageError("--objective takes the objective's number, e.g. --objective 2");
    }
    std::optional<PlanDate> date;
    if (a.app->count("--date"))
    {
        date = parseUpdateDate(a.date);
        if (!date)
            return usageError("--date \"" + a.date +
                              "\" is not a date eqplan understands: give a month "
                              "(2026-11), a day (2026-11-23), a year (2026) or a term "
                              "(autumn-2026, spring-2027, summer-2027)");
    }
    const std::optional<std::string> status =
        a.app->count("--status") ? std::optional<std::string>(a.status) : std::nullopt;
    if (a.files.size() != 1)
        return usageError(a.files.empty() ? "update needs the FILE to change"
                                          : "update changes one FILE at a time");
    const std::string file = a.files.front();
    if (!objectiveNumber)
        return usageError("say which objective to update with --objective N");
    if (a.items.empty() && !status)
        return usageError("give the update's points with --item \"...\" (one per point), or "
                          "the objective's status with --status");
    if (!date)
        date = PlanDate{year_month_day{today().year() / today().month() / 1}, Precision::Month,
                        std::nullopt};
    if (a.output.empty())
        a.output = file;
    if (!*bridge::filterFor(a.output))
        return usageError("cannot write " + a.output +
                          ": give a .docx, .odt, .fodt, .doc or .rtf file");

    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    // Say what is wrong with the files before paying for starting LibreOffice.
    bridge::checkReadable(file);
    checkWritable(a.output);

    std::unique_ptr<bridge::Office> office = officeFor(common.connect);
    bridge::OpenDocument document(*office, file, bridge::OpenMode::Editable);
    const DocumentGrid grid =
        bridge::readDocument(*office, document.component(), bridge::ReadMethod::InOffice).grid;
    ReadResult result = readPlan(grid, *schemas);
    if (!result)
    {
        printNoPlan(std::cerr, file, result, schemas->layout);
        return ExitNoPlan;
    }
    const bridge::Author author{a.by.empty() ? bridge::userName(office->context()) : a.by,
                                today()};
    const Objective* objective = findObjective(result.plan, *objectiveNumber, "update", std::cerr);
    if (!objective)
        return ExitUsage;
    std::vector<std::string> said;
    UpdatedLineWrite dated;
    if (!a.items.empty())
    {
        const Result<ProgressWrite> planned =
            planProgressUpdate(result.plan, *objective, *date, a.items, schemas->grammar);
        if (!planned)
        {
            std::cerr << messageStart() << planned.error << '\n';
            return exitFor(planned.status);
        }
        const NewParagraph* heading =
            planned->paragraphs.empty() || !planned->paragraphs.front().heading
                ? nullptr
                : &planned->paragraphs.front();
        dated = bridge::addProgress(document.component(), result.plan, *objective, *planned,
                                    a.items.size(), author)
                    .dated;
        said.push_back((heading
                            ? "added \"" + heading->text + "\" with "
                            : std::string("added to the entry of ") + planned->date.iso() + ": ") +
                       std::to_string(a.items.size()) + (a.items.size() == 1 ? " item" : " items"));
    }
    if (status)
    {
        // After progress the Updated line is dated: the status goes on the plan as it is now.
        if (!a.items.empty())
        {
            result = readPlan(
                bridge::readDocument(*office, document.component(), bridge::ReadMethod::InOffice)
                    .grid,
                *schemas);
            objective = result ? findObjective(result.plan, *objectiveNumber, "update", std::cerr)
                               : nullptr;
            if (!objective)
                throw bridge::Error(bridge::Error::Kind::Refused,
                                    "after adding the progress eqplan no longer finds objective " +
                                        std::to_string(*objectiveNumber) +
                                        "; nothing was written.");
        }
        const Result<StatusWrite> planned =
            planStatus(result.plan, *objective, *status, schemas->layout);
        if (!planned)
        {
            std::cerr << messageStart() << planned.error << '\n';
            return exitFor(planned.status);
        }
        dated = bridge::setStatus(document.component(), result.plan, *objective, *planned, author)
                    .dated;
        said.push_back("status set to " + planned->label +
                       (planned->text.empty() || planned->text == planned->label
                            ? std::string()
                            : " (\"" + planned->text + "\")"));
    }
    bridge::storeDocument(document.component(), a.output);

    if (common.json)
    {
        boost::json::object report = changeReport("update", file);
        for (const std::string& line : said)
            addChange(report, line.rfind("status", 0) == 0 ? "status" : "progress", line,
                      objective->number);
        if (const std::string line = updatedLineSaid(dated); !line.empty())
            addChange(report, "updated-line", line);
        setWritten(report, a.output);
        printReport(report);
        return ExitRead;
    }
    std::string what;
    for (const std::string& line : said)
        what += (what.empty() ? "" : "; ") + line;
    std::cout << "Objective " << objective->number << ": " << what << "; wrote " << a.output
              << '\n';
    printUpdatedLine(std::cout, dated);
    return ExitRead;
}
} // namespace
} // namespace eqplan::cli
