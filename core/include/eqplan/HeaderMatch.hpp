// Scored recognition of a plan table's header: which field each header cell names and how sure
// eqplan is, from the words the cell holds (schemas/layouts.json "words" and "phrases" per field,
// Welsh beside English), and the best assignment of a row's cells to the plan's fields.
#pragma once

#include "eqplan/ColumnAssignments.hpp"
#include "eqplan/Schema.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace eqplan
{
// A word reduced to its stem, so that "Objectives", "objective" and "Objective(s)" are one:
// plural and -ing/-ed endings dropped ("strategies" → "strategy", "updates" → "update").
std::string stemWord(std::string_view word);

// The stemmed words of a header, in order: lower case, punctuation and apostrophes dropped
// ("Who's responsible?" → who, responsible; "Amcan / Objective" → amcan, objective).
std::vector<std::string> headerWords(std::string_view header);

// Makes layout.headerForms and layout.headerIndex from its fields (loading a layout and adding
// local words do), so that recognising a header looks its words up in forms made once.
void prepareHeaderForms(Layout& layout);

// How strongly one header cell names one field.
struct FieldScore
{
    std::string field; // field id
    double score = 0;  // 20 for one of its headers as written, 15 for a header it starts with,
                       // else the weights of the field's words and phrases it holds
    std::string why;   // "the header \"Lead\"", "the words lead, who"
};

// The fields a header cell points to, the likeliest first (only those scoring above 0).
std::vector<FieldScore> scoreHeader(std::string_view header, const Layout& layout);

// One header cell of a row as recognition sees it.
struct HeaderCell
{
    int column = 0;     // its first grid column
    int span = 1;       // the grid columns it covers
    std::string header; // as written, trimmed
};

// What one header cell was taken for.
struct CellMatch
{
    std::string field; // the field it was given, empty for none
    double score = 0;  // its score for that field
    std::string why;   // what in the header named it
    std::string doubt; // empty when eqplan is sure; else in plain words why it is not
    bool assigned = false; // the user said what it holds (ColumnAssignments), not recognition
};

// The best assignment of a header row's cells to fields: each field to at most one cell, each
// cell to at most one field, the sum of the scores as high as it can be; where two assignments
// score the same, the earlier cell keeps the field it names most strongly (as a person reading
// left to right would). Cells scoring below layout.minScore are not taken (a weak match) and
// say so in `doubt`, as do cells whose field another cell took and cells as likely to name a
// second field. A cell the user assigned (`assigned`, matched by headerKey) holds the field the
// user gave it, or none for "not a field", whatever its words say; no other cell takes that field.
struct HeaderAssignment
{
    std::vector<CellMatch> cells; // one per HeaderCell, in their order
    int fields = 0;               // how many fields were given a cell
    double total = 0;             // the sum of their scores
};
HeaderAssignment assignHeader(const std::vector<HeaderCell>& cells, const Layout& layout,
                              const ColumnAssignments* assigned = nullptr);
} // namespace eqplan
