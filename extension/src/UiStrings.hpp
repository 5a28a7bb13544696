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
inline constexpr const char* countsOneOwner = "{0} objectives · 1 owner"; // objectives
inline constexpr const char* countsOneEach = "1 objective · 1 owner";
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
inline constexpr const char* newObjectiveLabel = "New o~bjective, added after the last";
inline constexpr const char* newOwnersLabel = "Its owne~rs, one a line (optional)";
inline constexpr const char* addObjective = "Add ob~jective";
inline constexpr const char* emptyObjective =
    "Type the objective first, then choose Add objective.";
inline constexpr const char* objectiveAdded =
    "Added objective {0}. Fill in its fields in the Objective panel; Edit ▸ Undo takes it "
    "back."; // number
inline constexpr const char* newObjectiveOpen = "~New objective…";
inline constexpr const char* newObjectiveClose = "Close the ~new objective";
inline constexpr const char* objectivesHelp =
    "The plan's objectives: choose one to go to its row. Click a column's title to sort by it.";
inline constexpr const char* columnNumber = "No.";
inline constexpr const char* columnObjective = "Objective";
inline constexpr const char* columnOwners = "Owners";
inline constexpr const char* columnUpdated = "Updated";
inline constexpr const char* columnStatus = "Status";
inline constexpr const char* statusSymbolGreen = "✓"; // before the rating's word, never alone
inline constexpr const char* statusSymbolAmber = "!";
inline constexpr const char* statusSymbolRed = "✗";
inline constexpr const char* statusSymbolOther = "?";

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
inline constexpr const char* statusField = "Status";
inline constexpr const char* statusByColour = "{0} (shown by colour alone)"; // rating
inline constexpr const char* statusUnknown = "“{0}” (not a rating eqplan knows)"; // words
inline constexpr const char* pendingChanges =
    "Tracked changes pending in {0}: shown as if accepted."; // field names
inline constexpr const char* undated = "Undated";
inline constexpr const char* none = "—";
inline constexpr const char* noProgress = "No progress recorded yet.";
inline constexpr const char* newPointLabel = "New ~progress point, dated this month";
inline constexpr const char* addPoint = "~Add to the plan";
inline constexpr const char* emptyPoint = "Type the point first, then choose Add.";
inline constexpr const char* pointAdded = "Added under {0}. Edit ▸ Undo takes it back."; // heading
inline constexpr const char* notInThisPlan = "not in this plan";
inline constexpr const char* allCharacteristics = "All nine";
inline constexpr const char* progressHelp =
    "The objective's progress, newest entry first: open an entry to see its points.";

// Checks panel
inline constexpr const char* noFindings = "No problems found: the plan is consistent.";
inline constexpr const char* findingsSummary =
    "{0} findings: {1} errors, {2} warnings, {3} notes"; // findings, errors, warnings, notes
inline constexpr const char* findingOne = "1 finding";
inline constexpr const char* findingMany = "{0} findings"; // count
inline constexpr const char* errorOne = "1 error";
inline constexpr const char* errorMany = "{0} errors"; // count
inline constexpr const char* warningOne = "1 warning";
inline constexpr const char* warningMany = "{0} warnings"; // count
inline constexpr const char* noteOne = "1 note";
inline constexpr const char* noteMany = "{0} notes";                 // count
inline constexpr const char* findingsCounted = "{0}: {1}, {2}, {3}"; // findings, errors, ...
inline constexpr const char* fixedOneOfMany = "Fixed 1 problem, one undo step.";
inline constexpr const char* findingsLabel = "~Findings, by rule";
inline constexpr const char* fixOne = "~Fix";
inline constexpr const char* fixAllSafe = "Fix all ~safe ({0})"; // how many
inline constexpr const char* noFixHere = "This finding has no automatic fix; change the cell by hand.";
inline constexpr const char* fixedOne = "Fixed: {0}. Edit ▸ Undo takes it back."; // description
inline constexpr const char* fixedMany =
    "Fixed {0} problems, each one undo step."; // how many
inline constexpr const char* noPlanToCheck = "Open a document with an equality plan to check it.";

// Review panel
inline constexpr const char* reviewIntro =
    "Review the plan in a meeting: go through the objectives one by one and type what was said. "
    "Each point goes into the plan at once, dated with the meeting.";
