#include "eqplan/ProgressWriter.hpp"

#include "eqplan/Text.hpp"

#include "ItemForm.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace eqplan
{
namespace detail
{
bool inCell(const Location& at, const Location& cell)
{
    return at.table == cell.table && at.cell == cell.cell && at.paragraph.has_value();
}

ItemForm itemFormFromCanonical(const std::string& canonical)
{
    ItemForm form;
    const std::size_t text = canonical.find("{text}");
    form.pattern = canonical.substr(0, text);
    form.marker = form.pattern.empty()                            ? ItemMarker::None
                  : form.pattern.find("{n}") != std::string::npos ? ItemMarker::TypedNumber
                                                                  : ItemMarker::TypedBullet;
    return form;
}

std::optional<ItemForm> itemFormOf(const ListItem& item, const Location& cell)
{
    ItemForm form;
    form.marker = item.item.marker;
    switch (item.item.marker)
    {
    case ItemMarker::None:
        form.pattern.clear();
        break;
    case ItemMarker::TypedBullet:
        form.pattern = item.item.label + " ";
        break;
    case ItemMarker::TypedNumber:
    {
        // "1)" → "{n}) ", "(1)" → "({n}) ", "1." → "{n}. ".
        std::string label = item.item.label;
        const std::size_t digit = label.find_first_of("0123456789");
        if (digit == std::string::npos)
            return std::nullopt;
        std::size_t end = digit;
        while (end < label.size() && text::isDigit(label[end]))
            ++end;
        form.pattern = label.substr(0, digit) + "{n}" + label.substr(end) + " ";
        break;
    }
    case ItemMarker::ListLabel:
        // A list in another cell cannot lend its attributes; type the label instead.
        if (!inCell(item.location, cell))
        {
            form.marker = ItemMarker::TypedNumber;
            form.pattern = "{n}. ";
        }
        else
            form.like = *item.location.paragraph;
        break;
    }
    return form;
}

std::string replaced(std::string pattern, std::string_view key, const std::string& value)
{
    for (std::size_t at = pattern.find(key); at != std::string::npos;
         at = pattern.find(key, at + value.size()))
        pattern.replace(at, key.size(), value);
    return pattern;
}
} // namespace detail

namespace
{
using detail::inCell;
using detail::ItemForm;
using detail::itemFormFromCanonical;
using detail::itemFormOf;
using detail::replaced;

constexpr std::array<const char*, 12> monthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool hasLetter(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char c) { return text::isAsciiLetter(c); });
}

// The paragraphs of an entry inside the target cell: first and last index, if any.
struct Span
{
    int first = -1;
    int last = -1;
};

Span spanOf(const Progress& entry, const Location& cell)
{
    Span span;
    const auto add = [&](const Location& at)
    {
        if (!inCell(at, cell))
            return;
        const int p = *at.paragraph;
        span.first = span.first < 0 ? p : std::min(span.first, p);
        span.last = std::max(span.last, p);
    };
    if (entry.headingLocation)
        add(*entry.headingLocation);
    for (const ListItem& item : entry.items)
        add(item.location);
    return span;
}

std::optional<ItemForm> itemFormOf(const Progress& entry, const Location& cell)
{
    if (entry.items.empty())
        return std::nullopt;
    return itemFormOf(entry.items.front(), cell);
}

std::string twoDigits(unsigned n, bool padded)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, padded ? "%02u" : "%u", n);
    return buffer;
}

// The latest dated entry (of this objective, in the target cell) that has a heading.
const Progress* latestHeading(const Objective& objective)
{
    const Progress* latest = nullptr;
    for (const Progress& entry : objective.progress)
        if (entry.date && !entry.heading.empty() &&
            (!latest || compare(*entry.date, *latest->date) >= 0))
            latest = &entry;
    return latest;
}
} // namespace

std::optional<HeadingForm> headingForm(std::string_view heading, bool bold)
{
    const std::string_view trimmed = text::trim(heading);
    const DateMatch match = findDate(trimmed);
    if (!match)
        return std::nullopt;
    HeadingForm form;
    form.bold = bold;
    form.prefix = std::string(trimmed.substr(0, match.begin));
    form.suffix = std::string(trimmed.substr(match.end));
    const std::string_view date = trimmed.substr(match.begin, match.end - match.begin);
    if (match.date->precision == Precision::Day && !hasLetter(date))
    {
        form.numericDay = true;
        const std::size_t separator = date.find_first_not_of("0123456789");
        if (separator != std::string_view::npos)
            form.separator = date[separator];
        form.padded =
            date.front() == '0' || (separator != std::string_view::npos &&
                                    separator + 1 < date.size() && date[separator + 1] == '0');
    }
    return form;
}

