// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"
#include "project.h"

#include <string>
#include <vector>

namespace vb {

/** What a project manager states when starting a project: the event, the client, its dates and the attendance. */
struct NewProjectSpec {
    LocalizedText title;
    LocalizedText client;
    std::string startDate; ///< YYYY-MM-DD
    std::string endDate;   ///< YYYY-MM-DD, on or after startDate
    int attendance = 0;    ///< expected attendance, on site (> 0)
    std::string currency = "TWD";
};

/** A new project from spec: the requirements it implies (days from the dates, attendance for every format) and the
 *  criteria most venue comparisons start from (plenary seats, meeting rooms, exhibition area, venue rental, hotel
 *  rooms nearby, airport transfer time), no venues yet. Problems with spec come back in errors (paths name the
 *  field: "/title", "/start_date", ...) and the project is then empty. */
[[nodiscard]] Project newProject(const NewProjectSpec &spec, std::vector<Diagnostic> &errors);

} // namespace vb
