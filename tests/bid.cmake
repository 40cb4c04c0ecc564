# SPDX-License-Identifier: GPL-3.0-or-later
# Tender scoring (最有利標) and destination comparison; their CLI commands.
vb_add_test(tst_tender SOURCES core/tst_tender.cpp LIBS venuebid_models)
vb_add_test(tst_destinations SOURCES core/tst_destinations.cpp LIBS venuebid_models)
vb_add_test(tst_destinationsedit SOURCES core/tst_destinationsedit.cpp LIBS venuebid_models)
vb_add_test(tst_quotereview SOURCES core/tst_quotereview.cpp LIBS venuebid_models)
vb_add_test(tst_bidbook SOURCES core/tst_bidbook.cpp LIBS venuebid_models)
vb_add_test(tst_bidcharts SOURCES core/tst_bidcharts.cpp LIBS venuebid_models Qt6::Core)
vb_add_test(tst_client_documents SOURCES core/tst_client_documents.cpp LIBS venuebid_models)

vb_add_test(tst_cli_bid SOURCES cli/tst_cli_bid.cpp LIBS Qt6::Core)
target_compile_definitions(tst_cli_bid PRIVATE VENUEBID_CLI="$<TARGET_FILE:venuebid-cli>")
add_dependencies(tst_cli_bid venuebid-cli)
add_test(NAME tst_cli_bid_de_DE COMMAND tst_cli_bid)
set_tests_properties(tst_cli_bid_de_DE PROPERTIES ENVIRONMENT "${VB_TEST_ENV};LC_ALL=de_DE.UTF-8;LANG=de_DE.UTF-8")

vb_add_test(tst_bidbook_controller SOURCES app/tst_bidbook_controller.cpp LIBS venuebid_backend)
