// What a document holds beyond its tables' text that the publish.* rules of the checks judge:
// pending tracked changes, comments, and figures without alternative text.
#pragma once

#include "eqplan/DocumentFacts.hpp"
#include "eqplan/Model.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextField.hpp>

#include <vector>

namespace eqplan::bridge
{
// The facts of `document`, whose plan is `plan` (its first table tells text above the plan from
// text after it), each in the order LibreOffice lists it. Never changes the document. Throws Error
// when `document` is not a text document.
DocumentFacts documentFacts(const css::uno::Reference<css::lang::XComponent>& document,
                            const Plan& plan);

// The document's comments (annotation fields), in the order LibreOffice lists its fields.
std::vector<css::uno::Reference<css::text::XTextField>>
comments(const css::uno::Reference<css::lang::XComponent>& document);
} // namespace eqplan::bridge
