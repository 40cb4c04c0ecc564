// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over the CSV readers of models/ (docs/FUZZING.md): vb::parseCsv and the venue import
// vb::readVenueCsv, against the sample project (its 16 venues make repeated ids reachable). Besides crashes,
// leaks and undefined behaviour it checks three properties, trapping when one fails:
//  1. what parseCsv reads, written back with every field quoted, reads back to the same rows;
//  2. a row of an import carries a venue exactly when it has no error;
//  3. the venues an import accepts make, added to the project, a file that saves and reads back unchanged.
#include "projectformat.h"
#include "venuecsv.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

const vb::Project &project()
{
    static const vb::Project p = [] {
        auto r = vb::loadProjectFile(SAMPLE_DATA_DIR "/taiwan-congress-2028.venuebid.json");
        if (!r.ok())
            __builtin_trap();
        return *r.project;
    }();
    return p;
}

std::string quotedCsv(const std::vector<std::vector<std::string>> &rows)
{
    std::string out;
    for (const auto &row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                out += ',';
            out += '"';
            for (char c : row[i]) {
                if (c == '"')
                    out += '"';
                out += c;
            }
            out += '"';
        }
        out += "\r\n";
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    const vb::CsvTable t = vb::parseCsv(text);
    if (t.error.empty() && vb::parseCsv(quotedCsv(t.rows)).rows != t.rows)
        __builtin_trap(); // property 1

    const vb::Project &p = project();
    const vb::VenueImport imp = vb::readVenueCsv(text, p);
    for (const auto &row : imp.rows)
        if (row.ok() != row.venue.has_value())
            __builtin_trap(); // property 2
    const auto venues = imp.venues(true);
    if (!venues.empty()) {
        vb::Project q = p;
        q.venues.insert(q.venues.end(), venues.begin(), venues.end());
        const auto again = vb::readProject(vb::writeProject(q), "fuzz.venuebid.json");
        if (!again.ok() || !(*again.project == q))
            __builtin_trap(); // property 3
    }
    return 0;
}
