# SPDX-License-Identifier: GPL-3.0-or-later
# Runs `venuebid ... --screenshot PNG` and checks it exited 0 and wrote a real 1280x800 PNG.
file(REMOVE ${PNG})
execute_process(COMMAND ${EXE} ${ARGS} RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 90)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "venuebid exited with ${rc}:\n${err}")
endif()
if(NOT EXISTS ${PNG})
    message(FATAL_ERROR "no screenshot written at ${PNG}")
endif()
file(READ ${PNG} header LIMIT 24 HEX)
# PNG signature, then IHDR width 0x500 (1280) and height 0x320 (800).
if(NOT header MATCHES "^89504e470d0a1a0a0000000d4948445200000500" OR NOT header MATCHES "00000320$")
    message(FATAL_ERROR "not a 1280x800 PNG: ${header}")
endif()
if(DEFINED EXPECT_STDERR AND NOT err MATCHES "${EXPECT_STDERR}")
    message(FATAL_ERROR "expected '${EXPECT_STDERR}' on stderr, got:\n${err}")
endif()
