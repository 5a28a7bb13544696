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

std::size_t trailingDigits(std::string_view s)
{
    std::size_t n = 0;
    while (n < s.size() && text::isDigit(s[s.size() - 1 - n]))
        ++n;
    return n;
}

// A numeric day's separator and padding: "07/03/2024" is '/' and padded.
void readNumericDay(std::string_view date, HeadingForm& form)
{
    form.numericDay = true;
    const std::size_t separator = date.find_first_not_of("0123456789");
    if (separator != std::string_view::npos)
        form.separator = date[separator];
    form.padded =
        date.front() == '0' || (separator != std::string_view::npos &&
                                separator + 1 < date.size() && date[separator + 1] == '0');
}

// How the date `date` (read as `found`) is spelled: short years and months, the plan's spelling
// of terms, the words of a week.
void readDateStyle(std::string_view date, const EntryDate& found, const CommentaryGrammar& grammar,
                   HeadingForm& form)
{
    form.shortYear = trailingDigits(date) == 2;
    switch (found.form)
    {
    case DateForm::WeekCommencing:
    case DateForm::Day:
    {
        const std::size_t digit = date.find_first_of("0123456789");
        if (found.form == DateForm::WeekCommencing && digit != std::string_view::npos)
        {
            form.weekWords = std::string(date.substr(0, digit));
            date = date.substr(digit);
        }
        if (!hasLetter(date))
            readNumericDay(date, form);
        else
            form.shortYear = false;
        break;
    }
    case DateForm::MonthYear:
    {
        std::size_t letters = 0;
        while (letters < date.size() && text::isAsciiLetter(date[letters]))
            ++letters;
        const unsigned month = static_cast<unsigned>(found.date.first.month());
        form.shortMonth =
            month >= 1 && month <= 12 && letters < monthName(std::chrono::month{month}).size();
        form.shortYear = false;
        break;
    }
    case DateForm::Term:
    case DateForm::HalfTerm:
    {
        // The spelling the plan uses for its term is the one it uses for every term.
        const std::size_t term = static_cast<std::size_t>(found.date.term.value_or(Term::Autumn));
        std::size_t letters = 0;
        while (letters < date.size() && text::isAsciiLetter(date[letters]))
            ++letters;
        const std::string_view written = date.substr(0, letters);
        const std::vector<std::string>& spellings = grammar.termNames[term];
        for (std::size_t i = 0; i < spellings.size(); ++i)
            if (written.size() == spellings[i].size() &&
                text::startsWithIgnoreCase(written, spellings[i]))
                for (std::size_t t = 0; t < form.termNames.size(); ++t)
                    if (i < grammar.termNames[t].size())
                        form.termNames[t] = grammar.termNames[t][i];
        std::size_t wordEnd = letters;
        while (wordEnd < date.size() && !text::isDigit(date[wordEnd]))
            ++wordEnd;
        const std::string_view between = date.substr(letters, wordEnd - letters);
        if (hasLetter(between))
            form.termWord = std::string(between);
        // " Term " between the name and the year: keep " Term", not its trailing space.
        while (!form.termWord.empty() && form.termWord.back() == ' ')
            form.termWord.pop_back();
        break;
    }
    case DateForm::AcademicYear:
    {
        const std::size_t second = date.find_first_of("0123456789", 4);
        form.academicSeparator = std::string(date.substr(4, second - 4));
        break;
    }
    case DateForm::Year:
        form.shortYear = false;
        break;
    }
}

// `date` as the period of `form` that holds it: a month of a term-dated plan as its term, a day
// of a plan dated by weeks as the Monday of its week. A date coarser than the form stays.
PlanDate inForm(const PlanDate& date, DateForm form)
{
    switch (form)
    {
    case DateForm::WeekCommencing:
        if (date.precision == Precision::Day)
        {
            const std::chrono::sys_days day{date.first};
            const std::chrono::weekday weekday{day};
            return PlanDate{
                std::chrono::year_month_day{day - std::chrono::days{weekday.iso_encoding() - 1}},
                Precision::Day, std::nullopt};
        }
        return date;
    case DateForm::Day:
        return date;
    case DateForm::MonthYear:
        return periodHolding(date, Precision::Month).value_or(date);
    case DateForm::HalfTerm:
        return periodHolding(date, Precision::HalfTerm).value_or(date);
    case DateForm::Term:
        return periodHolding(date, Precision::Term).value_or(date);
    case DateForm::AcademicYear:
        return periodHolding(date, Precision::AcademicYear).value_or(date);
    case DateForm::Year:
        return periodHolding(date, Precision::Year).value_or(date);
    }
    return date;
}

// The paragraph at `at` among the objective's progress paragraphs.
const Paragraph* progressParagraph(const Objective& objective, const Location& at)
{
    for (const FieldParagraph& p : objective.progressField.paragraphs)
        if (p.location == at)
            return &p.paragraph;
    return nullptr;
}

