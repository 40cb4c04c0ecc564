# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 6: tender scoring (最有利標) and destination comparison; their CLI commands.
vb_add_test(tst_tender SOURCES core/tst_tender.cpp LIBS venuebid_models)
vb_add_test(tst_destinations SOURCES core/tst_destinations.cpp LIBS venuebid_models)
