#include "Update.hpp"

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

#include <filesystem>
#include <iostream>
#include <memory>

namespace eqplan::cli
{
const char* updateUsage =
    R"(  update FILE --objective N [--item TEXT...] [--status STATUS] [--date DATE] [--by NAME]
         [-o OUT] [--connect CONNECTION]
        Add a dated progress entry to objective N (as the plan numbers it), written the way
        the plan writes its progress, and set the Updated line to today and NAME (else
        LibreOffice's user name; with neither, the line names no one). DATE is 2026,
        2026-11, 2026-11-23 or a school term: autumn-2026, spring-2027, summer-2027
        (default: this month). --status sets the objective's status (RAG) column: green,
        amber, red, or words that mean one ("on track"), written as the plan's other status
        cells are (a letter, words, a shading). A plan without an Updated line gets one under
        its title. Writes OUT (default: FILE itself) through a temporary file, never
        half-written.
)";

namespace
{
using namespace std::chrono;

struct UpdateArguments
{
    std::string file;
    std::string output;
    std::optional<int> objective;
    std::optional<PlanDate> date;
    std::vector<std::string> items;
    std::optional<std::string> status;
    std::string by;
    std::optional<std::string> connect;
};

std::optional<int> number(const std::string& text)
{
    if (text.empty() || text.size() > 6 ||
        text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoi(text);
}

int usageError(const std::string& message)
{
    std::cerr << "eqplan: " << message
              << "\n\nUsage: eqplan update FILE --objective N [--item TEXT...] "
                 "[--status STATUS] [--date DATE] [--by NAME] [-o OUT]\n"
                 "(eqplan --help tells more)\n";
    return ExitUsage;
}
} // namespace

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
            err << "eqplan: the plan table has no objectives yet, so there is no objective "
                << wanted << " to " << verb << ". Add the objective to the table first.\n";
        else
            err << "eqplan: the plan has no objective " << wanted
                << "; its objectives are numbered " << numbers << ".\n";
        return nullptr;
    }
    return objective;
}

void printUpdatedLine(std::ostream& out, const UpdatedLineWrite& dated)
{
    if (dated.rewrite)
        out << "Updated line: " << dated.rewrite->text << '\n';
    else if (dated.insert)
        out << "Updated line added under the title: " << dated.insert->text << '\n';
}

