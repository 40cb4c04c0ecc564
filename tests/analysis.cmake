# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 4 (T1.1 analysis): options across formats, risk scenarios and contingency, CO2e, site inspections.
vb_add_test(tst_options SOURCES core/tst_options.cpp LIBS venuebid_models)
vb_add_test(tst_scenarios SOURCES core/tst_scenarios.cpp LIBS venuebid_models)
vb_add_test(tst_co2e SOURCES core/tst_co2e.cpp LIBS venuebid_models)

vb_add_test(tst_cli_analysis SOURCES cli/tst_cli_analysis.cpp LIBS Qt6::Core)
target_compile_definitions(tst_cli_analysis PRIVATE VENUEBID_CLI="$<TARGET_FILE:venuebid-cli>")
add_dependencies(tst_cli_analysis venuebid-cli)
