// The pieces publishing's files share (PublishCopy, PublishOutline, PublishExport); private to
// the bridge.
#pragma once

#include "eqplan/Grid.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextRange.hpp>

namespace eqplan::bridge
{
class Office;
}

namespace eqplan::bridge::publishing
{
using Range = css::uno::Reference<css::text::XTextRange>;
using Properties = css::uno::Reference<css::beans::XPropertySet>;

// A property value for a media descriptor or filter data.
css::beans::PropertyValue property(const char* name, const css::uno::Any& value);

// The grid of a copy being published and, when asked, whether any of its text is hidden.
struct CopyRead
{
    DocumentGrid grid;
    bool hiddenText = false;
};

// Reads the copy: in-process (no office) with readGrid and a walk over its text portions; from
// outside the office, with the office's office reader in two calls, or where it has none, with
// one flat ODF export that answers both (walking every portion over a remote bridge costs
// seconds on a long plan).
CopyRead readCopy(const css::uno::Reference<css::lang::XComponent>& copy, Office* office,
                  bool hidden);

// Gives `paragraph` outline level `level` (0: none).
void setOutlineLevel(const Range& paragraph, sal_Int16 level);
} // namespace eqplan::bridge::publishing