// The form of an inline entry of `objective`; nothing for a heading or undated entry.
std::optional<HeadingForm> inlineFormOf(const Objective& objective, const Progress& entry,
                                        const CommentaryGrammar& grammar)
{
    if (entry.form != EntryForm::Inline || !entry.headingLocation)
        return std::nullopt;
    const Paragraph* paragraph = progressParagraph(objective, *entry.headingLocation);
    if (!paragraph)
        return std::nullopt;
    return inlineForm(paragraph->text, entry.headingBold, grammar);
}

// An inline entry to imitate in an objective with no dated entry of its own: the plan's latest,
// when the plan dates most of its entries inline.
std::pair<const Objective*, const Progress*> planInlineModel(const Plan& plan)
{
    std::pair<const Objective*, const Progress*> latest{nullptr, nullptr};
    if (plan.progressForm(nullptr) != EntryForm::Inline)
        return latest;
    for (const Objective& objective : plan.objectives)
        for (const Progress& entry : objective.progress)
            if (entry.date && entry.form == EntryForm::Inline &&
                (!latest.second || compare(*entry.date, *latest.second->date) >= 0))
                latest = {&objective, &entry};
    return latest;
}

// How the plan joins the items of an inline entry: following paragraphs where an entry has
// more than one, the grammar's join where an entry's one paragraph holds it ("a; b").
std::optional<std::string> itemJoinOf(const Progress& entry, const CommentaryGrammar& grammar)
{
    if (entry.form != EntryForm::Inline || entry.items.empty())
        return std::nullopt;
    if (entry.items.size() > 1)
        return std::string();
    const std::string_view join = text::trim(grammar.inlineItemJoin);
    if (!join.empty() && entry.items.front().item.text.find(join) != std::string::npos)
        return grammar.inlineItemJoin;
    return std::nullopt;
}
} // namespace

std::optional<HeadingForm> inlineForm(std::string_view paragraph, bool bold,
                                      const CommentaryGrammar& grammar)
{
    const std::optional<InlineEntry> found = parseInlineEntry(paragraph, grammar);
    if (!found)
        return std::nullopt;
    const std::string_view s = text::trim(paragraph);
    HeadingForm form;
    form.bold = bold;
    form.entry = EntryForm::Inline;
    form.dateForm = found->date.form;
    form.prefix = std::string(s.substr(0, found->date.begin));
    form.suffix = found->separator;
    readDateStyle(s.substr(found->date.begin, found->date.end - found->date.begin), found->date,
                  grammar, form);
    return form;
}

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
        readNumericDay(date, form);
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
    std::string name(eqplan::monthName(std::chrono::month{month}));
    if (form.shortMonth)
        name = name.substr(0, 3);
    const std::string yearText = std::to_string(year);
    const auto shortYear = [&](int y) {
        return form.shortYear ? twoDigits(static_cast<unsigned>(y % 100), true) : std::to_string(y);
    };
    const std::string term =
        form.termNames[static_cast<std::size_t>(date.term.value_or(Term::Autumn))] + form.termWord;
    switch (date.precision)
    {
    case Precision::Year:
        return yearText;
    case Precision::Month:
        return name + " " + yearText;
    case Precision::HalfTerm:
        return term + " " + std::to_string(date.half()) + " " + shortYear(year);
    case Precision::Term:
        return term + " " + shortYear(year);
    case Precision::AcademicYear:
        return yearText + form.academicSeparator + shortYear(year + 1);
    case Precision::Day:
        if (form.numericDay)
            return form.weekWords + twoDigits(day, form.padded) + form.separator +
                   twoDigits(month, form.padded) + form.separator + shortYear(year);
        return form.weekWords + std::to_string(day) + " " + name + " " + yearText;
    }
    return yearText;
}

