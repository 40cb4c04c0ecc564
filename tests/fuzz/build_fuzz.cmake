# SPDX-License-Identifier: GPL-3.0-or-later
# ctest's fuzz_build: configures (once) a clang build of this source tree in BIN with VENUEBID_FUZZ=ON and builds
# only the fuzz targets (one job: the main build's tests run beside it).
# cmake -DSRC=... -DBIN=... -DCXX=clang++ -DCC=clang [-DLAUNCHER=ccache] -DGENERATOR=Ninja -P build_fuzz.cmake
if(NOT EXISTS ${BIN}/CMakeCache.txt)
    set(launcher "")
    if(LAUNCHER)
        set(launcher -DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER} -DCMAKE_C_COMPILER_LAUNCHER=${LAUNCHER})
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -S ${SRC} -B ${BIN} -G ${GENERATOR} -DCMAKE_BUILD_TYPE=RelWithDebInfo
        -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_C_COMPILER=${CC} ${launcher}
        -DVENUEBID_FUZZ=ON -DVENUEBID_FUZZ_SUBBUILD=ON -DVENUEBID_SANITIZE_TESTS=OFF
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        file(REMOVE ${BIN}/CMakeCache.txt)
        message(FATAL_ERROR "configuring the clang fuzz build in ${BIN} failed")
    endif()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BIN} --target fuzz_targets -j1 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "building the fuzz targets in ${BIN} failed")
endif()