HeadingForm headingFormFromTemplate(std::string_view pattern, bool bold)
{
    HeadingForm form;
    form.bold = bold;
    std::size_t begin = pattern.find('{');
    std::size_t end = pattern.rfind('}');
    if (begin == std::string_view::npos || end == std::string_view::npos)
        return form;
    form.prefix = std::string(pattern.substr(0, begin));
    form.suffix = std::string(pattern.substr(end + 1));
    return form;
}

std::string formatDate(const PlanDate& date, const HeadingForm& form)
{
    const int year = static_cast<int>(date.first.year());
    const unsigned month = static_cast<unsigned>(date.first.month());
    const unsigned day = static_cast<unsigned>(date.first.day());
    const std::string monthName = month >= 1 && month <= 12 ? monthNames[month - 1] : "";
    const std::string yearText = std::to_string(year);
    switch (date.precision)
    {
    case Precision::Year:
        return yearText;
    case Precision::Month:
        return monthName + " " + yearText;
    case Precision::Term:
    {
        const char* term = date.term == Term::Autumn   ? "Autumn"
                           : date.term == Term::Spring ? "Spring"
                                                       : "Summer";
        return std::string(term) + " " + yearText;
    }
    case Precision::Day:
        if (form.numericDay)
            return twoDigits(day, form.padded) + form.separator + twoDigits(month, form.padded) +
                   form.separator + yearText;
        return std::to_string(day) + " " + monthName + " " + yearText;
    }
    return yearText;
}

