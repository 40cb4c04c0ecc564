# SPDX-License-Identifier: GPL-3.0-or-later
# T1.1 analysis: options across formats, risk scenarios and contingency, CO2e, site inspections.
vb_add_test(tst_options SOURCES core/tst_options.cpp LIBS venuebid_models)
vb_add_test(tst_scenarios SOURCES core/tst_scenarios.cpp LIBS venuebid_models)
vb_add_test(tst_co2e SOURCES core/tst_co2e.cpp LIBS venuebid_models)

vb_add_test(tst_cli_analysis SOURCES cli/tst_cli_analysis.cpp LIBS Qt6::Core)
target_compile_definitions(tst_cli_analysis PRIVATE VENUEBID_CLI="$<TARGET_FILE:venuebid-cli>")
add_dependencies(tst_cli_analysis venuebid-cli)

vb_add_test(tst_scenario_models SOURCES app/tst_scenario_models.cpp LIBS venuebid_backend)

# The scenarios page renders in both languages.
foreach(lang en zh_TW)
    set(png ${CMAKE_CURRENT_BINARY_DIR}/shot-${lang}-scenarios.png)
    add_test(NAME gui_screenshot_${lang}_scenarios
        COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:venuebid> "-DARGS=--lang;${lang};--page;scenarios;--screenshot;${png};${VB_SAMPLE}"
                -DPNG=${png} -P ${CMAKE_CURRENT_SOURCE_DIR}/app/run_screenshot.cmake)
    set_tests_properties(gui_screenshot_${lang}_scenarios PROPERTIES ENVIRONMENT "${VB_TEST_ENV}" TIMEOUT 120)
endforeach()
vb_add_test(tst_scenariofinance SOURCES core/tst_scenariofinance.cpp LIBS venuebid_models)
