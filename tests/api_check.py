#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The API table of docs/api.md compiles: each signature is turned into a check against the headers.

    python3 tests/api_check.py docs/api.md COMPILER [FLAGS...] [--no-catalogue]

Reads the table between "<!-- api -->" and "<!-- end api -->" and writes a C++ file in which
  - a function `R name(T1 a, T2 b = x)` is `static_cast<R (*)(T1, T2)>(&tccode::name)`: it compiles
    only when an overload has exactly that signature;
  - a member `R C::name(T a) const` is `static_cast<R (tccode::C::*)(T) const>(&tccode::C::name)`;
  - an enum lists enumerators that must exist (with their values where given), a struct members that
    must exist (without a body, a type that must be complete), a class or class template a type that
    must be complete, an object its type;
  - a macro must be defined.
The file is compiled with COMPILER and FLAGS (the build's), and the script prints how many
signatures it checked.
"""
import os
import re
import subprocess
import sys
import tempfile

# Types for the template parameters of the table's templates.
TEMPLATE_ARGUMENTS = {"N": "1"}


def rows(readme):
    text = open(readme, encoding="utf-8").read()
    start, end = text.index("<!-- api -->"), text.index("<!-- end api -->")
    for line in text[start:end].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[1].startswith("`") and cells[0] not in ("Kind", "---"):
            yield cells[0], cells[1].strip("`")


def parameter_types(parameters):
    """The types of a parameter list: each parameter without its name and default."""
    types = []
    depth, current = 0, ""
    for char in parameters + ",":
        if char == "," and depth == 0:
            if current.strip():
                declaration = current.split("=")[0].strip()
                types.append(re.sub(r"\s+\w+$", "", declaration))
            current = ""
            continue
        depth += char in "<(" and 1 or (char in ">)" and -1 or 0)
        current += char
    return ", ".join(types)


def check(kind, signature):
    """The C++ lines that check one row."""
    if kind == "function":
        m = re.fullmatch(r"(.+?)\s+(\w+(?:::\w+)*)\((.*)\)", signature)
        result, name, parameters = m.groups()
        return [f"static_cast<{result} (*)({parameter_types(parameters)})>(&tccode::{name});"]
    if kind == "member":
        m = re.fullmatch(r"(.+?)\s+(\w+)::(\w+)\((.*)\)\s*(const)?\s*(&{0,2})", signature)
        result, owner, name, parameters, const, ref = m.groups()
        qualifiers = (" const" if const else "") + (f" {ref}" if ref else "")
        return [f"static_cast<{result} (tccode::{owner}::*)({parameter_types(parameters)}){qualifiers}>("
                f"&tccode::{owner}::{name});"]
    if kind == "enum":
        m = re.fullmatch(r"enum class (\w+)(?:\s*:\s*\w+(?: \w+)*)?\s*\{(.*)\};", signature)
        name, body = m.groups()
        lines = [f"static_assert(std::is_enum_v<tccode::{name}>);"]
        previous = -1
        for item in (i.strip() for i in body.split(",")):
            if item == "...":
                previous = None
                continue
            enumerator, _, value = (part.strip() for part in item.partition("="))
            if value:
                previous = int(value)
            elif previous is not None:
                previous += 1
            if previous is not None:
                lines.append(f"static_assert(static_cast<long>(tccode::{name}::{enumerator}) == {previous});")
            else:
                lines.append(f"(void)tccode::{name}::{enumerator};")
        return lines
    if kind == "struct":
        m = re.fullmatch(r"struct (\w+)(?: \{(.*)\};)?", signature)
        name, body = m.groups()
        if body is None:  # a struct whose members the table does not list
            return [f"static_assert(sizeof(tccode::{name}) > 0);"]
        lines = []
        for member in (d.strip() for d in body.split(";") if d.strip()):
            declared_type, names = re.fullmatch(r"(.+?)\s+(\w+(?:,\s*\w+)*)", member).groups()
            for field in (n.strip() for n in names.split(",")):
                lines.append(f"static_assert(std::is_same_v<decltype(tccode::{name}::{field}), {declared_type}>);")
        return lines
    if kind == "class":
        m = re.fullmatch(r"(?:template <[^>]*?(\w+)>\s*)?class (\w+)", signature)
        parameter, name = m.groups()
        arguments = f"<{TEMPLATE_ARGUMENTS[parameter]}>" if parameter else ""
        return [f"static_assert(sizeof(tccode::{name}{arguments}) > 0);"]
    if kind == "object":
        declared_type, name = re.fullmatch(r"(.+?)\s+(\w+(?:::\w+)*)", signature).groups()
        return [f"static_assert(std::is_same_v<decltype(tccode::{name}), const tccode::{declared_type}>);"]
    if kind == "macro":
        return [f"#ifndef {signature}", f"#error {signature} is not defined", "#endif"]
    raise SystemExit(f"api_check.py: unknown kind {kind!r}")


# What only <tccode/products.hpp>, every product, declares: checked where the catalogue is compiled.
CATALOGUE = re.compile(r"products::(find_product|product_for_host|catalogue)\b")


def main():
    args = sys.argv[1:]
    catalogue = "--no-catalogue" not in args
    args = [a for a in args if a != "--no-catalogue"]
    readme, compiler, flags = args[0], args[1], args[2:]
    checked = [(kind, signature) for kind, signature in rows(readme) if catalogue or not CATALOGUE.search(signature)]
    skipped = len(list(rows(readme))) - len(checked)
    source = ["#include <tccode/api3.hpp>", "#include <tccode/format.hpp>", "#include <tccode/retry.hpp>",
              "#include <tccode/services.hpp>", "#include <tccode/tccode.hpp>",
              "#include <tccode/products.hpp>" if catalogue else "#include <tccode/products/cvm.hpp>", "",
              "#include <type_traits>", "", "namespace api_check {", "using namespace tccode;",
              "[[maybe_unused]] void signatures() {"]
    for kind, signature in checked:
        source.append(f"  // {kind}: {signature}")
        source += [line if line.startswith("#") else "  " + line for line in check(kind, signature)]
    source += ["}", "}  // namespace api_check", ""]
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "api.cpp")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(source))
        include = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "include")
        done = subprocess.run([compiler, *flags, "-I", include, "-fsyntax-only", path], capture_output=True, text=True)
        if done.returncode != 0:
            numbered = "\n".join(f"{i + 1:4} {line}" for i, line in enumerate(source))
            print(f"the API table of docs/api.md does not compile:\n{done.stderr}\n{numbered}")
            return 1
    print(f"api: {len(checked)} signatures of the README compile" +
          (f" ({skipped} of <tccode/products.hpp> not checked: the catalogue is not compiled here)" if skipped else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
