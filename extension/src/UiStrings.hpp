// The key of every word the sidebar shows. The words themselves are in the string catalogues,
// extension/strings/eqplan_<language>.properties (en_GB is complete and the default); a
// translation starts from a copy of that file. Format strings take {0}, {1}... in the order
// the catalogue's comments give.
#pragma once

#include "Catalogue.hpp"

namespace eqplan::ui
{
inline constexpr Text deckTitle{"deckTitle"};

// Plan panel
inline constexpr Text objectivesLabel{"objectivesLabel"};
inline constexpr Text untitledPlan{"untitledPlan"};
inline constexpr Text period{"period"};
inline constexpr Text updated{"updated"};
inline constexpr Text updatedNoName{"updatedNoName"};
inline constexpr Text counts{"counts"};
inline constexpr Text countsOne{"countsOne"};
inline constexpr Text countsOneOwner{"countsOneOwner"};
inline constexpr Text countsOneEach{"countsOneEach"};
inline constexpr Text latestReview{"latestReview"};
inline constexpr Text noReview{"noReview"};
inline constexpr Text noPlan{"noPlan"};
inline constexpr Text noPlanOffer{"noPlanOffer"};
inline constexpr Text insertPlan{"insertPlan"};
inline constexpr Text readOnly{"readOnly"};
inline constexpr Text failed{"failed"};
inline constexpr Text newObjectiveLabel{"newObjectiveLabel"};
inline constexpr Text newOwnersLabel{"newOwnersLabel"};
inline constexpr Text addObjective{"addObjective"};
inline constexpr Text emptyObjective{"emptyObjective"};
inline constexpr Text objectiveAdded{"objectiveAdded"};
inline constexpr Text newObjectiveOpen{"newObjectiveOpen"};
inline constexpr Text newObjectiveClose{"newObjectiveClose"};
inline constexpr Text objectivesHelp{"objectivesHelp"};
inline constexpr Text columnNumber{"columnNumber"};
inline constexpr Text columnObjective{"columnObjective"};
inline constexpr Text columnOwners{"columnOwners"};
inline constexpr Text columnUpdated{"columnUpdated"};
inline constexpr Text columnStatus{"columnStatus"};
inline constexpr Text statusSymbolGreen{"statusSymbolGreen"};
inline constexpr Text statusSymbolAmber{"statusSymbolAmber"};
inline constexpr Text statusSymbolRed{"statusSymbolRed"};
inline constexpr Text statusSymbolOther{"statusSymbolOther"};
inline constexpr Text timelineLabel{"timelineLabel"};
inline constexpr Text timelineAllRecent{"timelineAllRecent"};
inline constexpr Text timelineNoneRecent{"timelineNoneRecent"};
inline constexpr Text timelineStaleOne{"timelineStaleOne"};
inline constexpr Text timelineStaleMany{"timelineStaleMany"};
inline constexpr Text timelineStaleMore{"timelineStaleMore"};
// Plan panel: the columns understood, and the user's word on one (issue 15)
inline constexpr Text columnsRead{"columnsRead"};
inline constexpr Text labelsRead{"labelsRead"};
inline constexpr Text columnsNone{"columnsNone"};
inline constexpr Text columnAssignedByYou{"columnAssignedByYou"};
inline constexpr Text columnNotAFieldByYou{"columnNotAFieldByYou"};
inline constexpr Text columnsUnsure{"columnsUnsure"};
inline constexpr Text columnNotUnderstood{"columnNotUnderstood"};
inline constexpr Text columnChoiceItem{"columnChoiceItem"};
inline constexpr Text columnsOpen{"columnsOpen"};
inline constexpr Text columnsClose{"columnsClose"};
inline constexpr Text columnChoiceLabel{"columnChoiceLabel"};
inline constexpr Text fieldChoiceLabel{"fieldChoiceLabel"};
inline constexpr Text useColumn{"useColumn"};
inline constexpr Text notAField{"notAField"};
inline constexpr Text columnUsed{"columnUsed"};
inline constexpr Text columnDropped{"columnDropped"};
inline constexpr Text chooseColumn{"chooseColumn"};
inline constexpr Text columnsNoFields{"columnsNoFields"};

// Objective panel
inline constexpr Text objectiveHeading{"objectiveHeading"};
inline constexpr Text noObjective{"noObjective"};
inline constexpr Text detailsLabel{"detailsLabel"};
inline constexpr Text aimsField{"aimsField"};
inline constexpr Text characteristicsField{"characteristicsField"};
inline constexpr Text notACharacteristic{"notACharacteristic"};
inline constexpr Text notAnAim{"notAnAim"};
inline constexpr Text aimField{"aimField"};
inline constexpr Text objectiveField{"objectiveField"};
inline constexpr Text targetGroupsField{"targetGroupsField"};
inline constexpr Text actionsField{"actionsField"};
inline constexpr Text successCriteriaField{"successCriteriaField"};
inline constexpr Text ownersField{"ownersField"};
inline constexpr Text timescaleField{"timescaleField"};
inline constexpr Text progressField{"progressField"};
inline constexpr Text statusField{"statusField"};
inline constexpr Text statusByColour{"statusByColour"};
inline constexpr Text statusUnknown{"statusUnknown"};
inline constexpr Text pendingChanges{"pendingChanges"};
inline constexpr Text undated{"undated"};
inline constexpr Text none{"none"};
inline constexpr Text noProgress{"noProgress"};
inline constexpr Text newPointLabel{"newPointLabel"};
inline constexpr Text addPoint{"addPoint"};
inline constexpr Text emptyPoint{"emptyPoint"};
inline constexpr Text pointAdded{"pointAdded"};
inline constexpr Text notInThisPlan{"notInThisPlan"};
inline constexpr Text allCharacteristics{"allCharacteristics"};
inline constexpr Text progressHelp{"progressHelp"};

// Checks panel
inline constexpr Text noFindings{"noFindings"};
inline constexpr Text findingsSummary{"findingsSummary"};
inline constexpr Text findingOne{"findingOne"};
inline constexpr Text findingMany{"findingMany"};
inline constexpr Text errorOne{"errorOne"};
inline constexpr Text errorMany{"errorMany"};
inline constexpr Text warningOne{"warningOne"};
inline constexpr Text warningMany{"warningMany"};
inline constexpr Text noteOne{"noteOne"};
inline constexpr Text noteMany{"noteMany"};
inline constexpr Text findingsCounted{"findingsCounted"};
inline constexpr Text fixedOneOfMany{"fixedOneOfMany"};
inline constexpr Text findingsLabel{"findingsLabel"};
inline constexpr Text fixOne{"fixOne"};
inline constexpr Text fixAllSafe{"fixAllSafe"};
inline constexpr Text noFixHere{"noFixHere"};
inline constexpr Text fixedOne{"fixedOne"};
inline constexpr Text fixedMany{"fixedMany"};
inline constexpr Text noPlanToCheck{"noPlanToCheck"};
inline constexpr Text fixSafe{"fixSafe"};
inline constexpr Text fixToCheck{"fixToCheck"};

// Review panel
inline constexpr Text reviewIntro{"reviewIntro"};
inline constexpr Text meetingDateLabel{"meetingDateLabel"};
inline constexpr Text attendeesLabel{"attendeesLabel"};
inline constexpr Text startReview{"startReview"};
inline constexpr Text badMeetingDate{"badMeetingDate"};
inline constexpr Text reviewProgress{"reviewProgress"};
inline constexpr Text latestEntry{"latestEntry"};
inline constexpr Text noEntryYet{"noEntryYet"};
inline constexpr Text pointLabel{"pointLabel"};
inline constexpr Text previousObjective{"previousObjective"};
inline constexpr Text nextObjective{"nextObjective"};
inline constexpr Text finishReview{"finishReview"};
inline constexpr Text pointsThisMeeting{"pointsThisMeeting"};
inline constexpr Text reviewFinished{"reviewFinished"};
inline constexpr Text reviewMissing{"reviewMissing"};
inline constexpr Text reviewAllUpdated{"reviewAllUpdated"};
inline constexpr Text lastObjective{"lastObjective"};
inline constexpr Text firstObjective{"firstObjective"};
inline constexpr Text reviewNoPlan{"reviewNoPlan"};

// Publish panel
inline constexpr Text publishIntro{"publishIntro"};
inline constexpr Text publishTargetLabel{"publishTargetLabel"};
inline constexpr Text checkBeforePublishing{"checkBeforePublishing"};
inline constexpr Text publishButton{"publishButton"};
inline constexpr Text publishForce{"publishForce"};
inline constexpr Text readyToPublish{"readyToPublish"};
inline constexpr Text toResolve{"toResolve"};
inline constexpr Text notPublished{"notPublished"};
inline constexpr Text publishedAs{"publishedAs"};
inline constexpr Text publishedDespite{"publishedDespite"};
inline constexpr Text noPlanToPublish{"noPlanToPublish"};
inline constexpr Text publishFullPath{"publishFullPath"};
inline constexpr Text atAGlanceLabel{"atAGlanceLabel"};
inline constexpr Text reportIntro{"reportIntro"};
inline constexpr Text reportSinceReview{"reportSinceReview"};
inline constexpr Text reportThisYear{"reportThisYear"};
inline constexpr Text reportButton{"reportButton"};
inline constexpr Text reportWritten{"reportWritten"};
inline constexpr Text reportWrittenOne{"reportWrittenOne"};
inline constexpr Text reportNothing{"reportNothing"};
inline constexpr Text reportNeedsSavedPlan{"reportNeedsSavedPlan"};

// Owners panel
inline constexpr Text ownersLabel{"ownersLabel"};
inline constexpr Text notRegistered{"notRegistered"};
inline constexpr Text ownerNameLabel{"ownerNameLabel"};
inline constexpr Text saveOwner{"saveOwner"};
inline constexpr Text renameLabel{"renameLabel"};
inline constexpr Text renameOwner{"renameOwner"};
inline constexpr Text chooseOwner{"chooseOwner"};
inline constexpr Text ownerSaved{"ownerSaved"};
inline constexpr Text ownerRenamedOnce{"ownerRenamedOnce"};
inline constexpr Text ownerRenamed{"ownerRenamed"};
inline constexpr Text noPlanForOwners{"noPlanForOwners"};

// Coverage panel
inline constexpr Text coverageLabel{"coverageLabel"};
inline constexpr Text notAddressed{"notAddressed"};
inline constexpr Text everythingAddressed{"everythingAddressed"};
inline constexpr Text staffOnlyNote{"staffOnlyNote"};
inline constexpr Text coverageObjectives{"coverageObjectives"};
inline constexpr Text noPlanForCoverage{"noPlanForCoverage"};
inline constexpr Text noCoverageObjectives{"noCoverageObjectives"};
inline constexpr Text cellObjectives{"cellObjectives"};
inline constexpr Text cellNoObjectives{"cellNoObjectives"};
inline constexpr Text matrixHelp{"matrixHelp"};

// Editing a field (Objective panel) and the history (Plan panel)
inline constexpr Text editFieldLabel{"editFieldLabel"};
inline constexpr Text editValueLabel{"editValueLabel"};
inline constexpr Text saveField{"saveField"};
inline constexpr Text fieldSaved{"fieldSaved"};
inline constexpr Text ratingLabel{"ratingLabel"};
inline constexpr Text setStatus{"setStatus"};
inline constexpr Text statusSet{"statusSet"};
inline constexpr Text emptyValue{"emptyValue"};
inline constexpr Text historyLabel{"historyLabel"};
inline constexpr Text noHistory{"noHistory"};

// Why a command of the deck changed nothing (issue 20): a mistake in what was given or a plan that
// cannot take the change (Error::Kind::Refused), or a document changed since the deck read it
// (Stale)
inline constexpr Text textNotWritable{"textNotWritable"};
inline constexpr Text whatPoint{"whatPoint"};
inline constexpr Text whatNewText{"whatNewText"};
inline constexpr Text whatObjective{"whatObjective"};
inline constexpr Text whatOwner{"whatOwner"};
inline constexpr Text whatOwnerCode{"whatOwnerCode"};
inline constexpr Text whatOwnerName{"whatOwnerName"};
inline constexpr Text whatNewName{"whatNewName"};
inline constexpr Text whatReviewSummary{"whatReviewSummary"};
inline constexpr Text noPlanOpen{"noPlanOpen"};
inline constexpr Text noSuchObjective{"noSuchObjective"};
inline constexpr Text findingGone{"findingGone"};
inline constexpr Text schemasMissing{"schemasMissing"};
inline constexpr Text noPlanForObjective{"noPlanForObjective"};
inline constexpr Text objectiveWouldContinue{"objectiveWouldContinue"};
inline constexpr Text firstObjectiveNotKept{"firstObjectiveNotKept"};
inline constexpr Text noPlanToReview{"noPlanToReview"};

// Every panel
inline constexpr Text readOnlyNote{"readOnlyNote"};

// A new plan where the cursor is, and its first objective (issue 17): where the plan went, and
// what the Objective panel says while the plan has no objective
inline constexpr Text newPlanAtPlace{"newPlanAtPlace"};
inline constexpr Text newPlanAfterSelection{"newPlanAfterSelection"};
inline constexpr Text newPlanAfterTable{"newPlanAfterTable"};
inline constexpr Text newPlanAtAnchor{"newPlanAtAnchor"};
inline constexpr Text newPlanAtEnd{"newPlanAtEnd"};
inline constexpr Text noObjectiveYet{"noObjectiveYet"};

// Messages of the bridge, worded by the deck (ui::said): undo steps' titles and errors. The keys
// are the ones the uno-bridge sources give their Messages (keyed(...)).
inline constexpr Text undoAddProgress{"undoAddProgress"};
inline constexpr Text undoChangeField{"undoChangeField"};
inline constexpr Text undoSetStatus{"undoSetStatus"};
inline constexpr Text undoAddObjective{"undoAddObjective"};
inline constexpr Text undoFix{"undoFix"};
inline constexpr Text undoChangeOwners{"undoChangeOwners"};
inline constexpr Text undoRenameOwner{"undoRenameOwner"};
inline constexpr Text undoRegisterOwner{"undoRegisterOwner"};
inline constexpr Text undoRemoveOwner{"undoRemoveOwner"};
inline constexpr Text undoFinishReview{"undoFinishReview"};
inline constexpr Text errorNoSuchOwner{"errorNoSuchOwner"};
// The column changes' undo titles, and every error of the bridge a person can meet in the deck
inline constexpr Text undoChangeColumns{"undoChangeColumns"};
inline constexpr Text undoColumnNotAField{"undoColumnNotAField"};
inline constexpr Text undoUseColumn{"undoUseColumn"};
inline constexpr Text errorColumnsUnreadable{"errorColumnsUnreadable"};
inline constexpr Text errorNoSuchField{"errorNoSuchField"};
inline constexpr Text errorNotText{"errorNotText"};
inline constexpr Text errorNoProperties{"errorNoProperties"};
inline constexpr Text errorCannotExport{"errorCannotExport"};
inline constexpr Text errorExportFailed{"errorExportFailed"};
inline constexpr Text errorCannotStore{"errorCannotStore"};
inline constexpr Text errorReadOnlyAddProgress{"errorReadOnlyAddProgress"};
inline constexpr Text errorReadOnlyDateUpdated{"errorReadOnlyDateUpdated"};
inline constexpr Text errorReadOnlyEdit{"errorReadOnlyEdit"};
inline constexpr Text errorReadOnlyAddObjective{"errorReadOnlyAddObjective"};
inline constexpr Text errorReadOnlySetStatus{"errorReadOnlySetStatus"};
inline constexpr Text errorReadOnlyInsertPlan{"errorReadOnlyInsertPlan"};
inline constexpr Text errorReadOnlyFix{"errorReadOnlyFix"};
inline constexpr Text errorReadOnlyRecordData{"errorReadOnlyRecordData"};
inline constexpr Text errorReadOnlyPublish{"errorReadOnlyPublish"};
inline constexpr Text errorCellChanged{"errorCellChanged"};
inline constexpr Text errorSomeCellChanged{"errorSomeCellChanged"};
inline constexpr Text errorTableNumberChanged{"errorTableNumberChanged"};
inline constexpr Text errorTableChanged{"errorTableChanged"};
inline constexpr Text errorCellOfTableChanged{"errorCellOfTableChanged"};
inline constexpr Text errorRowChanged{"errorRowChanged"};
inline constexpr Text errorRowMergedBelow{"errorRowMergedBelow"};
inline constexpr Text errorColumnMergedCells{"errorColumnMergedCells"};
inline constexpr Text errorRowMergedCells{"errorRowMergedCells"};
inline constexpr Text errorProgressCellChanged{"errorProgressCellChanged"};
inline constexpr Text errorFieldCellChanged{"errorFieldCellChanged"};
inline constexpr Text errorCellGone{"errorCellGone"};
inline constexpr Text errorTableGone{"errorTableGone"};
inline constexpr Text errorCannotAddRow{"errorCannotAddRow"};
inline constexpr Text errorNoFolder{"errorNoFolder"};
inline constexpr Text errorFileReadOnly{"errorFileReadOnly"};
inline constexpr Text errorFolderReadOnly{"errorFolderReadOnly"};
inline constexpr Text errorCannotWriteFormat{"errorCannotWriteFormat"};
inline constexpr Text errorCannotWrite{"errorCannotWrite"};
inline constexpr Text errorChangesNotAccepted{"errorChangesNotAccepted"};
inline constexpr Text errorOwnersKeyNotAdded{"errorOwnersKeyNotAdded"};
inline constexpr Text errorCopyUnreadable{"errorCopyUnreadable"};
inline constexpr Text errorNotReadAfterAccepting{"errorNotReadAfterAccepting"};
inline constexpr Text errorCopyNotOpened{"errorCopyNotOpened"};
inline constexpr Text errorCopyFailed{"errorCopyFailed"};
inline constexpr Text errorCannotAddText{"errorCannotAddText"};
inline constexpr Text errorCannotWritePicture{"errorCannotWritePicture"};
inline constexpr Text errorCannotAddPicture{"errorCannotAddPicture"};
inline constexpr Text errorCannotReadPicture{"errorCannotReadPicture"};
inline constexpr Text errorPictureUnreadable{"errorPictureUnreadable"};
inline constexpr Text errorCannotWriteReport{"errorCannotWriteReport"};
inline constexpr Text errorReportFormat{"errorReportFormat"};
inline constexpr Text errorReportNotOpened{"errorReportNotOpened"};
} // namespace eqplan::ui
