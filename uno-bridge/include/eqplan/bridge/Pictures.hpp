// Core's pictures (eqplan/Pictures.hpp: the coverage matrix, the review timeline) put where people
// see them: into a Writer document as images with alternative text (the published PDF's "At a
// glance" page, the progress report), or as a graphic for an image control (the deck).
//
// For the deck: `graphicOf(context, coverageMatrix(coverageOf(plan, schemas.checks)))` gives the
// XGraphic to set as an UnoControlImageControl's "Graphic"; `picture.altText` is its accessible
// description.
#pragma once

#include "eqplan/Model.hpp"
#include "eqplan/Pictures.hpp"
#include "eqplan/Schema.hpp"

#include <com/sun/star/graphic/XGraphic.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>

namespace eqplan::bridge
{
// Adds `picture` at the end of the document's body in a paragraph of its own: an image anchored
// as a character, at most `maxWidth` mm wide (its height in proportion), with the picture's title
// as its name and its alternative text as its description, which a tagged PDF gives its Figure as
// /Alt. Throws Error.
void appendPicture(const css::uno::Reference<css::lang::XComponent>& document,
                   const Picture& picture, double maxWidth = 165);

// Adds a paragraph at the end of the body: on a new page with `pageBefore`, in bold with outline
// level `level` (a heading and a PDF bookmark) when `level` > 0, else plain. Throws Error.
void appendParagraph(const css::uno::Reference<css::lang::XComponent>& document,
                     const std::string& text, int level, bool pageBefore = false);

// The "At a glance" page: a new page headed "At a glance" at outline level `level`, then the
// coverage matrix and the review timeline of `plan` as of `today`, each under its title. Throws
// Error.
void appendAtAGlance(const css::uno::Reference<css::lang::XComponent>& document, const Plan& plan,
                     const CheckRules& rules, std::chrono::year_month_day today, int level);

// `picture` as a graphic (the office's GraphicProvider reading its SVG). Throws Error.
css::uno::Reference<css::graphic::XGraphic>
graphicOf(const css::uno::Reference<css::uno::XComponentContext>& context, const Picture& picture);
} // namespace eqplan::bridge
