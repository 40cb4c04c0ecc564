# SPDX-License-Identifier: GPL-3.0-or-later
# libFuzzer over the file readers (docs/FUZZING.md): fuzz_readers (decision matrix, AHP, project file) and
# fuzz_venue_csv (the CSV reader and the venue import), with ASan and UBSan, models/ compiled in with coverage.
#
# In a clang build configured with -DVENUEBID_FUZZ=ON the targets exist and ctest runs each for a bounded soak
# (fuzz_soak_readers, fuzz_soak_venue_csv). In the usual GCC build with -DVENUEBID_FUZZ_SOAK=ON, when clang++ and
# libFuzzer are found, ctest
# makes that clang build itself in build/fuzz (test fuzz_build, with ccache when the main build uses it) and then
# runs the same soaks. VENUEBID_FUZZ_SECONDS sets each soak's length (CMake variable, or the environment variable of
# the same name at test time); seeds are the files of tests/data (and sample_data's CSV), read-only.
set(VENUEBID_FUZZ_SECONDS 5 CACHE STRING "Length of each libFuzzer soak run by ctest, in seconds")
option(VENUEBID_FUZZ "Build the libFuzzer targets fuzz_readers and fuzz_venue_csv (needs clang)" OFF)

set(_vb_fuzz_soak ${CMAKE_CURRENT_LIST_DIR}/soak.cmake)
# Registers the soak of target exe (a path) over the seed folders; fixture: the test that builds exe, if any.
function(vb_add_fuzz_soak name exe fixture)
    add_test(NAME fuzz_soak_${name} COMMAND ${CMAKE_COMMAND} -DEXE=${exe} -DSECONDS=${VENUEBID_FUZZ_SECONDS}
        -DCORPUS=${CMAKE_BINARY_DIR}/fuzz-corpus/${name} "-DSEEDS=${ARGN}" -P ${_vb_fuzz_soak})
    set_tests_properties(fuzz_soak_${name} PROPERTIES TIMEOUT 300 LABELS fuzz)
    if(fixture)
        set_tests_properties(fuzz_soak_${name} PROPERTIES FIXTURES_REQUIRED ${fixture})
    endif()
endfunction()
set(_vb_seeds_json ${CMAKE_CURRENT_SOURCE_DIR}/data)
set(_vb_seeds_csv ${CMAKE_CURRENT_SOURCE_DIR}/data/csv)

if(VENUEBID_FUZZ)
    set(_vb_fuzz_srcs "")
    set(_vb_fuzz_dirs "")
    foreach(layer IN LISTS VENUEBID_MODEL_LAYERS)
        file(GLOB _srcs ${VENUEBID_MODELS_DIR}/${layer}/*.cpp)
        list(APPEND _vb_fuzz_srcs ${_srcs})
        list(APPEND _vb_fuzz_dirs ${VENUEBID_MODELS_DIR}/${layer})
    endforeach()
    set(_vb_fuzz_flags -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -g -O1)
    # models/ and Boost.JSON once, instrumented, shared by both targets.
    add_library(fuzz_models OBJECT EXCLUDE_FROM_ALL fuzz/boost_json.cpp ${_vb_fuzz_srcs})
    set_target_properties(fuzz_models PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_include_directories(fuzz_models PUBLIC ${_vb_fuzz_dirs})
    target_compile_definitions(fuzz_models PUBLIC BOOST_JSON_NO_LIB VENUEBID_VERSION="${PROJECT_VERSION}" ${VB_DATA_DEFS})
    # The models are built without the fuzzer's main (fuzzer-no-link); the targets link libFuzzer.
    target_compile_options(fuzz_models PUBLIC -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -g -O1)
    # The message catalogue checks at compile time that its two tables agree (models/base/messages.h): more
    # constexpr steps than clang allows by default (1,048,576; GCC has no such limit at this size).
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        target_compile_options(fuzz_models PUBLIC -fconstexpr-steps=100000000)
    endif()
    target_link_libraries(fuzz_models PUBLIC Eigen3::Eigen Boost::headers PkgConfig::XLSXWRITER)
    foreach(t fuzz_readers fuzz_venue_csv)
        add_executable(${t} EXCLUDE_FROM_ALL fuzz/${t}.cpp)
        set_target_properties(${t} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        target_link_libraries(${t} PRIVATE fuzz_models)
        target_compile_options(${t} PRIVATE ${_vb_fuzz_flags})
        target_link_options(${t} PRIVATE -fsanitize=fuzzer,address,undefined)
    endforeach()
    add_custom_target(fuzz_targets DEPENDS fuzz_readers fuzz_venue_csv)
    if(NOT VENUEBID_FUZZ_SUBBUILD) # the sub-build's own ctest is never run; the parent registers the soaks
        vb_add_fuzz_soak(readers $<TARGET_FILE:fuzz_readers> "" ${_vb_seeds_json})
        vb_add_fuzz_soak(venue_csv $<TARGET_FILE:fuzz_venue_csv> "" ${_vb_seeds_csv})
    endif()
    return()
endif()

# Off by default until its cost is measured: the first clang build of models/ takes minutes on 2 cores (ccache
# makes the next ones short); turn it on with -DVENUEBID_FUZZ_SOAK=ON.
option(VENUEBID_FUZZ_SOAK "When clang++ and libFuzzer are found, ctest builds the fuzz targets with clang and soaks them" OFF)
if(NOT VENUEBID_FUZZ_SOAK)
    return()
endif()
find_program(VB_CLANGXX NAMES clang++-14 clang++)
find_program(VB_CLANG NAMES clang-14 clang)
if(NOT VB_CLANGXX OR NOT VB_CLANG)
    message(STATUS "clang not found: the fuzz soaks are not registered (docs/FUZZING.md)")
    return()
endif()
# libFuzzer ships with clang's runtime (Debian: libclang-rt-14-dev); without it the soaks are not registered.
execute_process(COMMAND ${VB_CLANGXX} -print-file-name=libclang_rt.fuzzer-x86_64.a OUTPUT_VARIABLE _vb_libfuzzer
    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT EXISTS "${_vb_libfuzzer}")
    message(STATUS "libFuzzer not found for ${VB_CLANGXX}: the fuzz soaks are not registered (docs/FUZZING.md)")
    return()
endif()
set(_vb_fuzz_bin ${CMAKE_BINARY_DIR}/fuzz)
add_test(NAME fuzz_build COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_SOURCE_DIR} -DBIN=${_vb_fuzz_bin}
    -DCXX=${VB_CLANGXX} -DCC=${VB_CLANG} "-DLAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}" -DGENERATOR=${CMAKE_GENERATOR}
    -P ${CMAKE_CURRENT_LIST_DIR}/build_fuzz.cmake)
set_tests_properties(fuzz_build PROPERTIES FIXTURES_SETUP fuzz_bin TIMEOUT 1200 LABELS fuzz RUN_SERIAL TRUE)
vb_add_fuzz_soak(readers ${_vb_fuzz_bin}/tests/fuzz_readers fuzz_bin ${_vb_seeds_json})
vb_add_fuzz_soak(venue_csv ${_vb_fuzz_bin}/tests/fuzz_venue_csv fuzz_bin ${_vb_seeds_csv})
