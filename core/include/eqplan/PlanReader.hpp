// Recognises a plan in a document's tables and reads it into the model.
#pragma once

#include "eqplan/Grid.hpp"
#include "eqplan/Model.hpp"
#include "eqplan/Schema.hpp"

#include <string>
#include <vector>

namespace eqplan
{
// The field a table header names, by the header words of the layout, or empty if none.
// "Who's responsible?" → "owners"; "Target group(s): e.g. whole school" → "targetGroups".
std::string fieldForHeader(std::string_view header, const Layout& layout);

// The PSED aims a duty cell names ("All aims of duty" is all three), and the words that name none.
struct AimsReading
{
    std::vector<Aim> aims;
    std::vector<std::string> unmapped;
};
AimsReading readAims(std::string_view cell, const Layout& layout);

// The protected characteristics a cell names ("All" is all nine), and the words that name none.
struct CharacteristicsReading
{
    std::vector<Characteristic> characteristics;
    std::vector<std::string> unmapped;
};
CharacteristicsReading readCharacteristics(std::string_view cell, const Layout& layout);

// What a status cell says: its rating from its words ("On track", "Amber - behind"), its letter
// alone ("G"), or, failing both, its shading ("#00b050"); nothing for an empty, unshaded cell.
std::optional<Status> readStatus(std::string_view cell, std::string_view shading,
                                 const Layout& layout);

// What separates two owners in one paragraph: "/", ",", "&", ";", " and ", " with ".
const std::vector<std::string_view>& ownerSeparators();

// The owners of a cell as written, split on new paragraphs and ownerSeparators(), except an
// " and " inside a role's title: one after " of " that the next part does not answer with an
// " of " of its own ("Director of Teaching and Learning" is one owner, "Headteacher and
// Governors" two, "Head of Year 7 and Head of Year 8" two).
std::vector<std::string> splitOwnerText(std::string_view cell);

// One owner as written: its name and the note written with it after a spaced dash or in
// brackets at its end ("Admin staff - signage", "DHT – curriculum", "SENCO (lead)");
// `note` is empty when there is none.
struct OwnerMention
{
    std::string name;
    std::string note;
};
OwnerMention readOwnerMention(std::string_view written);

// The owners of a cell with their notes: split as splitOwnerText() does,
// trimmed, with case- and space-insensitive duplicates made one (the first spelling is kept).
std::vector<OwnerMention> readOwners(std::string_view cell);

// The names of readOwners(cell).
std::vector<std::string> splitOwners(std::string_view cell);

// The key two owner spellings share when they are the same owner ("EWA / STL" and "ewa/stl"):
// the owner lower case (ASCII) without any of its spaces, Unicode ones too.
std::string ownerKey(std::string_view owner);

// "Updated 2-3-2021 D Sydes", "Last updated: 14 September 2023 by J Patel"; nothing otherwise.
std::optional<UpdatedLine> readUpdatedLine(std::string_view paragraph);

// What recognising a plan found.
enum class ReadStatus
{
    Ok,
    NoTables,   // the document has no text table at all
    NoPlanTable // tables, but none whose header row names enough plan fields
};

// A table that was looked at and why it is not a plan table.
struct RejectedTable
{
    int index = 0;
    std::string name;
    std::vector<std::string> headers; // the first row's cells
    int fieldsFound = 0;
    std::vector<Column> columns; // the header row that came nearest, as recognition read it
};

// The result of reading a plan. `message` explains a failure in plain words.
struct ReadResult
{
    ReadStatus status = ReadStatus::Ok;
    Plan plan;
    std::vector<RejectedTable> rejected;
    std::string message;
    Message words = {}; // `message` with its key and arguments, for a catalogue

    explicit operator bool() const { return status == ReadStatus::Ok; }
};

// Reads the plan out of a document's tables. Never throws on any grid.
ReadResult readPlan(const DocumentGrid& document, const Schemas& schemas);
} // namespace eqplan