int update(const std::vector<std::string>& arguments)
{
    UpdateArguments a;
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
        if ((argument == "--objective" || argument == "--date" || argument == "--item" ||
             argument == "--status" || argument == "--by" || argument == "-o" ||
             argument == "--output" || argument == "--connect") &&
            !hasValue)
            return usageError(argument + " needs a value");
        if (argument == "--objective")
        {
            a.objective = number(arguments[++i]);
            if (!a.objective)
                return usageError("--objective takes the objective's number, e.g. --objective 2");
        }
        else if (argument == "--date")
        {
            a.date = parseUpdateDate(arguments[++i]);
            if (!a.date)
                return usageError("--date \"" + arguments[i] +
                                  "\" is not a date eqplan understands: give a month "
                                  "(2026-11), a day (2026-11-23), a year (2026) or a term "
                                  "(autumn-2026, spring-2027, summer-2027)");
        }
        else if (argument == "--item")
        {
            a.items.push_back(arguments[++i]);
            if (!acceptText(argument, a.items.back()))
                return ExitUsage;
        }
        else if (argument == "--status")
        {
            a.status = arguments[++i];
            if (!acceptText(argument, *a.status))
                return ExitUsage;
        }
        else if (argument == "--by")
        {
            a.by = arguments[++i];
            if (!acceptText(argument, a.by))
                return ExitUsage;
        }
        else if (argument == "-o" || argument == "--output")
            a.output = arguments[++i];
        else if (argument == "--connect")
            a.connect = arguments[++i];
        else if (argument.size() > 1 && argument[0] == '-')
            return usageError("unknown option " + argument);
        else
            positional.push_back(argument);
    }
    if (positional.size() != 1)
        return usageError(positional.empty() ? "update needs the FILE to change"
                                             : "update changes one FILE at a time");
    a.file = positional[0];
    if (!a.objective)
        return usageError("say which objective to update with --objective N");
    if (a.items.empty() && !a.status)
        return usageError("give the update's points with --item \"...\" (one per point), or "
                          "the objective's status with --status");
    if (!a.date)
        a.date = PlanDate{year_month_day{today().year() / today().month() / 1}, Precision::Month,
                          std::nullopt};
    if (a.output.empty())
        a.output = a.file;
    if (!*bridge::filterFor(a.output))
        return usageError("cannot write " + a.output +
                          ": give a .docx, .odt, .fodt, .doc or .rtf file");

    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    // Say what is wrong with the files before paying for starting LibreOffice.
    bridge::checkReadable(a.file);
    bridge::checkWritable(a.output);

    std::unique_ptr<bridge::Office> office = officeFor(a.connect);
    bridge::OpenDocument document(*office, a.file, bridge::OpenMode::Editable);
    const DocumentGrid grid =
        bridge::readDocument(*office, document.component(), bridge::ReadMethod::InOffice).grid;
    ReadResult result = readPlan(grid, *schemas);
    if (!result)
    {
        printNoPlan(std::cerr, a.file, result, schemas->layout);
        return ExitNoPlan;
    }
    const bridge::Author author{a.by.empty() ? bridge::userName(office->context()) : a.by,
                                today()};
    const Objective* objective = findObjective(result.plan, *a.objective, "update", std::cerr);
    if (!objective)
        return ExitUsage;
    std::vector<std::string> said;
    UpdatedLineWrite dated;
    if (!a.items.empty())
    {
        const ProgressWritePlan planned =
            planProgressUpdate(result.plan, *objective, *a.date, a.items, schemas->grammar);
        if (!planned)
        {
            std::cerr << "eqplan: " << planned.error << '\n';
            return objective->progressField.cells.empty() ? ExitNoPlan : ExitUsage;
        }
        const NewParagraph* heading =
            planned.write->paragraphs.empty() || !planned.write->paragraphs.front().heading
                ? nullptr
                : &planned.write->paragraphs.front();
        dated = bridge::addProgress(document.component(), result.plan, *objective, *planned.write,
                                    a.items.size(), author)
                    .dated;
        said.push_back((heading ? "added \"" + heading->text + "\" with "
                                : std::string("added to the entry of ") +
                                      planned.write->date.iso() + ": ") +
                       std::to_string(a.items.size()) + (a.items.size() == 1 ? " item" : " items"));
    }
    if (a.status)
    {
        // After progress the Updated line is dated: the status goes on the plan as it is now.
        if (!a.items.empty())
        {
            result = readPlan(
                bridge::readDocument(*office, document.component(), bridge::ReadMethod::InOffice)
                    .grid,
                *schemas);
            objective = result ? findObjective(result.plan, *a.objective, "update", std::cerr)
                               : nullptr;
            if (!objective)
                throw bridge::Error(bridge::Error::Kind::NotReadable,
                                    "after adding the progress eqplan no longer finds objective " +
                                        std::to_string(*a.objective) + "; nothing was written.");
        }
        const StatusWritePlan planned =
            planStatus(result.plan, *objective, *a.status, schemas->layout);
        if (!planned)
        {
            std::cerr << "eqplan: " << planned.error << '\n';
            return planned.noColumn ? ExitNoPlan : ExitUsage;
        }
        dated = bridge::setStatus(document.component(), result.plan, *objective, *planned.write,
                                  author)
                    .dated;
        said.push_back("status set to " + planned.write->label +
                       (planned.write->text.empty() || planned.write->text == planned.write->label
                            ? std::string()
                            : " (\"" + planned.write->text + "\")"));
    }
    bridge::storeDocument(document.component(), a.output);

    std::string what;
    for (const std::string& line : said)
        what += (what.empty() ? "" : "; ") + line;
    std::cout << "Objective " << objective->number << ": " << what << "; wrote " << a.output
              << '\n';
    printUpdatedLine(std::cout, dated);
    return ExitRead;
}
} // namespace eqplan::cli
