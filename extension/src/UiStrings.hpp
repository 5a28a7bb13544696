// Every word the sidebar shows, in British English, in one place: the file a translation starts
// from. Format strings take {0}, {1}... in the order their comments give.
#pragma once

namespace eqplan::ui
{
inline constexpr const char* deckTitle = "Equality Plan";

// Plan panel
inline constexpr const char* objectivesLabel = "~Objectives";
inline constexpr const char* untitledPlan = "Untitled plan";
inline constexpr const char* period = "Period {0}–{1}";              // from, to
inline constexpr const char* updated = "Updated {0} by {1}";         // date, who
inline constexpr const char* updatedNoName = "Updated {0}";          // date
inline constexpr const char* counts = "{0} objectives · {1} owners"; // objectives, owners
inline constexpr const char* countsOne = "1 objective · {0} owners"; // owners
inline constexpr const char* latestReview = "Latest review: {0}";    // date
inline constexpr const char* noReview = "No dated progress yet";
inline constexpr const char* noPlan =
    "This document has no equality plan table. eqplan reads a plan kept as a table whose first "
    "row names its columns, such as “Equality Objective”, “Actions” and “Responsibility”.";
inline constexpr const char* noPlanOffer =
    "Insert a new plan to start one here, or open the document that holds your plan.";
inline constexpr const char* insertPlan = "~Insert a new plan";
inline constexpr const char* readOnly =
    "The document is open read-only, so a plan cannot be inserted. Use Edit ▸ Edit Mode first.";
inline constexpr const char* failed = "eqplan could not read this document: {0}"; // reason

// Objective panel
inline constexpr const char* objectiveHeading = "Objective {0}"; // number
inline constexpr const char* noObjective =
    "Put the cursor in a row of the plan, or choose an objective in the Plan panel, to see it "
    "here.";
inline constexpr const char* detailsLabel = "~Details";
inline constexpr const char* aimsField = "PSED aims";
inline constexpr const char* characteristicsField = "Protected characteristics";
inline constexpr const char* notACharacteristic = "{0} (not a protected characteristic)"; // words
inline constexpr const char* notAnAim = "{0} (names no aim of the duty)";                 // words
inline constexpr const char* aimField = "Aim";
inline constexpr const char* objectiveField = "Objective";
inline constexpr const char* targetGroupsField = "Target groups";
inline constexpr const char* actionsField = "Actions";
inline constexpr const char* successCriteriaField = "Success criteria";
inline constexpr const char* ownersField = "Owners";
inline constexpr const char* timescaleField = "Timescale";
inline constexpr const char* progressField = "Progress, newest first";
inline constexpr const char* undated = "Undated";
inline constexpr const char* none = "—";
inline constexpr const char* noProgress = "No progress recorded yet.";
inline constexpr const char* newPointLabel = "New ~progress point, dated this month";
inline constexpr const char* addPoint = "~Add to the plan";
inline constexpr const char* emptyPoint = "Type the point first, then choose Add.";
inline constexpr const char* pointAdded = "Added under {0}. Edit ▸ Undo takes it back."; // heading
} // namespace eqplan::ui
