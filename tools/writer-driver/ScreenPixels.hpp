// Looking at a screenshot's pixels as a person looks at the screen: colours, their contrast as
// WCAG measures it, and whether an area shows readable words. Shared by the GUI tests of themes.
#pragma once

#include "WriterDriver.hpp"

#include <cstdint>
#include <string>

namespace eqplan::driver
{
// "#rrggbb" of a colour 0xRRGGBB.
std::string hex(std::uint32_t colour);

// WCAG's relative luminance of a colour 0xRRGGBB (0 black to 1 white).
double luminance(std::uint32_t colour);

// WCAG's contrast ratio of two colours, 1 to 21.
double contrast(std::uint32_t a, std::uint32_t b);

// The largest difference between two colours in one channel.
int distance(std::uint32_t a, std::uint32_t b);

// A rectangle on the screen.
struct Area
{
    int x = 0, y = 0, width = 0, height = 0;

    // The part of this area inside `other` (empty: 0 wide or high).
    Area intersected(const Area& other) const;
};

// What a screenshot shows in an area.
struct Look
{
    std::uint32_t background = 0; // its most common colour
    int inInk = 0;                // pixels within 24 of the colour looked for in each channel
    int pixels = 0;
    // Rows of pixels crossed by words readable on what they are drawn on: rows with 12 places or
    // more where a pixel and the one two to its right (past a glyph's smoothed edge) differ at
    // 4.5:1 or more. A light box on a dark background crosses a row in two such places a side,
    // words in its own colour inside it in none.
    int lines = 0;
};

// Looks at an area of the screen (inside it), counting the pixels close to `ink`.
Look look(const Screen& screen, const Area& area, std::uint32_t ink);

// What a picture is drawn on: the most common colour along the edge of its area (a band or the
// cells inside it may cover more of it than its background does).
std::uint32_t edgeColour(const Screen& screen, const Area& area);
} // namespace eqplan::driver
