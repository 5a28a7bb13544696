// Internal to the bridge: asking the office reader (uno-bridge/office/OfficeReader.cpp) running in
// an office for more than the grid.
#pragma once

#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Publish.hpp"

#include <com/sun/star/lang/XComponent.hpp>

#include <vector>

namespace eqplan::bridge
{
// hasHiddenText(document), answered inside `office` by its office reader, which must be there
// (Office::officeReader). Throws Error.
bool hasHiddenTextInOffice(Office& office,
                           const css::uno::Reference<css::lang::XComponent>& document);

// setOutlineLevels(document, marks, level), done inside `office` by its office reader in one
// call (a dozen remote calls a paragraph otherwise). Throws Error.
int setOutlineLevelsInOffice(Office& office,
                             const css::uno::Reference<css::lang::XComponent>& document,
                             const std::vector<OutlineMark>& marks, int level);
} // namespace eqplan::bridge
