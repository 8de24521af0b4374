// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_VERSION_HPP
#define TCCODE_VERSION_HPP

// Major version: changes when the API or the meaning of a code changes incompatibly.
#define TCCODE_VERSION_MAJOR 1
// Minor version: changes when features or rows are added.
#define TCCODE_VERSION_MINOR 1
// Patch version: changes for fixes that keep the API.
#define TCCODE_VERSION_PATCH 0

#endif  // TCCODE_VERSION_HPP