Result<ProgressWrite> planProgressUpdate(const Plan& plan, const Objective& objective,
                                         const PlanDate& given,
                                         const std::vector<std::string>& items,
                                         const CommentaryGrammar& grammar)
{
    using R = Result<ProgressWrite>;
    if (items.empty())
        return R::failed(ResultStatus::NothingToWrite,
                         "Give at least one item to write (--item \"...\").");
    for (const std::string& item : items)
        if (text::trim(item).empty())
            return R::failed(ResultStatus::BadText,
                             "An item is empty. Each --item needs some text.");
    if (objective.progressField.cells.empty())
        return R::failed(ResultStatus::NoColumn,
                         "Objective " + std::to_string(objective.number) +
                             " has no progress column and no commentary row to write the update "
                             "into. Adding a progress column is not supported yet: add one to "
                             "the table (for example \"Progress\") and try again.");

    ProgressWrite write;
    // The last cell progress was read from: the commentary row under an objective, or its own
    // progress cell.
    write.cell = objective.progressField.cells.back();
    write.cell.paragraph.reset();

    // The forms to imitate: this objective's latest entry, else the plan's, else canonical. An
    // inline-dated plan is imitated by its latest inline entry, and dates in its form.
    const Progress* model = latestHeading(objective);
    std::optional<HeadingForm> inlineHeading;
    const Progress* inlineModel = nullptr;
    if (model)
    {
        inlineHeading = inlineFormOf(objective, *model, grammar);
        inlineModel = inlineHeading ? model : nullptr;
    }
    else if (const auto [other, entry] = planInlineModel(plan); entry)
    {
        inlineHeading = inlineFormOf(*other, *entry, grammar);
        inlineModel = inlineHeading ? entry : nullptr;
    }
    const PlanDate date =
        inlineHeading && inlineHeading->dateForm ? inForm(given, *inlineHeading->dateForm) : given;
    write.date = date;

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

    HeadingForm heading =
        headingFormFromTemplate(grammar.canonicalHeading, grammar.canonicalHeadingBold);
    if (inlineHeading)
        heading = *inlineHeading;
    else if (model)
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

    // How an inline plan joins items: as the entry written to, the model, any inline entry of
    // the objective, then of the plan; else the grammar's join.
    if (inlineHeading)
    {
        std::optional<std::string> join;
        for (const Progress* entry : {same, inlineModel})
            if (entry && !join)
                join = itemJoinOf(*entry, grammar);
        for (auto entry = objective.progress.rbegin(); !join && entry != objective.progress.rend();
             ++entry)
            join = itemJoinOf(*entry, grammar);
        for (const Objective& other : plan.objectives)
            for (const Progress& entry : other.progress)
                if (!join)
                    join = itemJoinOf(entry, grammar);
        heading.itemJoin = join.value_or(grammar.inlineItemJoin);
    }

    // The items' form; in an inline plan, that of the paragraphs after an entry's first.
    ItemForm itemForm = itemFormFromCanonical(grammar.canonicalItem);
    bool found = false;
    if (inlineHeading)
    {
        itemForm = ItemForm{ItemMarker::None, "", -1};
        found = true;
        for (const Progress* entry : {same, inlineModel})
            if (entry && entry->items.size() > 1)
                if (std::optional<ItemForm> form = itemFormOf(entry->items[1], write.cell))
                {
                    itemForm = *form;
                    break;
                }
    }
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

    // The items to write as items: in an inline plan whose items share the entry's paragraph,
    // all of them in one; a new inline entry's first item goes in its dated paragraph.
    std::vector<std::string> bodies;
    for (const std::string& item : items)
        bodies.emplace_back(text::trim(item));
    if (inlineHeading && !heading.itemJoin.empty())
        bodies = {text::join(bodies, heading.itemJoin)};

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
        if (heading.entry == EntryForm::Inline)
        {
            title.text += bodies.front();
            bodies.erase(bodies.begin());
            number = 2;
        }
        write.paragraphs.push_back(std::move(title));
    }

    for (const std::string& body : bodies)
    {
        NewParagraph paragraph;
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
    return R::ok(std::move(write));
}

PlanDate progressEntryDate(const Plan& plan, std::chrono::year_month_day day)
{
    const std::optional<PlanDate> latest = plan.latestReview();
    PlanDate date;
    date.precision =
        latest && latest->precision == Precision::Day ? Precision::Day : Precision::Month;
    date.first = date.precision == Precision::Day ? day
                                                  : day.year() / day.month() / std::chrono::day(1);
    return date;
}

namespace
{
// `text` without the name at [at, at + size) and the word or dash that led to it ("by J Patel",
// "- D Sydes"), so that an unsigned line reads as a whole sentence.
std::string withoutName(const std::string& text, std::size_t at, std::size_t size)
{
    std::string before = text.substr(0, at);
    const auto trimEnd = [&] { before.erase(before.find_last_not_of(" \t") + 1); };
    trimEnd();
    for (const std::string_view connector : {" by", " By", " BY", " -", " \u2013", " \u2014", ","})
        if (before.ends_with(connector))
        {
            before.erase(before.size() - connector.size());
            trimEnd();
            break;
        }
    return before + text.substr(at + size);
}
} // namespace

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
    // Never someone else's name: a change nobody signed names no one.
    rewrite.newBy = std::string(text::trim(by));
    std::string after = line.text.substr(match.end);
    const std::size_t at =
        rewrite.oldBy.empty() ? std::string::npos : after.rfind(rewrite.oldBy);
    if (at != std::string::npos && !rewrite.newBy.empty())
        after.replace(at, rewrite.oldBy.size(), rewrite.newBy);
    else if (at != std::string::npos)
        after = withoutName(after, at, rewrite.oldBy.size());
    if (rewrite.oldBy.empty() && !rewrite.newBy.empty())
        after = " " + rewrite.newBy + after;
    rewrite.text = line.text.substr(0, match.begin) + rewrite.newDate + after;
    return rewrite;
}
} // namespace eqplan
