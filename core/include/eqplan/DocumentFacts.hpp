// What a document holds beyond the text of its tables that decides whether it may be published:
// tracked changes nobody has accepted or rejected, comments, and pictures, drawings and objects
// without alternative text. The bridge gathers them (bridge::documentFacts); the publish.* rules
// of the checks judge them. No UNO here.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace eqplan
{
// Where something is in a document, as the bridge finds it.
struct DocumentPlace
{
    enum class Region
    {
        Cell,       // a cell of a text table: `table` and `cell` name it
        BeforePlan, // body text above the first plan table
        AfterPlan,  // body text after it
        Elsewhere,  // text outside the body and the tables (a header, a frame)
        Unknown     // no place LibreOffice could give
    };
    Region region = Region::Unknown;
    std::string table; // the document's name for the table ("Table1"), for a cell
    std::string cell;  // the cell's name ("C3"), for a cell

    friend bool operator==(const DocumentPlace&, const DocumentPlace&) = default;
};

// A tracked change still pending.
struct PendingChange
{
    enum class Type
    {
        Insert,
        Delete,
        Table, // a table's rows or cells inserted or deleted
        Format // an attribute or paragraph format change
    };
    Type type = Type::Insert;
    std::string author;                             // may be empty
    std::optional<std::chrono::year_month_day> day; // when it was made, if recorded
    std::string text;                               // the text inserted or deleted, if in one text
    DocumentPlace place;                            // where it starts

    friend bool operator==(const PendingChange&, const PendingChange&) = default;
};

// A comment (annotation) in the text.
struct DocumentComment
{
    std::string author;
    std::optional<std::chrono::year_month_day> day;
    std::string text;
    DocumentPlace place; // its anchor

    friend bool operator==(const DocumentComment&, const DocumentComment&) = default;
};

// A picture, drawing or embedded object with neither a title nor a description.
struct UndescribedFigure
{
    enum class Kind
    {
        Picture,
        Object,
        Drawing
    };
    Kind kind = Kind::Drawing;
    std::string name;                   // the document's name for it ("Picture 1"), may be empty
    std::optional<DocumentPlace> place; // its anchor, if it has one

    friend bool operator==(const UndescribedFigure&, const UndescribedFigure&) = default;
};

// Everything above, in the order the document lists each.
struct DocumentFacts
{
    std::vector<PendingChange> changes;
    std::vector<DocumentComment> comments;
    std::vector<UndescribedFigure> figures;

    friend bool operator==(const DocumentFacts&, const DocumentFacts&) = default;
};
} // namespace eqplan
