// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import VenueBid.Backend

/** Imports venues from a CSV file (docs/venue-csv.md) through the shared CSV import dialog. */
CsvImportDialog {
    chooseTitle: qsTr("Import venues from CSV")
    fileTitle: qsTr("Import venues from %1")
    hint: qsTr("Choose a UTF-8 CSV file with a header row (id, name_zh, name_en, then fact columns such as plenary_seats). Empty cells are unknown.")
    importer: VenueImportController { library: VenueLibraryController }
}
