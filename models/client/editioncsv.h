// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Past editions imported from a CSV file (docs/edition-csv.md), with the venue import's rules: the file is read
// whole, every row is checked as the client page's edit checks an edition (clientedit.h checkEdition), each row's
// problems are listed in words, and nothing is added unless every row is valid or the user confirms the valid rows
// only. Nothing is changed by reading.

#include "client.h"
#include "clientedit.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vb {

/** The columns an edition CSV file may have, in the order of the example file: year, city_en, city_zh, country,
 *  region, format, currency, source, as_of, estimate, basis, note, total, the kAttendanceKeys, fee_<kFeeKeys>,
 *  abstracts_submitted, abstracts_accepted, exhibition_m2, sponsorship, satisfaction, satisfaction_scale, pace. */
[[nodiscard]] const std::vector<std::string> &editionCsvColumns();

struct EditionImportRow {
    std::size_t row = 0;               ///< spreadsheet row (the header is row 1)
    std::string year;                  ///< as written
    LocalizedText city;
    std::optional<Edition> edition;    ///< set when the row has no error
    std::vector<std::string> errors;   ///< sentences in the requested language
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

struct EditionImport {
    std::vector<std::string> fileErrors; ///< a file-level problem (encoding, header) blocks every row
    std::vector<EditionImportRow> rows;
    [[nodiscard]] std::size_t validCount() const;
    [[nodiscard]] std::size_t errorCount() const;
    /** The editions to add: every row when all are valid; with validOnly the valid ones (the user confirmed);
     *  otherwise none, so an import is never partial by accident. */
    [[nodiscard]] std::vector<Edition> editions(bool validOnly) const;
};

/** Reads edition CSV text for import into c (nullptr: a project without a client section yet). A year already in c
 *  or on an earlier row of the file is an error of its row. Messages in l. */
[[nodiscard]] EditionImport readEditionCsv(std::string_view text, const ClientHistory *c, Lang l);

/** Appends editions to c in one change, each checked as addEdition checks it; the first refusal leaves c as it was. */
[[nodiscard]] EditError addEditions(ClientHistory &c, const std::vector<Edition> &editions, Lang l);

} // namespace vb
