# SPDX-License-Identifier: GPL-3.0-or-later
# Negotiation and contract (models/deal, the contract document); their CLI commands.
vb_add_test(tst_deal SOURCES core/tst_deal.cpp LIBS venuebid_models)

vb_add_test(tst_cli_deal SOURCES cli/tst_cli_deal.cpp LIBS Qt6::Core)
target_compile_definitions(tst_cli_deal PRIVATE VENUEBID_CLI="$<TARGET_FILE:venuebid-cli>")
add_dependencies(tst_cli_deal venuebid-cli)
vb_add_test(tst_dealedit SOURCES core/tst_dealedit.cpp LIBS venuebid_models)
