# SPDX-License-Identifier: GPL-3.0-or-later
# Venue library: CSV import, add / edit / delete with undo, budget edits saved.
vb_add_test(tst_venuecsv SOURCES core/tst_venuecsv.cpp LIBS venuebid_models)
add_test(NAME tst_venuecsv_de_DE COMMAND tst_venuecsv)
set_tests_properties(tst_venuecsv_de_DE PROPERTIES ENVIRONMENT "${VB_TEST_ENV};LC_ALL=de_DE.UTF-8;LANG=de_DE.UTF-8")
vb_add_test(tst_venue_edit SOURCES app/tst_venue_edit.cpp LIBS venuebid_backend)
