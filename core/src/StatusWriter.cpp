#include "eqplan/StatusWriter.hpp"

#include "eqplan/PlanReader.hpp"
#include "eqplan/Text.hpp"

#include <algorithm>

namespace eqplan
{
namespace
{
// The rating `wanted` names by its id, label or letter, or nullptr.
const RatingSpec* namedRating(std::string_view wanted, const Layout& layout)
{
    const std::string folded = text::fold(wanted);
    for (const RatingSpec& rating : layout.ratings)
        if (folded == text::fold(rating.id) || folded == text::fold(rating.label) ||
            (!rating.letter.empty() && folded == text::fold(rating.letter)))
            return &rating;
    return nullptr;
}

// What the other objectives' status cells do.
struct StatusHabits
{
    int letters = 0;   // a letter alone ("G")
    int words = 0;     // words ("On track", "Green")
    int colourOnly = 0; // no text, a shading that rates
    int shaded = 0;
    int unshaded = 0;
};

StatusHabits habitsOf(const Plan& plan, const Objective& objective)
{
    StatusHabits habits;
    for (const Objective& other : plan.objectives)
    {
        if (&other == &objective || !other.status || other.status->rating.empty())
            continue;
        const Status& status = *other.status;
        if (status.text.empty())
            ++habits.colourOnly;
        else if (status.source == "letter")
            ++habits.letters;
        else
            ++habits.words;
        ++(status.shading.empty() ? habits.unshaded : habits.shaded);
    }
    return habits;
}
} // namespace

Result<StatusWrite> planStatus(const Plan& plan, const Objective& objective,
                               std::string_view wanted, const Layout& layout)
{
    using R = Result<StatusWrite>;
    const FieldSpec* spec = layout.field("status");
    const std::string column = spec ? spec->label : std::string("Status");
    if (objective.statusField.cells.empty())
        return R::failed(ResultStatus::NoColumn,
                         "The plan has no " + text::lower(column) + " column to write objective " +
                             std::to_string(objective.number) +
                             "'s status into. Add a column headed RAG or Status to the table "
                             "first, then try again.");
    const std::string_view typed = text::trim(wanted);
    const RatingSpec* rating = namedRating(typed, layout);
    const bool ownWords = !rating;
    if (!rating && !typed.empty() && typed.find('\n') == std::string_view::npos)
        if (const std::optional<Status> read = readStatus(typed, "", layout);
            read && !read->rating.empty())
            rating = layout.rating(read->rating);
    if (!rating)
    {
        std::string names;
        for (const RatingSpec& r : layout.ratings)
            names += (names.empty() ? "" : ", ") + r.id;
        return R::failed(ResultStatus::UnknownName,
                         "eqplan does not know the status \"" + std::string(typed) + "\": give " +
                             names +
                             ", or words that mean one (such as on track, in progress, not "
                             "started).");
    }

    const StatusHabits habits = habitsOf(plan, objective);
    const bool examples = habits.letters + habits.words + habits.colourOnly > 0;
    const bool shade = !examples || habits.shaded > habits.unshaded;

    StatusWrite write;
    write.rating = rating->id;
    write.label = rating->label;
    write.cell = objective.statusField.cells.front();
    write.cell.paragraph.reset();
    if (ownWords)
        write.text = std::string(typed);
    else if (!examples)
        write.text = rating->label;
    else if (habits.colourOnly > habits.letters + habits.words && shade)
        write.text.clear();
    else if (habits.letters > habits.words && !rating->letter.empty())
        write.text = rating->letter;
    else
        write.text = rating->label;

    if (shade)
    {
        // The shade the plan already gives this rating, else the layout's.
        write.shading = rating->shading;
        for (const Objective& other : plan.objectives)
            if (&other != &objective && other.status && other.status->rating == rating->id &&
                !other.status->shading.empty())
            {
                write.shading = other.status->shading;
                break;
            }
    }
    else if (objective.status && !objective.status->shading.empty())
        write.shading = std::string(); // a stale colour would contradict the words
    return R::ok(std::move(write));
}
} // namespace eqplan
