// Internal to the bridge: asking the office reader (uno-bridge/office/OfficeReader.cpp) running in
// an office for more than the grid.
#pragma once

#include "eqplan/bridge/Office.hpp"

#include <com/sun/star/lang/XComponent.hpp>

namespace eqplan::bridge
{
// hasHiddenText(document), answered inside `office` by its office reader, which must be there
// (Office::officeReader). Throws Error.
bool hasHiddenTextInOffice(Office& office,
                           const css::uno::Reference<css::lang::XComponent>& document);
} // namespace eqplan::bridge
