# SPDX-License-Identifier: GPL-3.0-or-later
# T1.3 client needs: the client section, the attendance forecast, the programme requirements, venuebid-cli forecast.
vb_add_test(tst_forecast SOURCES core/tst_forecast.cpp LIBS venuebid_models)
# Edits of the client section and "use as scenarios" (models/client/clientedit.h, models/budget/forecastscenarios.h).
vb_add_test(tst_clientedit SOURCES core/tst_clientedit.cpp LIBS venuebid_models)
# Past editions from CSV, typed pace texts, registrations so far, region names (models/client/editioncsv.h).
vb_add_test(tst_editioncsv SOURCES core/tst_editioncsv.cpp LIBS venuebid_models)

vb_add_test(tst_cli_client SOURCES cli/tst_cli_client.cpp LIBS Qt6::Core)
target_compile_definitions(tst_cli_client PRIVATE VENUEBID_CLI="$<TARGET_FILE:venuebid-cli>")
add_dependencies(tst_cli_client venuebid-cli)

# Benchmark (docs/PERFORMANCE.md): built on request, never run by ctest.
add_executable(bench_forecast EXCLUDE_FROM_ALL core/tst_forecast_bench.cpp)
target_link_libraries(bench_forecast PRIVATE venuebid_models)
set_target_properties(bench_forecast PROPERTIES AUTOMOC OFF)

# The format decision with its fallback plan (models/venues/formatdecision.h).
vb_add_test(tst_formatdecision SOURCES core/tst_formatdecision.cpp LIBS venuebid_models)

vb_add_test(tst_cli_decision SOURCES cli/tst_cli_decision.cpp LIBS Qt6::Core)
target_compile_definitions(tst_cli_decision PRIVATE VENUEBID_CLI="$<TARGET_FILE:venuebid-cli>")
add_dependencies(tst_cli_decision venuebid-cli)
