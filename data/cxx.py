# SPDX-License-Identifier: MIT
"""C++ string literals of UTF-8 text for tccode's generated headers: ASCII, with every other byte a
\\xNN escape (the bytes survive any execution character set), wrapped at MAX_WIDTH columns.
Python 3 standard library only."""
import string

MAX_WIDTH = 100


def literal_lines(data, indent):
    """UTF-8 `data` as C++ string literals of at most MAX_WIDTH columns, each line starting with
    `indent`: printable ASCII stays readable, every other byte is a \\xNN escape, an escape is never
    split, and English breaks after a space where it can."""
    pieces, after_hex = [], False
    for byte in data:
        char = chr(byte)
        if 0x20 <= byte < 0x7F:
            piece = "\\" + char if char in '"\\' else char
            # A hex digit right after \xNN would be read as part of the escape: end the literal.
            if after_hex and char in string.hexdigits:
                piece = '" "' + piece
            after_hex = False
        else:
            piece, after_hex = f"\\x{byte:02x}", True
        pieces.append(piece)
    room = MAX_WIDTH - len(indent) - 2  # the quotes
    lines, current = [], []
    for piece in pieces:
        if sum(map(len, current)) + len(piece) > room:
            spaces = [i for i, p in enumerate(current) if p == " "]
            cut = spaces[-1] + 1 if spaces and len(current) - spaces[-1] < 30 else len(current)
            lines.append(current[:cut])
            current = current[cut:]
            if current:
                current[0] = current[0].replace('" "', "")
            elif piece.startswith('" "'):
                piece = piece[3:]
        current.append(piece)
    lines.append(current)
    return [f'{indent}"{"".join(line)}"' for line in lines]


def literal(text, indent):
    """`text` as C++ string literal pieces, a line each, every line after the first indented by `indent`."""
    return "\n".join(literal_lines(text.encode("utf-8"), indent))[len(indent):]


def sized(text, indent):
    """`text` as a string_view with its size, {"...", N}: a compiler then need not count the
    characters while it evaluates the table (for these tables a third of the header's compile time)."""
    return "{" + literal(text, indent + " ") + f", {len(text.encode('utf-8'))}}}"