inline constexpr const char* meetingDateLabel = "Meeting ~date";
inline constexpr const char* attendeesLabel = "~Attendees";
inline constexpr const char* startReview = "~Start review";
inline constexpr const char* badMeetingDate = "Type the meeting's date as a day, e.g. 23/11/2026.";
inline constexpr const char* reviewProgress = "Objective {0} of {1} · meeting of {2}"; // n, of, day
inline constexpr const char* latestEntry = "Latest entry: {0}"; // heading
inline constexpr const char* noEntryYet = "No progress recorded yet.";
inline constexpr const char* pointLabel = "New ~point: Enter adds it, Ctrl+Enter goes on";
inline constexpr const char* previousObjective = "~Previous";
inline constexpr const char* nextObjective = "~Next";
inline constexpr const char* finishReview = "~Finish review";
inline constexpr const char* pointsThisMeeting = "Added in this meeting:";
inline constexpr const char* reviewFinished =
    "Review of {0} finished: points on {1} of {2} objectives."; // day, updated, of
inline constexpr const char* reviewMissing = "No update in this meeting: objective {0}."; // list
inline constexpr const char* reviewAllUpdated = "Every objective got an update.";
inline constexpr const char* lastObjective =
    "Objective {0} is the last one. Finish the review?";                         // number
inline constexpr const char* firstObjective = "Objective {0} is the first one."; // number
inline constexpr const char* reviewNoPlan = "Open a document with an equality plan to review it.";

// Publish panel
inline constexpr const char* publishIntro =
    "Publish the plan for the school website: an accessible PDF (tagged PDF/UA and PDF/A), with "
    "a bookmark per objective and nothing from the staff room. The document is not changed.";
inline constexpr const char* publishTargetLabel = "Save the PDF ~as";
inline constexpr const char* checkBeforePublishing = "~Check before publishing";
inline constexpr const char* publishButton = "~Publish PDF";
inline constexpr const char* publishForce =
    "Publish ~anyway: accept tracked changes and leave out comments";
inline constexpr const char* readyToPublish = "Nothing stands in the way of publishing.";
inline constexpr const char* toResolve = "{0} to resolve before publishing:"; // count
inline constexpr const char* notPublished =
    "Not published: resolve these first, or tick “Publish anyway”.";
inline constexpr const char* publishedAs = "Published {0}: {1} objectives in its outline."; // file, n
inline constexpr const char* publishedDespite = "Published despite:";
inline constexpr const char* noPlanToPublish = "Open a document with an equality plan to publish it.";

// Owners panel
inline constexpr const char* ownersLabel = "~Owners and their objectives";
inline constexpr const char* notRegistered = "not in the register";
inline constexpr const char* ownerNameLabel = "Who is it? (~name and role)";
inline constexpr const char* saveOwner = "~Save to the owner register";
inline constexpr const char* renameLabel = "~Rename everywhere in the plan to";
inline constexpr const char* renameOwner = "Re~name";
inline constexpr const char* chooseOwner = "Choose an owner in the list first.";
inline constexpr const char* ownerSaved = "{0} is now in the register as {1}."; // code, name
inline constexpr const char* ownerRenamedOnce = "Renamed in 1 place. Edit ▸ Undo takes it back.";
inline constexpr const char* ownerRenamed =
    "Renamed in {0} places. Edit ▸ Undo takes it back."; // count
inline constexpr const char* noPlanForOwners = "Open a document with an equality plan to see its owners.";

// Coverage panel
inline constexpr const char* coverageLabel = "Objectives per aim and characteristic";
inline constexpr const char* notAddressed = "Not addressed by any objective: {0}."; // list
inline constexpr const char* everythingAddressed =
    "Every aim of the duty and every protected characteristic is addressed.";
inline constexpr const char* staffOnlyNote = "For staff only, so not a gap for pupils: {0}."; // list
inline constexpr const char* coverageObjectives = "Objectives: {0}"; // list
inline constexpr const char* noPlanForCoverage =
    "Open a document with an equality plan to see which aims and characteristics it covers.";
inline constexpr const char* noCoverageObjectives = "No objective addresses this.";

// Editing a field (Objective panel) and the history (Plan panel)
inline constexpr const char* editFieldLabel = "~Change a field";
inline constexpr const char* editValueLabel = "Its new text, one item a line";
inline constexpr const char* saveField = "~Write it into the plan";
inline constexpr const char* fieldSaved = "{0} rewritten. Edit ▸ Undo takes it back."; // label
inline constexpr const char* ratingLabel = "Status (RAG)";
inline constexpr const char* setStatus = "Set the ~status";
inline constexpr const char* statusSet = "Status set to {0}. Edit ▸ Undo takes it back."; // label
inline constexpr const char* emptyValue = "Type the field's new text first.";
inline constexpr const char* historyLabel = "Recent changes by eqplan";
inline constexpr const char* noHistory = "No changes recorded yet.";

// Every panel
inline constexpr const char* readOnlyNote =
    "The document is open read-only, so nothing here can change it. Use Edit ▸ Edit Mode first.";
} // namespace eqplan::ui
