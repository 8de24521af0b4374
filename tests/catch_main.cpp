// SPDX-License-Identifier: MIT
// main() for a Catch2 v2 that has no Catch2::Catch2WithMain target.
#define CATCH_CONFIG_MAIN
#include "catch_compat.hpp"
