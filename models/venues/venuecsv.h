// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv.h"
#include "project.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vb {

/** A venue as flat named fields, the columns of docs/venue-csv.md: id, name_zh, name_en, city_zh, city_en, country,
 *  role, notes_zh, notes_en, one column per attribute id (plenary_seats ...) and cost_<id> per cost, each with
 *  the suffix columns _source, _as_of, _estimate, _basis, _note (costs also _currency). An empty value = unknown. */
using VenueFields = OrderedMap<std::string>;

/** A problem with one field: the column it is in, the JSON path of the project file and what was expected. */
struct FieldError {
    std::string field; ///< column name, "" for the whole row
    std::string path;  ///< JSON pointer, e.g. /venues/3/attributes/plenary_seats/as_of
    std::string message;
    bool operator==(const FieldError &) const = default;
};

/** The standard fact columns, in the order the editor and the example file show them. */
[[nodiscard]] const std::vector<std::string> &standardVenueFactColumns();

/** Builds a venue from fields. Values that cannot be read (a number, a boolean, an unknown column) give errors whose
 *  paths start with /venues/<index>. */
[[nodiscard]] Venue venueFromFields(const VenueFields &fields, std::size_t index, std::vector<FieldError> &errors);
/** The fields of a venue (every attribute and cost it has, then the standard ones it lacks, empty). */
[[nodiscard]] VenueFields venueToFields(const Venue &v);

/** Checks v with every rule a project file is read with (ids, texts, fact rules of §4.3, currencies with an
 *  exchange rate, criterion values), as venue number `index` of p (meta and criteria of p). Errors only. */
[[nodiscard]] std::vector<FieldError> validateVenue(const Project &p, const Venue &v, std::size_t index, Lang l = Lang::En);
/** Appends the validation errors of fields that have no error yet (a cell that could not be read gives one error). */
void appendValidation(std::vector<FieldError> &errors, std::vector<FieldError> more);
/** The field a JSON path inside a venue refers to ("/venues/2/attributes/x/as_of" → "x_as_of"); "" if none. */
[[nodiscard]] std::string fieldForPath(std::string_view path);

/** One data row of an imported CSV file. */
struct VenueImportRow {
    std::size_t row = 0; ///< spreadsheet row (the header is row 1)
    std::string id;
    LocalizedText name;
    std::optional<Venue> venue;      ///< set when the row has no error
    std::vector<std::string> errors; ///< "row 3, column plenary_seats: expected ..."
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/** A CSV file read for import into a project: a file-level error (syntax, header) blocks everything. */
struct VenueImport {
    std::vector<std::string> fileErrors;
    std::vector<VenueImportRow> rows;
    [[nodiscard]] std::size_t validCount() const;
    [[nodiscard]] std::size_t errorCount() const;
    /** The venues to add: all rows when every row is valid; with validOnly the valid rows (the user confirmed);
     *  otherwise nothing, so an import is never partial by accident. */
    [[nodiscard]] std::vector<Venue> venues(bool validOnly) const;
};

/** Reads venue CSV text (docs/venue-csv.md) for import into p: every row is checked like a venue of p, and ids
 *  repeated in the file or already in p are errors. Nothing is changed. */
[[nodiscard]] VenueImport readVenueCsv(std::string_view text, const Project &p);

} // namespace vb
