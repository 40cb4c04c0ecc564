// SPDX-License-Identifier: GPL-3.0-or-later
// venuebid-cli: every computation and document of the GUI, through the same models/ code.
#include "cli.h"

#include <iostream>

int main(int argc, char **argv)
{
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    const int rc = vb::cli::run(args, std::cout, std::cerr);
    std::cout.flush();
    return rc;
}
