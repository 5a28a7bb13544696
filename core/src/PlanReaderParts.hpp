// Internal to core: the parts of the plan reader (PlanReader.cpp) that incremental recognition
// (Refresh.cpp) reuses, so that reading some rows of a plan table again is the same code as
// reading them all.
#pragma once

#include "eqplan/Grid.hpp"
#include "eqplan/Model.hpp"
#include "eqplan/Schema.hpp"

#include <string>
#include <vector>

namespace eqplan::detail
{
// The objectives that rows [firstRow, endRow) of plan table `table` (plan.tables[planIndex]) of
// `document` hold, gathered and interpreted as readPlan does when the objective before them has
// number `previousNumber` (0 for none), with their owners as written (not yet registered).
// Appends the notes those rows give (a row split over a page) to `notes`.
std::vector<Objective> readObjectiveRows(const DocumentGrid& document, const PlanTable& table,
                                         int planIndex, int firstRow, int endRow,
                                         int previousNumber, const Schemas& schemas,
                                         std::vector<std::string>& notes);

// Registers the owners of every objective again, as readPlan does: plan.owners anew from each
// objective's owners cell, and each objective's ownerNames in the plan's spelling.
void registerPlanOwners(Plan& plan);
} // namespace eqplan::detail
