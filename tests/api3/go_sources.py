# SPDX-License-Identifier: MIT
"""What check_common.py and check_products.py both read, written once: the library's hash of a code,
written again from its description in api3.hpp, and the official Go SDKs' errors.go files."""
import re


def code_value(code):
    """tccode::code_value, written again from its description in api3.hpp."""
    if not code:
        return 0
    data = code.encode("utf-8")
    n = len(data)
    mask = (1 << 64) - 1

    def mix(h, w):
        h = ((h ^ w) * 0x9E3779B97F4A7C15) & mask
        return h ^ (h >> 32)

    h = n
    if n < 8:
        h = mix(h, int.from_bytes(data, "little"))
    else:
        for i in range(0, n - 8, 8):
            h = mix(h, int.from_bytes(data[i:i + 8], "little"))
        h = mix(h, int.from_bytes(data[n - 8:], "little"))
    h = (h * 0xFF51AFD7ED558CCD) & mask
    h ^= h >> 33
    return (h & 0x7FFFFFFF) or 0x7FFFFFFF


def comments(path):
    """{code: the comment lines right above its constant, joined by a space} of one errors.go."""
    out, block = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        constant = re.fullmatch(r'[A-Z0-9_]+ = "(.+)"', text)
        if text.startswith("//"):
            block.append(text[2:].strip())
        elif constant:
            out[constant.group(1)] = " ".join(b for b in block if b)
            block = []
        else:
            block = []
    return out


def unescape(s):
    return s.replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\")
