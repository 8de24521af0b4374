// SPDX-License-Identifier: MIT
// The README's API 3.0 example: an error of CBS's API explained in CBS's meaning of its codes.
#include <tccode/api3.hpp>
#include <tccode/products/cbs.hpp>
#include <tccode/tccode.hpp>

#include <iostream>
#include <string_view>

int main() {
  // {"Response": {"Error": {"Code": "ResourceInUse.DiskMigrating", "Message": "..."}, "RequestId": "..."}}
  // Code and Message as your JSON parser gives them; CBS's codes first, then the common ones.
  const tccode::explanation e = tccode::explain("ResourceInUse.DiskMigrating", "disk-3kd8x is migrating",
                                                tccode::products::cbs, tccode::lang::en);
  std::cout << e << "\n";
  std::cout << e.judgement()->id << ": " << e.judgement()->reason << "\n";
  std::cout << "may have run: " << (e.may_have_executed() ? "yes" : "no") << "\n";
  std::cout << "error code: " << tccode::make_error_code(e).category().name() << "\n";
  // A code CBS does not list is judged by its longest listed prefix; one that nothing knows, carefully.
  for (const std::string_view code : {"ResourceInUse.NotListed", "RequestLimitExceeded", "Unheard.Of"}) {
    std::cout << tccode::explain(code, "", tccode::products::cbs, tccode::lang::en) << "\n";
  }
}