ProgressWritePlan planProgressUpdate(const Plan& plan, const Objective& objective,
                                     const PlanDate& date, const std::vector<std::string>& items,
                                     const CommentaryGrammar& grammar)
{
    ProgressWritePlan result;
    if (items.empty())
    {
        result.error = "Give at least one item to write (--item \"...\").";
        return result;
    }
    for (const std::string& item : items)
        if (text::trim(item).empty())
        {
            result.error = "An item is empty. Each --item needs some text.";
            return result;
        }
    if (objective.progressField.cells.empty())
    {
        result.error = "Objective " + std::to_string(objective.number) +
                       " has no progress column and no commentary row to write the update "
                       "into. Adding a progress column is not supported yet: add one to the "
                       "table (for example \"Progress\") and try again.";
        return result;
    }

    ProgressWrite write;
    // The last cell progress was read from: the commentary row under an objective, or its own
    // progress cell.
    write.cell = objective.progressField.cells.back();
    write.cell.paragraph.reset();

    int lastParagraph = -1; // the last non-empty paragraph of the cell
    for (const FieldParagraph& p : objective.progressField.paragraphs)
        if (inCell(p.location, write.cell) && !p.paragraph.empty())
            lastParagraph = std::max(lastParagraph, *p.location.paragraph);

    // Where the new entry goes: after the same-period entry, or after the last entry dated
    // before it (undated commentary counts as earliest), or before the first one.
    const Progress* same = nullptr;
    const Progress* before = nullptr;
    const Progress* firstInCell = nullptr;
    for (const Progress& entry : objective.progress)
    {
        if (spanOf(entry, write.cell).last < 0)
            continue;
        if (!firstInCell)
            firstInCell = &entry;
        if (entry.date && *entry.date == date)
            same = &entry;
        else if (!entry.date || compare(*entry.date, date) < 0)
            before = &entry;
    }

    // The forms to imitate: this objective's latest entry, else the plan's, else canonical.
    const Progress* model = latestHeading(objective);
    HeadingForm heading =
        headingFormFromTemplate(grammar.canonicalHeading, grammar.canonicalHeadingBold);
    if (model)
    {
        if (std::optional<HeadingForm> form = headingForm(model->heading, model->headingBold))
            heading = *form;
    }
    else
    {
        // The objective's first heading: written like the plan's first headings.
        heading =
            headingFormFromTemplate(grammar.canonicalFirstHeading, grammar.canonicalHeadingBold);
        for (const Objective& other : plan.objectives)
            if (!other.progress.empty() && other.progress.front().date &&
                !other.progress.front().heading.empty())
            {
                const Progress& first = other.progress.front();
                if (std::optional<HeadingForm> form = headingForm(first.heading, first.headingBold))
                {
                    heading = *form;
                    break;
                }
            }
    }

    ItemForm itemForm = itemFormFromCanonical(grammar.canonicalItem);
    bool found = false;
    for (const Progress* entry : {same, model})
        if (entry && !found)
            if (std::optional<ItemForm> form = itemFormOf(*entry, write.cell))
            {
                itemForm = *form;
                found = true;
            }
    // Undated commentary is prose, not an example of how items are written.
    for (auto entry = objective.progress.rbegin(); !found && entry != objective.progress.rend();
         ++entry)
        if (!entry->date)
            continue;
        else if (std::optional<ItemForm> form = itemFormOf(*entry, write.cell))
        {
            itemForm = *form;
            found = true;
        }
    for (const Objective& other : plan.objectives)
        for (const Progress& entry : other.progress)
            if (!found && &other != &objective && entry.date && !entry.items.empty() &&
                entry.items.front().item.marker != ItemMarker::ListLabel)
                if (std::optional<ItemForm> form = itemFormOf(entry, write.cell))
                {
                    itemForm = *form;
                    found = true;
                }

    int number = 1;
    Numbering numbering = Numbering::RestartList;
    if (same)
    {
        write.addsToEntry = true;
        write.after = spanOf(*same, write.cell).last;
        const int count = static_cast<int>(same->items.size());
        number = count + 1;
        if (count > 0 && same->items.back().item.number)
            number = *same->items.back().item.number + 1;
        if (count > 0 && itemForm.marker == ItemMarker::ListLabel &&
            same->items.back().item.marker == ItemMarker::ListLabel)
        {
            numbering = Numbering::ContinueList;
            itemForm.like = *same->items.back().location.paragraph;
        }
    }
    else
    {
        if (before)
            write.after = spanOf(*before, write.cell).last;
        else if (firstInCell)
            write.after = spanOf(*firstInCell, write.cell).first - 1;
        else
            write.after = lastParagraph;
        NewParagraph title;
        title.heading = true;
        title.bold = heading.bold;
        title.text = heading.prefix + formatDate(date, heading) + heading.suffix;
        write.paragraphs.push_back(std::move(title));
    }

    for (const std::string& item : items)
    {
        NewParagraph paragraph;
        const std::string body(text::trim(item));
        if (itemForm.marker == ItemMarker::ListLabel)
        {
            paragraph.text = body;
            paragraph.numbering = numbering;
            paragraph.like = itemForm.like;
            // The first item sets the list going; the others continue the item before them.
            numbering = Numbering::ContinueList;
            itemForm.like = -1;
        }
        else
            paragraph.text = replaced(itemForm.pattern, "{n}", std::to_string(number)) + body;
        ++number;
        write.paragraphs.push_back(std::move(paragraph));
    }
    result.write = std::move(write);
    return result;
}

std::optional<UpdatedRewrite>
rewriteUpdatedLine(const UpdatedLine& line, std::chrono::year_month_day day, const std::string& by)
{
    const DateMatch match = findDate(line.text);
    if (!match)
        return std::nullopt;
    UpdatedRewrite rewrite;
    rewrite.oldDate = line.text.substr(match.begin, match.end - match.begin);
    std::optional<HeadingForm> form = headingForm(rewrite.oldDate, false);
    if (!form)
        return std::nullopt;
    rewrite.newDate = formatDate(PlanDate{day, Precision::Day, std::nullopt}, *form);
    rewrite.oldBy = line.by;
    rewrite.newBy = by.empty() ? line.by : by;
    std::string after = line.text.substr(match.end);
    if (!rewrite.oldBy.empty())
        if (const std::size_t at = after.rfind(rewrite.oldBy); at != std::string::npos)
            after.replace(at, rewrite.oldBy.size(), rewrite.newBy);
    if (rewrite.oldBy.empty() && !rewrite.newBy.empty())
        after = " " + rewrite.newBy + after;
    rewrite.text = line.text.substr(0, match.begin) + rewrite.newDate + after;
    return rewrite;
}
} // namespace eqplan
