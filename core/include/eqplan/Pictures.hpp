// Pictures of a plan, drawn as SVG text for LibreOffice's GraphicProvider (the published PDF's "At
// a glance" page, the progress report, the deck): the coverage matrix of the duty and the review
// timeline. Each comes with a sentence that says what it shows, for its alternative text.
//
// Drawn to be read by everyone: the Okabe–Ito colour-blind-safe palette, every meaning carried by
// a symbol or words as well as by colour, black outlines and text on light fills so that the
// picture survives a high-contrast print or a greyscale projector. The deck's pictures are drawn
// on the panel's own background with its own text colour (Ink), so that they follow a dark or
// high-contrast theme; their marks keep their pale fills with black text on them.
#pragma once

#include "eqplan/Coverage.hpp"
#include "eqplan/Message.hpp"
#include "eqplan/Model.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace eqplan
{
// A picture: SVG text, its natural size and what it shows in words.
struct Picture
{
    std::string svg;  // a whole SVG document, UTF-8
    double width = 0; // natural size in millimetres (the SVG's width and height say the same)
    double height = 0;
    std::string title;   // "Coverage of the equality duty"
    std::string altText; // what it shows, in one or two sentences
};

// What a cell of the coverage matrix shows.
enum class CoverageMark
{
    Covered,   // one or more objectives: the count
    Gap,       // none, and the characteristic counts for pupils: "×"
    StaffOnly, // none, and the characteristic counts for staff only: "–"
    Unknown    // none, and the plan has no column for characteristics: "?"
};

// Whether any plan table has a column for protected characteristics: without one, a cell with no
// objective is not known to be a gap.
bool recordsCharacteristics(const Plan& plan);

// The mark of a cell of `coverage`; `recorded` as for coverageMatrix.
CoverageMark coverageMark(const Coverage& coverage, Aim aim, Characteristic characteristic,
                          bool recorded = true);

// The coverage matrix: a row per protected characteristic (staff-only ones marked "(staff)"), a
// column per aim, the number of objectives in each cell, "×" on orange for a gap and "–" on grey
// for a staff-only characteristic no objective addresses; a key under it. Where the plan records no
// characteristics (`recorded` false, recordsCharacteristics), an empty cell is "? not recorded".
Picture coverageMatrix(const Coverage& coverage, bool recorded = true);

// One objective's line of the review timeline.
struct TimelineRow
{
    int objective = 0;
    std::vector<PlanDate> entries; // its dated progress entries, oldest first
    bool stale = false;            // no entry dated in the 12 months before today
};

// The review timeline's content: the months it spans and a row per objective.
struct Timeline
{
    std::chrono::year_month from{};       // first month shown
    std::chrono::year_month to{};         // last month shown (today's)
    std::chrono::year_month recentFrom{}; // first month of the shaded last 12 months
    std::vector<TimelineRow> rows;
};

// The timeline of `plan` as of `today`: from the month of its earliest dated entry (at least the
// 12 months before today) to today's month.
Timeline timelineOf(const Plan& plan, std::chrono::year_month_day today);

// The review timeline: a line per objective, a dot per dated progress entry at the first day of
// its period, the last 12 months shaded and labelled, and "no update in 12 months" written at the
// end of each stale objective's line (with "!" before its number).
Picture reviewTimeline(const Plan& plan, std::chrono::year_month_day today);

// A cell of a coverage matrix drawn for the deck, where it is in the picture's units.
struct MatrixCell
{
    Aim aim{};
    Characteristic characteristic{};
    double x = 0, y = 0, width = 0, height = 0;
};

// The coverage matrix as the deck draws it, with where each of its 27 cells is (a click on one
// lists its objectives).
struct DeckMatrix
{
    Picture picture;
    std::vector<MatrixCell> cells;

    // The cell at (x, y) in the picture's units, or null.
    const MatrixCell* cellAt(double x, double y) const;
};

// The theme and the screen a deck picture is drawn for. Its colours, "#rrggbb": the panel's
// background and its words' colour; the default is black on white, as on paper. The screen's
// pixels per inch: the picture's size is given in inches for it, so that an office drawing it on
// that screen draws it `width` pixels wide, one of its units a pixel. (Given in CSS pixels, 96 an
// inch, it came out 4 % larger on a 100-pixel screen, and scaled back into its control it lost a
// row of pixels in 25: a line, the tops of a line of words.)
struct Ink
{
    std::string background = "#ffffff";
    std::string text = "#000000";
    double pixelsPerInch = 96;
};

// The coverage matrix for a column `width` pixels wide (the deck's Coverage panel): the marks,
// words and key of coverageMatrix with text `textSize` pixels high at any width, the heads and
// labels wrapped to fit. Where an aim's name does not fit its column even a word a line, the
// column is headed by its first word and the key names it in full. Its units are pixels; its
// background and the words outside the cells are in `ink`; its words, title and alternative text
// as `wording` says them (the deck: its catalogue, in the UI language), else in English.
DeckMatrix coverageMatrixAt(const Coverage& coverage, bool recorded, double width,
                            double textSize = 11, const Ink& ink = {}, const Wording& wording = {});

// The review timeline for a column `width` pixels wide (the deck's Plan panel): an objective's
// number on its line while there is room ("! 3" when stale), a dot per dated entry, the last 12
// months shaded and labelled, and the key (the deck says which objectives are stale in words of
// its own, staleObjectives). Text is `textSize` pixels high at any width; its units are pixels.
// Its background, words and lines are in `ink`, the shading of the last 12 months a tint of it;
// its words, title and alternative text as `wording` says them, else in English.
Picture reviewTimelineAt(const Plan& plan, std::chrono::year_month_day today, double width,
                         double textSize = 11, const Ink& ink = {}, const Wording& wording = {});

// The numbers of the objectives of `timeline` with no update in the 12 months, in plan order.
std::vector<int> staleObjectives(const Timeline& timeline);

// The words for an aim and a characteristic as the pictures write them, keyed: "Eliminate
// discrimination" (pictureAimEliminate, shorter than the schema's name), "Religion or belief"
// (characteristic.religion-belief, the schema's name).
Message aimShortWords(Aim aim);
Message characteristicWords(Characteristic characteristic);
} // namespace eqplan
