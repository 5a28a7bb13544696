#include "ScreenPixels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace eqplan::driver
{
namespace
{
// The colour seen most often.
std::uint32_t mostCommon(const std::map<std::uint32_t, int>& counts)
{
    if (counts.empty())
        return 0;
    return std::max_element(counts.begin(), counts.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
}
} // namespace

std::string hex(std::uint32_t colour)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06x", colour & 0xffffffu);
    return buffer;
}

double luminance(std::uint32_t colour)
{
    double out = 0;
    const double weights[] = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; ++i)
    {
        const double c = ((colour >> (16 - 8 * i)) & 0xff) / 255.0;
        out += weights[i] * (c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4));
    }
    return out;
}

double contrast(std::uint32_t a, std::uint32_t b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

int distance(std::uint32_t a, std::uint32_t b)
{
    int out = 0;
    for (int shift : {0, 8, 16})
        out = std::max(out, std::abs(int((a >> shift) & 0xff) - int((b >> shift) & 0xff)));
    return out;
}

Area Area::intersected(const Area& other) const
{
    const int left = std::max(x, other.x), top = std::max(y, other.y);
    const int right = std::min(x + width, other.x + other.width);
    const int bottom = std::min(y + height, other.y + other.height);
    return {left, top, std::max(0, right - left), std::max(0, bottom - top)};
}

Look look(const Screen& screen, const Area& area, std::uint32_t ink)
{
    Look out;
    std::map<std::uint32_t, int> counts;
    for (int y = area.y; y < area.y + area.height; ++y)
        for (int x = area.x; x < area.x + area.width; ++x)
        {
            const std::uint32_t pixel = screen.at(x, y);
            ++counts[pixel];
            out.inInk += distance(pixel, ink) <= 24;
            ++out.pixels;
        }
    if (counts.empty())
        return out;
    out.background = mostCommon(counts);
    for (int y = area.y; y < area.y + area.height; ++y)
    {
        int edges = 0;
        for (int x = area.x; x + 2 < area.x + area.width; ++x)
            edges += contrast(screen.at(x, y), screen.at(x + 2, y)) >= 4.5;
        out.lines += edges >= 12;
    }
    return out;
}

std::uint32_t edgeColour(const Screen& screen, const Area& area)
{
    std::map<std::uint32_t, int> counts;
    const int left = area.x + 1, right = area.x + area.width - 2;
    const int top = area.y + 1, bottom = area.y + area.height - 2;
    for (int x = left; x <= right; ++x)
    {
        ++counts[screen.at(x, top)];
        ++counts[screen.at(x, bottom)];
    }
    for (int y = top; y <= bottom; ++y)
    {
        ++counts[screen.at(left, y)];
        ++counts[screen.at(right, y)];
    }
    return mostCommon(counts);
}
} // namespace eqplan::driver
