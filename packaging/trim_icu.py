"""A smaller ICU data library for the Linux bundle: Qt's ICU data without what Qt never reads.

    python packaging/trim_icu.py LIBICUDATA OUT_DIR

PySide6's wheel carries ICU's full data (libicudata.so.NN, 32 MB). Qt Core calls ICU for four
things only: collation (sorting, the `coll` tree), case mapping, time zone names (the `zone`
tree, the calendar and zone tables) and character set converters (the `.cnv` tables). It never
breaks text with ICU (Qt has its own line breaking), and never asks ICU for currency, language,
region or unit names, transliteration, spelled-out numbers, character names, string preparation
or spoofing checks. This writes OUT_DIR/libicudata.so.NN with the same `icudtNN_dat` symbol and
the same data package, less those items (about 16 MB), assembled with binutils' `as` and `ld`.
The output depends only on the input, so two builds give the same bytes.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

# Trees and items of the data package that no ICU function Qt calls ever opens.
UNUSED_ITEMS = re.compile(
    r"^icudt\d+[lb]/("
    r"(brkitr|curr|lang|rbnf|region|translit|unit)/.*"
    r"|unames\.icu|[^/]*\.spp|confusables\.cfu"
    r")$"
)
ALIGN = 16  # ICU aligns every item of a data package to 16 bytes


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The `icudtNN_dat` symbol of an ICU data library: name, file offset and size."""
    symbols = subprocess.run(
        ["objdump", "-T", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"^([0-9a-f]+)\s.*\.rodata\s+([0-9a-f]+)\s+(icudt\d+_dat)$", symbols, re.M)
    if not found:
        raise SystemExit(f"{library}: no icudtNN_dat symbol")
    address, size, name = int(found[1], 16), int(found[2], 16), found[3]
    headers = subprocess.run(
        ["objdump", "-h", str(library)], capture_output=True, text=True, check=True
    ).stdout
    rodata = re.search(r"\.rodata\s+[0-9a-f]+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", headers)
    if not rodata:
        raise SystemExit(f"{library}: no .rodata section")
    return name, address - int(rodata[1], 16) + int(rodata[2], 16), size


def items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common data package ("CmnD")."""
    header_size = struct.unpack_from("<H", package)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise SystemExit("not an ICU common data package")
    count = struct.unpack_from("<I", package, header_size)[0]
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + offset for _, offset in entries] + [len(package)]
    result = []
    for i, (name_offset, _) in enumerate(entries):
        name_start = header_size + name_offset
        name = package[name_start : package.index(b"\0", name_start)].decode("ascii")
        result.append((name, package[starts[i] : starts[i + 1]]))
    return package[:header_size], result


def pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % ALIGN)


def package(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """A common data package of these items, laid out as ICU's own tools lay it out.

    ICU finds an item by binary search over the names, so they stay in their sorted order.
    """
    table_size = 4 + 8 * len(kept)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    name_offsets, offset = [], table_size
    for name, _ in kept:
        name_offsets.append(offset)
        offset += len(name) + 1
    # Items start aligned counting from the package's first byte, as the header's size is.
    body_start = len(pad(header + b"\0" * table_size + names)) - len(header)
    data_offsets, offset = [], body_start
    for _, data in kept:
        data_offsets.append(offset)
        offset += len(pad(data))
    table = struct.pack("<I", len(kept)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    return pad(header + table + names) + b"".join(pad(data) for _, data in kept)


def trimmed(package_bytes: bytes) -> tuple[bytes, int]:
    """The package without the unused items, and how many bytes that saves."""
    header, all_items = items(package_bytes)
    kept = [(name, data) for name, data in all_items if not UNUSED_ITEMS.match(name)]
    result = package(header, kept)
    return result, len(package_bytes) - len(result)


def write_library(library: Path, out_dir: Path) -> Path:
    symbol, offset, size = data_symbol(library)
    with library.open("rb") as file:
        file.seek(offset)
        data, saved = trimmed(file.read(size))
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{symbol}.bin").write_bytes(data)
    source = out_dir / f"{symbol}.s"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        f"\t.balign {ALIGN}\n"
        f"{symbol}:\n"
        f'\t.incbin "{symbol}.bin"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    # Relative names only, so nothing of the build machine's paths ends up in the library.
    subprocess.run(["as", "-o", f"{symbol}.o", f"{symbol}.s"], cwd=out_dir, check=True)
    output = out_dir / library.name
    subprocess.run(
        [
            "ld", "-shared", f"-soname={library.name}", "--build-id=sha1", "-z", "relro",
            "-z", "now", "-z", "noexecstack", "-o", library.name, f"{symbol}.o",
        ],
        cwd=out_dir,
        check=True,
    )  # fmt: skip
    print(f"{library.name}: {saved / 1e6:.1f} MB of ICU data Qt never reads left out")
    return output


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    write_library(Path(sys.argv[1]), Path(sys.argv[2]))
