# SPDX-License-Identifier: GPL-3.0-or-later
# Scoring engine: core tests, CLI contract tests, the benchmark target and the optional fuzzer.
foreach(t tst_mcda tst_mcda_analysis)
    add_executable(${t} core/${t}.cpp)
    target_link_libraries(${t} PRIVATE venuebid_models Qt6::Test)
    target_compile_definitions(${t} PRIVATE TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
    add_test(NAME ${t} COMMAND ${t})
    set_tests_properties(${t} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300)
endforeach()
# The engine against published worked examples (sources cited in the file and in docs/engine.md).
vb_add_test(tst_mcda_published SOURCES core/tst_mcda_published.cpp LIBS venuebid_models)
vb_add_test(tst_ahpsection SOURCES core/tst_ahpsection.cpp LIBS venuebid_models)
# The hot kernels on both compiled paths (x86-64-v3 where the CPU has it), SMAA on several thread counts.
vb_add_test(tst_mcda_kernels SOURCES core/tst_mcda_kernels.cpp LIBS venuebid_models)
# The x86-64-v3 object must define nothing that baseline code could link to (an inline function instantiated there
# with AVX instructions and picked by the linker would crash on an older CPU).
add_test(NAME mcda_kernels_symbols COMMAND ${CMAKE_COMMAND} -DNM=${CMAKE_NM} -DLIB=$<TARGET_FILE:models_mcda>
    -P ${CMAKE_CURRENT_SOURCE_DIR}/core/kernels_symbols.cmake)

add_executable(tst_cli_mcda cli/tst_cli_mcda.cpp)
target_link_libraries(tst_cli_mcda PRIVATE Qt6::Test Qt6::Core)
target_compile_definitions(tst_cli_mcda PRIVATE VENUEBID_CLI="$<TARGET_FILE:venuebid-cli>" TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
add_dependencies(tst_cli_mcda venuebid-cli)
add_test(NAME tst_cli_mcda COMMAND tst_cli_mcda)
set_tests_properties(tst_cli_mcda PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300)

# Benchmarks (docs/PERFORMANCE.md): built on request, never run by ctest.
add_executable(bench_mcda EXCLUDE_FROM_ALL core/tst_mcda_bench.cpp)
target_link_libraries(bench_mcda PRIVATE venuebid_models)
set_target_properties(bench_mcda PROPERTIES AUTOMOC OFF)

# libFuzzer over the readers and the soak that runs them in ctest: fuzz/fuzz.cmake (docs/FUZZING.md).
include(${CMAKE_CURRENT_LIST_DIR}/fuzz/fuzz.cmake)
