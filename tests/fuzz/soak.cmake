# SPDX-License-Identifier: GPL-3.0-or-later
# One bounded libFuzzer run, for ctest: EXE over a fresh corpus folder CORPUS plus the read-only seed folders SEEDS,
# for SECONDS (or $ENV{VENUEBID_FUZZ_SECONDS}). Fails on a crash, leak, sanitizer report or broken property
# (the input is kept as CORPUS/../crash-* to replay with `EXE FILE`).
if(DEFINED ENV{VENUEBID_FUZZ_SECONDS})
    set(SECONDS $ENV{VENUEBID_FUZZ_SECONDS})
endif()
file(REMOVE_RECURSE ${CORPUS})
file(MAKE_DIRECTORY ${CORPUS})
get_filename_component(artifacts ${CORPUS} DIRECTORY)
execute_process(COMMAND ${EXE} ${CORPUS} ${SEEDS} -max_total_time=${SECONDS} -max_len=8192 -rss_limit_mb=2048
                        -timeout=10 -print_final_stats=1 -artifact_prefix=${artifacts}/
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "libFuzzer found a problem in ${EXE} (exit ${rc}); the input is in ${artifacts}")
endif()
