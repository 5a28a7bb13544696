#include "eqplan/FieldWriter.hpp"

#include "eqplan/Text.hpp"

#include "ItemForm.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace eqplan
{
namespace
{
using detail::inCell;
using detail::ItemForm;
using detail::itemFormOf;
using detail::replaced;

// The items the reader found in a list field, or nothing for a field that is not a list.
const std::vector<ListItem>* itemsOf(const Objective& objective, std::string_view id)
{
    if (id == "targetGroups")
        return &objective.targetGroupItems;
    if (id == "actions")
        return &objective.actionItems;
    if (id == "successCriteria")
        return &objective.successCriteriaItems;
    return nullptr;
}

// Fields whose several values share one paragraph in some plans ("EWA/SWA").
bool isJoined(std::string_view id)
{
    return id == "owners" || id == "characteristics" || id == "duty";
}

// Separators a plan joins values with, most telling first; as written, spaces included.
constexpr std::array<std::string_view, 9> separators = {" / ", "/ ",  " /",    "/",    "; ",
                                                        ", ",  " & ", " and ", " And "};

// The non-empty paragraphs of a field.
std::vector<const FieldParagraph*> written(const Field& field)
{
    std::vector<const FieldParagraph*> out;
    for (const FieldParagraph& p : field.paragraphs)
        if (!p.paragraph.empty() && !text::trim(p.paragraph.text).empty())
            out.push_back(&p);
    return out;
}

// How a field joins its values: a separator, "\n" for one a line, or nothing if it shows no way.
std::optional<std::string> joinOf(const Field& field)
{
    const std::vector<const FieldParagraph*> paragraphs = written(field);
    if (paragraphs.size() > 1)
        return std::string("\n");
    if (paragraphs.empty())
        return std::nullopt;
    const std::string_view text = text::trim(paragraphs.front()->paragraph.text);
    for (std::string_view separator : separators)
        if (text.find(separator) != std::string_view::npos)
            return std::string(separator);
    return std::nullopt;
}

// An item form that shows how the plan marks items: a marker, or several plain items.
std::optional<ItemForm> telling(const std::vector<ListItem>& items, const Location& cell)
{
    for (const ListItem& item : items)
        if (item.item.marker != ItemMarker::None)
        {
            // A real bullet list in another cell: type its bullet, as the plan shows it.
            if (item.item.marker == ItemMarker::ListLabel && !inCell(item.location, cell) &&
                item.item.label.find_first_of("0123456789") == std::string::npos &&
                !item.item.label.empty())
                return ItemForm{ItemMarker::TypedBullet, item.item.label + " ", -1};
            return itemFormOf(item, cell);
        }
    if (items.size() > 1)
        return ItemForm{ItemMarker::None, "", -1};
    return std::nullopt;
}
} // namespace

const std::vector<std::string>& editableFields()
{
    static const std::vector<std::string> ids = {
        "duty",    "characteristics", "aim",    "objective", "targetGroups",
        "actions", "successCriteria", "owners", "timescale"};
    return ids;
}

std::string editableFieldId(std::string_view typed, const Layout& layout)
{
    // Compared without case, spaces, hyphens and underscores: "success-criteria" is
    // "successCriteria" is "Success criteria".
    const auto squeeze = [](std::string_view s)
    {
        std::string out;
        for (char c : s)
            if (c != ' ' && c != '-' && c != '_')
                out += text::asciiLower(c);
        return out;
    };
    const std::string wanted = squeeze(typed);
    if (wanted.empty())
        return {};
    for (const std::string& id : editableFields())
    {
        const FieldSpec* spec = layout.field(id);
        if (squeeze(id) == wanted || (spec && squeeze(spec->label) == wanted))
            return id;
    }
    return {};
}

Result<FieldWrite> planFieldEdit(const Plan& plan, const Objective& objective,
                                 const std::string& field, const std::vector<std::string>& values,
                                 const Schemas& schemas)
{
    using R = Result<FieldWrite>;
    // Progress is written by planProgressUpdate, never as a field edit.
    const bool editable = std::find(editableFields().begin(), editableFields().end(), field) !=
                          editableFields().end();
    const Field* target = editable ? objective.field(field) : nullptr;
    const FieldSpec* spec = schemas.layout.field(field);
    if (!target || !spec)
    {
        std::string ids;
        for (const std::string& id : editableFields())
            ids += (ids.empty() ? "" : ", ") + id;
        return R::failed(ResultStatus::UnknownName,
                         field == "progress"
                             ? "Progress is added with eqplan update, not edited as a field."
                             : "eqplan cannot edit the field \"" + field + "\": give one of " +
                                   ids + ".");
    }
    if (values.empty())
        return R::failed(ResultStatus::NothingToWrite,
                         "Give the new " + text::lower(spec->label) + " (--value \"...\").");
    for (const std::string& value : values)
        if (text::trim(value).empty() || value.find('\n') != std::string::npos)
            return R::failed(
                ResultStatus::BadText,
                text::trim(value).empty()
                    ? "A value is empty. Each --value needs some text."
                    : "A value holds a line break. Give each line as its own --value.");
    if (target->cells.empty())
        return R::failed(ResultStatus::NoColumn,
                         "The plan has no " + spec->label + " column to write objective " +
                             std::to_string(objective.number) +
                             "'s into. Add the column to the table first, then try again.");

    FieldWrite write;
    write.field = field;
    write.label = spec->label;
    write.cell = target->cells.front();
    write.cell.paragraph.reset();
    for (std::size_t c = 1; c < target->cells.size(); ++c)
    {
        const Location& other = target->cells[c];
        const bool hasText = std::any_of(target->paragraphs.begin(), target->paragraphs.end(),
                                         [&](const FieldParagraph& p) {
                                             return inCell(p.location, other) &&
                                                    !text::trim(p.paragraph.text).empty();
                                         });
        if (hasText)
            write.cleared.push_back(other);
    }
    // The written paragraphs of the first cell; empty ones around them are the layout's.
    int first = -1;
    int last = -1;
    for (const FieldParagraph& p : target->paragraphs)
        if (inCell(p.location, write.cell) &&
            (!text::trim(p.paragraph.text).empty() || !p.paragraph.listLabel.empty()))
        {
            first = first < 0 ? *p.location.paragraph : first;
            last = *p.location.paragraph;
        }
    write.first = first < 0 ? 0 : first;
    write.last = first < 0 ? 0 : last;

    std::vector<std::string> trimmed;
    for (const std::string& value : values)
        trimmed.emplace_back(text::trim(value));

    if (const std::vector<ListItem>* own = itemsOf(objective, field))
    {
        // This objective's items show the form; else the same field of the other objectives.
        std::optional<ItemForm> form = telling(*own, write.cell);
        for (const Objective& other : plan.objectives)
            if (!form && &other != &objective)
                form = telling(*itemsOf(other, field), write.cell);
        if (!form)
            form = ItemForm{ItemMarker::None, "", -1};
        Numbering numbering = Numbering::RestartList;
        int like = form->like;
        for (std::size_t i = 0; i < trimmed.size(); ++i)
        {
            NewParagraph paragraph;
            if (form->marker == ItemMarker::ListLabel)
            {
                paragraph.text = trimmed[i];
                paragraph.numbering = numbering;
                paragraph.like = like;
                numbering = Numbering::ContinueList;
                like = -1;
            }
            else
                paragraph.text = replaced(form->pattern, "{n}", std::to_string(i + 1)) + trimmed[i];
            write.paragraphs.push_back(std::move(paragraph));
        }
    }
    else if (isJoined(field))
    {
        std::optional<std::string> join = joinOf(*target);
        for (const Objective& other : plan.objectives)
            if (!join && &other != &objective)
                join = joinOf(*other.field(field));
        const std::string separator = join.value_or("\n");
        if (separator == "\n")
            for (const std::string& value : trimmed)
                write.paragraphs.push_back(NewParagraph{value});
        else
            write.paragraphs.push_back(NewParagraph{text::join(trimmed, separator)});
    }
    else
    {
        for (const std::string& value : trimmed)
            write.paragraphs.push_back(NewParagraph{value});
        // The objective's typed number stays in front of its text.
        if (field == "objective")
            if (const std::vector<const FieldParagraph*> old = written(*target); !old.empty())
            {
                const Item item = parseItem(old.front()->paragraph, schemas.grammar);
                if (item.marker == ItemMarker::TypedNumber && item.number &&
                    !write.paragraphs.empty())
                    write.paragraphs.front().text =
                        item.label + " " + write.paragraphs.front().text;
            }
    }
    return R::ok(std::move(write));
}

UpdatedLineWrite planUpdatedLine(const Plan& plan, std::chrono::year_month_day day,
                                 const std::string& by)
{
    UpdatedLineWrite write;
    if (plan.updated)
    {
        write.rewrite = rewriteUpdatedLine(*plan.updated, day, by);
        return write;
    }
    if (!plan.titlePlace)
        return write;
    write.insert = UpdatedInsert{*plan.titlePlace, updatedLineText(day, by)};
    return write;
}
} // namespace eqplan
