# SPDX-License-Identifier: GPL-3.0-or-later
# Budget, revenue, quote; exports; CLI; adapters.
vb_add_test(tst_budget SOURCES core/tst_budget.cpp LIBS venuebid_models)
vb_add_test(tst_budget_bench SOURCES core/tst_budget_bench.cpp LIBS venuebid_models)
vb_add_test(tst_svgchart SOURCES core/tst_svgchart.cpp LIBS venuebid_models Qt6::Core)
vb_add_test(tst_quotedoc SOURCES core/tst_quotedoc.cpp LIBS venuebid_models)

vb_add_test(tst_cli_budget SOURCES cli/tst_cli_budget.cpp LIBS Qt6::Core)
target_compile_definitions(tst_cli_budget PRIVATE VENUEBID_CLI="$<TARGET_FILE:venuebid-cli>")
add_dependencies(tst_cli_budget venuebid-cli)
add_test(NAME tst_cli_budget_de_DE COMMAND tst_cli_budget)
set_tests_properties(tst_cli_budget_de_DE PROPERTIES ENVIRONMENT "${VB_TEST_ENV};LC_ALL=de_DE.UTF-8;LANG=de_DE.UTF-8")

vb_add_test(tst_budget_models SOURCES app/tst_budget_models.cpp LIBS venuebid_backend)

# The budget pages render in both languages.
foreach(lang en zh_TW)
    foreach(page budget revenue quote)
        set(png ${CMAKE_CURRENT_BINARY_DIR}/shot-${lang}-${page}.png)
        add_test(NAME gui_screenshot_${lang}_${page}
            COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:venuebid> "-DARGS=--lang;${lang};--page;${page};--screenshot;${png};${VB_SAMPLE}"
                    -DPNG=${png} -P ${CMAKE_CURRENT_SOURCE_DIR}/app/run_screenshot.cmake)
        set_tests_properties(gui_screenshot_${lang}_${page} PROPERTIES ENVIRONMENT "${VB_TEST_ENV}" TIMEOUT 120)
    endforeach()
endforeach()

# The budget XLSX recalculated in LibreOffice Calc: every formula's result equals the value VenueBid cached, and the
# figures equal venuebid-cli budget --format json (scripts/check-xlsx-recalc). Skipped when soffice is not installed
# (libreoffice-calc is a check tool, not a build dependency).
add_test(NAME xlsx_recalc_libreoffice
    COMMAND python3 ${CMAKE_SOURCE_DIR}/scripts/check-xlsx-recalc $<TARGET_FILE:venuebid-cli> ${VB_SAMPLE}
            ${CMAKE_CURRENT_SOURCE_DIR}/data/budget/small-budget.venuebid.json)
set_tests_properties(xlsx_recalc_libreoffice PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600 RUN_SERIAL TRUE)
