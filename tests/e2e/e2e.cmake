# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end tests in a real window: the xcb platform under Xvfb at 1366 × 768 (never offscreen), so the file
# dialogs, popups and shortcuts run as they do for a user. scripts/test installs xvfb, xdotool and imagemagick.
find_program(VB_XVFB_RUN xvfb-run)
if(NOT VB_XVFB_RUN)
    message(WARNING "xvfb-run not found: the real-window tests are not registered (scripts/test installs xvfb)")
    return()
endif()
set(VB_E2E_ENV "QT_QPA_PLATFORM=xcb;VENUEBID_STRICT_QML=1;QT_QUICK_CONTROLS_STYLE=Fusion")
set(VB_XVFB ${VB_XVFB_RUN} -a -s "-screen 0 1366x768x24")

# A QtTest program that drives the app's own window in process (e2e/windowdriver.h): target tst_gui_NAME, test
# e2e_gui_NAME.
function(vb_add_e2e_gui name)
    add_executable(tst_gui_${name} e2e/tst_gui_${name}.cpp e2e/windowdriver.h)
    target_link_libraries(tst_gui_${name} PRIVATE venuebid_backend venuebid_backendplugin venuebid_ui venuebid_uiplugin
        Qt6::Quick Qt6::QuickControls2 Qt6::Test)
    target_compile_definitions(tst_gui_${name} PRIVATE ${VB_DATA_DEFS})
    add_test(NAME e2e_gui_${name} COMMAND ${VB_XVFB} $<TARGET_FILE:tst_gui_${name}>)
    set_tests_properties(e2e_gui_${name} PROPERTIES ENVIRONMENT "${VB_E2E_ENV}" TIMEOUT 300 RESOURCE_LOCK xvfb)
endfunction()

vb_add_e2e_gui(dialogs)

# The overview's facts without a source or an as-of date, each clicked, open the page that edits it.
vb_add_e2e_gui(unsourced)

# The keyboard sequence of a user on the real app, driven by xdotool: Ctrl+O, Escape, Ctrl+Shift+S, Escape, Ctrl+N
# leave it running with a dialog drawn each time.
add_test(NAME e2e_shortcuts COMMAND ${VB_XVFB} bash ${CMAKE_CURRENT_SOURCE_DIR}/e2e/shortcuts.sh $<TARGET_FILE:venuebid>
    ${CMAKE_SOURCE_DIR}/sample_data/taiwan-congress-2028.venuebid.json)
# The real app keeps settings and recovery copies: give it a home of its own, so no offer left by a user interrupts it.
set(_vb_e2e_home ${CMAKE_CURRENT_BINARY_DIR}/e2e-home)
set_tests_properties(e2e_shortcuts PROPERTIES TIMEOUT 180 RESOURCE_LOCK xvfb ENVIRONMENT
    "${VB_E2E_ENV};XDG_CONFIG_HOME=${_vb_e2e_home}/config;XDG_DATA_HOME=${_vb_e2e_home}/data")

# Autosave and recovery: an app types, autosaves after 1 s of idle and is killed with SIGKILL; the next one offers
# the changes, recovers them as unsaved and saves them (each app a child process with its own settings and data).
vb_add_e2e_gui(recovery)

# The whole job in the real window: a new project, venues, criteria, a budget line, a received quote, a scored
# tender item, a competing destination and a risk scenario entered through the pages, saved, reopened, and the same
# figures from venuebid-cli on the saved file.
vb_add_e2e_gui(wholejob)
target_compile_definitions(tst_gui_wholejob PRIVATE VENUEBID_CLI="$<TARGET_FILE:venuebid-cli>")
add_dependencies(tst_gui_wholejob venuebid-cli)
set_tests_properties(e2e_gui_wholejob PROPERTIES TIMEOUT 600)

# No English from the core on a zh-TW screen: every page of the sample in Traditional Chinese, every text it shows
# read back (what the project file says is left out).
vb_add_e2e_gui(zhscan)
# …with the zh-TW catalogue where LanguageController looks (:/i18n), the .qm the number adapter's test makes.
qt_add_resources(tst_gui_zhscan tst_gui_zhscan_i18n PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${vb_numbers_qm})
