// Coverage: which aims of the Public Sector Equality Duty and which protected characteristics the
// plan's objectives address, with the objectives behind each count, and the gaps. Age and
// marriage/civil partnership count for staff only (schemas/checks.json "coverage"): no objective
// addressing them is not a gap for pupils.
#pragma once

#include "eqplan/Model.hpp"
#include "eqplan/Schema.hpp"

#include <boost/json/value.hpp>

#include <array>
#include <vector>

namespace eqplan
{
struct Coverage
{
    // cells[aim][characteristic]: the numbers of the objectives addressing both, in plan order.
    std::array<std::array<std::vector<int>, 9>, 3> cells;
    std::array<std::vector<int>, 3> byAim;            // objectives addressing each aim
    std::array<std::vector<int>, 9> byCharacteristic; // objectives addressing each characteristic
    std::vector<Characteristic> staffOnly;            // characteristics that count for staff only
    std::vector<Aim> uncoveredAims;                   // aims no objective addresses
    // Characteristics no objective addresses, staff-only ones left out: the gaps.
    std::vector<Characteristic> uncoveredCharacteristics;
    // Staff-only characteristics no objective addresses: not a gap for pupils.
    std::vector<Characteristic> uncoveredStaffOnly;

    const std::vector<int>& objectives(Aim aim, Characteristic characteristic) const;
    std::size_t count(Aim aim, Characteristic characteristic) const;
    bool isStaffOnly(Characteristic characteristic) const;
};

// The coverage of a plan's objectives.
Coverage coverageOf(const Plan& plan, const CheckRules& rules);

// As JSON: {"aims": [{"aim", "objectives"}], "characteristics": [{"characteristic",
// "staffOnly", "objectives"}], "cells": [{"aim", "characteristic", "count", "objectives"}],
// "uncoveredAims", "uncoveredCharacteristics", "uncoveredStaffOnly"} (ids as in the plan JSON).
boost::json::value toJson(const Coverage& coverage);
} // namespace eqplan
