#include "Inspect.hpp"
#include <iostream>

#include "eqplan/bridge/Office.hpp"

#include "eqplan/Text.hpp"

#include <cstdio>
#include <filesystem>
#include <ostream>

namespace eqplan::cli
{
namespace
{
template <class Range, class Format>
std::string joined(const Range& values, const char* separator, Format format)
{
    std::string out;
    for (const auto& value : values)
    {
        if (!out.empty())
            out += separator;
        out += format(value);
    }
    return out;
}

std::string plural(std::size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
} // namespace

void printSummary(std::ostream& out, const Plan& plan, const DocumentRecords& records)
{
    out << (plan.title.empty() ? "(untitled plan)" : plan.title) << '\n';
    if (plan.period)
        out << "Period " << plan.period->from << "–" << plan.period->to << '\n';
    if (plan.updated)
        out << "Updated " << (plan.updated->date ? plan.updated->date->iso() : "?")
            << (plan.updated->by.empty() ? "" : " by " + plan.updated->by) << '\n';
    // Facts kept beside the plan's tables, each with where it came from.
    PlanFacts facts = plan.facts;
    for (const auto& [id, label] :
         {std::pair{"approved", "Approved"}, std::pair{"approvedBy", "Approved by"},
          std::pair{"lastReviewed", "Last reviewed"}, std::pair{"nextReview", "Next review"},
          std::pair{"period", "Period"}})
        if (const std::optional<PlanFact>& fact = *facts.fact(id))
            out << label << " "
                << (fact->date && std::string_view(id) != "period" ? fact->date->iso() : fact->text)
                << " (from " << fact->source << ")\n";
    const std::optional<PlanDate> latest = plan.latestReview();
    out << plural(plan.tables.size(), "plan table", "plan tables") << ", "
        << plural(plan.objectives.size(), "objective", "objectives") << ", "
        << plural(plan.owners.size(), "owner", "owners")
        << (latest ? ", latest review " + latest->iso() : "") << "\n\n";

    for (const Objective& objective : plan.objectives)
    {
        out << objective.number << ". " << text::firstLineShortened(objective.objectiveText, 76) << '\n';
        const auto name = [](auto v) { return std::string(toString(v)); };
        out << "   Aims: " << (objective.aims.empty() ? "-" : joined(objective.aims, ", ", name));
        out << "   Owners: "
            << (objective.ownerNames.empty()
                    ? "-"
                    : joined(objective.ownerNames, ", ", [](const std::string& s) { return s; }));
        if (objective.status)
        {
            const Status& status = *objective.status;
            out << "   Status: " << (status.rating.empty() ? "?" : status.rating);
            if (!status.text.empty() && status.source != "letter")
                out << " (" << text::firstLineShortened(status.text, 30) << ")";
            else if (status.source == "colour")
                out << " (by colour alone)";
        }
        const Progress* entry = objective.latestProgress();
        out << "   Latest update: " << (entry ? entry->date->iso() : "none") << " ("
            << plural(objective.progress.size(), "entry", "entries") << ")"
            << (objective.progressFrom.empty() ? "" : ", read from its " + objective.progressFrom)
            << '\n';
        // The plan's columns beside progress, each its own field.
        for (const auto& [label, own] : {std::pair{"Impact", &objective.impact},
                                         std::pair{"Evaluation", &objective.evaluation},
                                         std::pair{"Evidence", &objective.evidence},
                                         std::pair{"Monitoring", &objective.monitoring}})
            if (!own->empty())
                out << "   " << label << ": " << text::firstLineShortened(own->text(), 70) << '\n';
    }
    if (!plan.owners.empty())
    {
        out << "\nOwners:\n";
        for (const Owner& owner : plan.owners)
        {
            out << "   " << owner.name;
            if (const OwnerEntry* entry = records.owners.find(owner.name);
                entry && !entry->name.empty() && entry->name != owner.name)
                out << " (" << entry->name << ")";
            out << ": objective" << (owner.objectives.size() == 1 ? " " : "s ")
                << joined(owner.objectives, ", ", [](int n) { return std::to_string(n); }) << '\n';
        }
    }
    if (!records.history.empty())
    {
        constexpr std::size_t shown = 5;
        const std::size_t count = records.history.size();
        out << "\nHistory (" << (count > shown ? "latest " + std::to_string(shown) + " of " : "")
            << plural(count, "change", "changes") << "):\n";
        for (std::size_t i = count > shown ? count - shown : 0; i < count; ++i)
        {
            const HistoryEntry& entry = records.history[i];
            out << "   " << PlanDate{entry.date, Precision::Day, std::nullopt}.iso()
                << (entry.who.empty() ? "" : " " + entry.who)
                << (entry.objective ? ", objective " + std::to_string(*entry.objective) : "")
                << ": " << entry.what << '\n';
        }
    }
    for (const std::string& problem : records.problems)
        out << "\nNote: " << problem << '\n';
    if (!plan.notes.empty())
    {
        out << "\nNotes:\n";
        for (const std::string& note : plan.notes)
            out << "   " << note << '\n';
    }
}

std::optional<Schemas> loadSchemasOrSay()
{
    Loaded<Schemas> schemas = loadSchemas();
    if (!schemas)
    {
        std::cerr << "eqplan: cannot read its schemas: " << schemas.error << '\n';
        return std::nullopt;
    }
    if (const std::filesystem::path words = localWordsFile(); !words.empty())
        if (const std::string error = addLocalWords(schemas.value->layout, words);
            !error.empty())
        {
            std::cerr << "eqplan: cannot read the school's header words (" << words.string()
                      << "): " << error << '\n';
            return std::nullopt;
        }
    return std::move(*schemas.value);
}

namespace
{
std::string scoreText(double score)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f", score);
    std::string s = buffer;
    if (s.ends_with(".0"))
        s.erase(s.size() - 2);
    return s;
}

// One line per header cell: what it was taken for, how sure, and why.
void explainColumns(std::ostream& out, const std::vector<Column>& columns, const Layout& layout)
{
    std::vector<std::string> understood, notUnderstood;
    for (const Column& column : columns)
    {
        if (column.header.empty())
            continue;
        out << "      \"" << text::firstLineShortened(column.header, 40) << "\" → ";
        if (!column.field.empty())
        {
            const FieldSpec* spec = layout.field(column.field);
            const std::string label = spec ? spec->label : column.field;
            out << label << ", score " << scoreText(column.score) << " (" << column.why << ")";
            if (!column.doubt.empty())
                out << "; unsure: " << column.doubt;
            understood.push_back(label);
        }
        else
        {
            out << "not understood" << (column.doubt.empty() ? "" : ": " + column.doubt);
            notUnderstood.push_back("\"" + text::firstLineShortened(column.header, 40) + "\"");
        }
        out << '\n';
    }
    const auto list = [](const std::vector<std::string>& items)
    { return items.empty() ? std::string("none") : joined(items, ", ", [](auto s) { return s; }); };
    out << "   Columns understood: " << list(understood)
        << "; not understood: " << list(notUnderstood) << '\n';
}
} // namespace

void printExplanation(std::ostream& out, const Plan& plan, const Layout& layout)
{
    out << "\nHow the tables were read (a header scores " << scoreText(layout.minScore)
        << " or more to name a field):\n";
    for (const PlanTable& table : plan.tables)
    {
        out << "   " << table.name
            << (table.labelsLeft ? ", labels down column " : ", header row ") << table.headerRow + 1
            << (table.heading.empty() ? "" : ", under \"" + table.heading + "\"") << ":\n";
        explainColumns(out, table.columns, layout);
    }
}

std::unique_ptr<bridge::Office> officeFor(const std::optional<std::string>& connect)
{
    if (connect)
        return bridge::Office::connect(*connect);
    bridge::OfficeOptions options;
    options.environment.push_back("SAL_ENABLE_FILE_LOCKING=0");
    return bridge::Office::start(options);
}

void printNoPlan(std::ostream& out, const std::string& file, const ReadResult& result,
                 const Layout& layout, bool explain)
{
    out << "eqplan: no plan table found in " << file << ".\n" << result.message << '\n';
    if (!result.rejected.empty())
    {
        out << "\nTables seen:\n";
        for (const RejectedTable& table : result.rejected)
            out << "   " << table.name << ": "
                << (table.headers.empty()
                        ? std::string("(empty)")
                        : joined(table.headers, " | ",
                                 [](const std::string& h) { return "\"" + h + "\""; }))
                << " ("
                << plural(static_cast<std::size_t>(table.fieldsFound), "plan column",
                          "plan columns")
                << " recognised)\n";
        if (explain)
        {
            out << "\nHow the tables were read (a header scores " << scoreText(layout.minScore)
                << " or more to name a field):\n";
            for (const RejectedTable& table : result.rejected)
            {
                out << "   " << table.name << ":\n";
                explainColumns(out, table.columns, layout);
            }
        }
    }
    out << "\nHeaders eqplan looks for:\n";
    for (const FieldSpec& field : layout.fields)
        out << "   " << field.label << ": "
            << joined(field.headers, ", ", [](const std::string& h) { return "\"" + h + "\""; })
            << '\n';
    out << "\nMake the plan a table whose first row names its columns with one of these headers.\n";
}
} // namespace eqplan::cli
