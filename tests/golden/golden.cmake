# SPDX-License-Identifier: GPL-3.0-or-later
# Golden outputs: every venuebid-cli command on every project and decision-matrix file it applies to must print and
# write, byte for byte, what tests/golden/expected records (tests/golden/run.sh says what is covered). A failure prints
# a unified diff of each file that changed. After an intended change of output, re-record and review the diff:
#   tests/golden/run.sh --record build/bin/venuebid-cli
add_test(NAME golden_outputs
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/run.sh --check $<TARGET_FILE:venuebid-cli> ${CMAKE_SOURCE_DIR}
            ${CMAKE_CURRENT_BINARY_DIR}/golden-outputs)
set_tests_properties(golden_outputs PROPERTIES ENVIRONMENT "${VB_TEST_ENV}" TIMEOUT 300)
