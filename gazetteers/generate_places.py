#!/usr/bin/env python3
"""Generate the administrative-unit register of Vietnam used by `src/place.rs`.

One command, from the repository root:

    python3 gazetteers/generate_places.py

writes, next to this script:

* ``places_pre2025.tsv``   the register before the July 2025 reform (63 provinces,
  696 districts, 10,051 communes; GSO list of 2025-01-04), from
  ``vietnam_provinces.legacy``;
* ``places_2025.tsv``      the register after the reform (34 provinces, 3,321 communes),
  from ``vietnam_provinces``;
* ``places_old_to_new.tsv`` every old province and commune to its new unit(s), from the
  official conversion table shipped in ``vietnam_provinces`` (with the parents of
  communes 27691 and 30781 corrected from the legacy register);
* ``place_aliases.tsv``    older or alternative names (ASCII keys) of units, from
  ``vietnamadminunits`` (MIT), plus the retired province Hà Tây written by hand.

The inputs are pinned in ``gazetteers/requirements-places.txt``. ``vietnam-provinces``
2026.x needs Python >= 3.12. When the running interpreter cannot import the pinned
packages, the script bootstraps itself: it finds a Python >= 3.12 (this one,
``python3.13`` or ``python3.12`` on PATH), makes a virtual environment in
``$XDG_CACHE_HOME/canbo-places-venv`` (default ``~/.cache``), installs the pinned
requirements there with pip and re-runs itself inside it.

Output is deterministic: rows are sorted, names are NFC with the old tone placement
("Hòa", "Thủy"), files end with a newline and use ``\\n`` line ends, so two runs give
byte-identical files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REQUIREMENTS = HERE / "requirements-places.txt"
PINS = {"vietnam-provinces": "2026.9.0", "vietnamadminunits": "1.0.4"}

# Communes that the official conversion table files under the wrong old district or
# province. The legacy register's parent codes are the truth; this list only documents
# which rows are expected to be corrected (the script corrects every mismatch and fails
# if the set differs, so a new package version cannot drift silently).
EXPECTED_PARENT_CORRECTIONS = {27691, 30781}

# Retired units that no package gives (written by hand from the law that retired them).
# (key, type, code, level, name, until, successor_code)
RETIRED = [
    # Resolution 15/2008/QH12: Hà Tây merged into Hà Nội on 2008-08-01.
    ("hatay", "tỉnh", "28", "province", "Hà Tây", "2008", "01"),
]

TYPE_WORDS_PRE = {
    "thành phố trung ương": "thành phố",
    "tỉnh": "tỉnh",
    "huyện": "huyện",
    "quận": "quận",
    "thành phố": "thành phố",
    "thị xã": "thị xã",
    "xã": "xã",
    "thị trấn": "thị trấn",
    "phường": "phường",
    "đặc khu": "đặc khu",
}

# ASCII prefixes of vietnamadminunits keys, longest first.
KEY_PREFIXES = [
    ("thanhpho", "thành phố"),
    ("thitran", "thị trấn"),
    ("phuong", "phường"),
    ("huyen", "huyện"),
    ("thixa", "thị xã"),
    ("tinh", "tỉnh"),
    ("quan", "quận"),
    ("dackhu", "đặc khu"),
    ("xa", "xã"),
    ("tp", "thành phố"),
    ("tx", "thị xã"),
    ("tt", "thị trấn"),
]


# ---------------------------------------------------------------------------
# Bootstrapping


def _have_pins() -> bool:
    if sys.version_info < (3, 12):
        return False
    try:
        from importlib.metadata import version

        return all(version(name) == pin for name, pin in PINS.items())
    except Exception:
        return False


def _is_312(python: str) -> bool:
    probe = "import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)"
    try:
        done = subprocess.run([python, "-c", probe], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _bootstrap() -> None:
    if os.environ.get("CANBO_PLACES_BOOTSTRAPPED"):
        sys.exit(
            "generate_places.py: the bootstrapped environment still lacks the pinned "
            f"packages {PINS}; install gazetteers/requirements-places.txt by hand."
        )
    candidates = [sys.executable]
    for name in ("python3.13", "python3.12"):
        found = shutil.which(name)
        if found:
            candidates.append(found)
    # pyenv installs that are not the active version (their shims refuse to run).
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates += sorted(str(p) for p in pyenv_root.glob("versions/3.1[2-9]*/bin/python3"))
    candidates = [c for c in candidates if _is_312(c)]
    if not candidates:
        sys.exit("generate_places.py needs Python >= 3.12 (vietnam-provinces 2026.x).")
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    venv = cache / "canbo-places-venv"
    py = venv / "bin" / "python"
    if not py.exists():
        subprocess.run([candidates[0], "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)], check=True
    )
    env = dict(os.environ, CANBO_PLACES_BOOTSTRAPPED="1")
    os.execve(str(py), [str(py), str(Path(__file__).resolve()), *sys.argv[1:]], env)


# ---------------------------------------------------------------------------
# Text


_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below


def canon(text: str) -> str:
    """NFC with the old tone placement in open syllables ending in oa, oe, uy."""
    decomposed = unicodedata.normalize("NFD", text)

    def fix(m: re.Match) -> str:
        first, second, tone = m.group(1), m.group(2), m.group(3)
        return first + tone + second

    # o/O + a/e + tone at the end of a syllable -> tone on o; u + y + tone (not after q).
    decomposed = re.sub(
        r"([oO])([aAeE])([" + _TONES + r"])(?![\w\u0300-\u036f])", fix, decomposed
    )
    decomposed = re.sub(
        r"(?<![qQ])([uU])([yY])([" + _TONES + r"])(?![\w\u0300-\u036f])",
        fix,
        decomposed,
    )
    return unicodedata.normalize("NFC", decomposed)


def ascii_key(text: str) -> str:
    """vietnamadminunits-style key: lower case, no marks, đ -> d, letters and digits."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower())


def split_type(full_name: str, division_type: str) -> tuple[str, str]:
    """("Thị Xã Việt Yên", "thị xã") -> ("Việt Yên", "thị xã")."""
    full_name = canon(full_name.strip())
    word = TYPE_WORDS_PRE[str(division_type)]
    for prefix in (str(division_type), word):
        if full_name.lower().startswith(prefix + " "):
            return full_name[len(prefix) + 1 :].strip(), word
    raise SystemExit(f"name {full_name!r} does not start with type {division_type!r}")


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            if "\t" in cell or "\n" in cell:
                raise SystemExit(f"bad cell {cell!r} in {path.name}")
    text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    path.write_bytes(text.encode("utf-8"))
    print(f"wrote {path.relative_to(HERE.parent)}: {len(rows)} rows")


# ---------------------------------------------------------------------------
# Registers


def build() -> None:
    import vietnam_provinces as vp
    import vietnamadminunits
    from vietnam_provinces import _lookup as new_lookup
    from vietnam_provinces import _province_conversion_2025 as pconv
    from vietnam_provinces import _ward_conversion_2025 as wconv
    from vietnam_provinces.legacy import _lookup as old_lookup

    assert vp.__version__ == PINS["vietnam-provinces"], vp.__version__

    # --- pre-2025 -----------------------------------------------------------
    pre_rows: list[list[str]] = []
    pre: dict[str, tuple[str, str, str, str]] = {}  # code -> (name, type, parent, level)
    for p in old_lookup.PROVINCE_MAPPING.values():
        name, typ = split_type(p.name, p.division_type)
        code = f"{int(p.code):02d}"
        pre[code] = (name, typ, "", "province")
    for d in old_lookup.DISTRICT_MAPPING.values():
        name, typ = split_type(d.name, d.division_type)
        pre[f"{int(d.code):03d}"] = (name, typ, f"{int(d.province_code):02d}", "district")
    for w in old_lookup.WARD_MAPPING.values():
        name, typ = split_type(w.name, w.division_type)
        pre[f"{int(w.code):05d}"] = (name, typ, f"{int(w.district_code):03d}", "commune")
    for code in sorted(pre, key=lambda c: (len(c), c)):
        pre_rows.append([code, *pre[code]])
    write_tsv(HERE / "places_pre2025.tsv", ["code", "name", "type", "parent_code", "level"], pre_rows)

    def province_of(code: str) -> str:
        while pre[code][2]:
            code = pre[code][2]
        return code

    # --- 2025 ---------------------------------------------------------------
    new: dict[str, tuple[str, str, str, str]] = {}
    for p in new_lookup.PROVINCE_MAPPING.values():
        name, typ = split_type(p.name, p.division_type)
        new[f"{int(p.code):02d}"] = (name, typ, "", "province")
    for w in new_lookup.WARD_MAPPING.values():
        name, typ = split_type(w.name, w.division_type)
        new[f"{int(w.code):05d}"] = (name, typ, f"{int(w.province_code):02d}", "commune")
    new_rows = [[c, *new[c]] for c in sorted(new, key=lambda c: (len(c), c))]
    write_tsv(HERE / "places_2025.tsv", ["code", "name", "type", "parent_code", "level"], new_rows)

    # --- old -> new ---------------------------------------------------------
    o2n: list[list[str]] = []
    corrected = set()
    unknown_old: list[str] = []
    for entry in wconv.OLD_TO_NEW.values():
        ref = entry.old_ward
        old = f"{ref.code:05d}"
        if old not in pre:
            # A commune dissolved before the 2025-01-04 list but still named by the
            # table: kept with the table's parent and no name.
            unknown_old.append(old)
            old_fields = ["", "", f"{ref.district_code:03d}"]
            for nw in entry.new_wards:
                nc = f"{nw.code:05d}"
                partial = "1" if ref.is_partly_merged else "0"
                o2n.append([old, *old_fields, nc, *new[nc][:3], partial])
            continue
        true_district = pre[old][2]
        if (f"{ref.district_code:03d}", f"{ref.province_code:02d}") != (
            true_district,
            province_of(true_district),
        ):
            corrected.add(ref.code)
        for nw in entry.new_wards:
            nc = f"{nw.code:05d}"
            if nc not in new:
                raise SystemExit(f"conversion table names unknown new commune {nc}")
            o2n.append(
                [old, *pre[old][:3], nc, *new[nc][:3], "1" if ref.is_partly_merged else "0"]
            )
    if unknown_old:
        print(f"note: old communes absent from the legacy register: {sorted(unknown_old)}")
    if corrected != EXPECTED_PARENT_CORRECTIONS:
        raise SystemExit(f"parent corrections changed: {sorted(corrected)}")
    # Province rows come from the corrected commune pairs (the package's own province
    # table is derived from the uncorrected ones and so sends Tiền Giang to Tây Ninh
    # too). Every old province lies whole in one new province.
    new_of: dict[str, set[str]] = {}
    for row in o2n:
        if row[3]:
            new_of.setdefault(province_of(row[3]), set()).add(row[7])
    for old in sorted(c for c in pre if len(c) == 2):
        targets = new_of.get(old, set())
        listed = {f"{n.code:02d}" for n in pconv.OLD_TO_NEW[int(old)].new_provinces}
        if len(targets) != 1 or not targets <= listed:
            raise SystemExit(f"old province {old} maps to {sorted(targets)}")
        (nc,) = targets
        o2n.append([old, *pre[old][:3], nc, *new[nc][:3], "0"])
    o2n.sort(key=lambda r: (len(r[0]), r[0], r[4]))
    write_tsv(
        HERE / "places_old_to_new.tsv",
        ["old_code", "old_name", "old_type", "old_parent_code",
         "new_code", "new_name", "new_type", "new_parent_code", "partial"],
        o2n,
    )
    unmapped = {c for c in pre if len(c) == 5} - {r[0] for r in o2n}
    if unmapped:
        print(f"note: {len(unmapped)} old communes have no row in the conversion table")

    # --- aliases ------------------------------------------------------------
    db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    aliases: set[tuple[str, ...]] = set()
    query = (
        "SELECT DISTINCT provinceCode, provinceAlias, districtCode, districtAlias,"
        " wardCode, wardAlias FROM admin_units_legacy"
    )
    for row in con.execute(query):
        for code, alias_json, width in ((row[0], row[1], 2), (row[2], row[3], 3), (row[4], row[5], 5)):
            if not code or not alias_json:
                continue
            code = f"{int(code):0{width}d}"
            if code not in pre:
                continue
            own_name, own_type, _, level = pre[code]
            own = ascii_key(own_name)
            keys = json.loads(alias_json)
            for key in keys:
                typ = ""
                short = key
                for prefix, word in KEY_PREFIXES:
                    if key.startswith(prefix) and key[len(prefix):] in keys:
                        typ, short = word, key[len(prefix):]
                        break
                if short == own or not short:
                    continue
                aliases.add((short, typ, code, level, "", "", ""))
    con.close()
    # An alias given both with and without a type keeps the typed row only.
    typed = {(a[0], a[2]) for a in aliases if a[1]}
    alias_rows = [list(a) for a in aliases if a[1] or (a[0], a[2]) not in typed]
    alias_rows += [list(r) for r in RETIRED]
    alias_rows.sort(key=lambda r: (r[0], r[2], r[1]))
    write_tsv(
        HERE / "place_aliases.tsv",
        ["key", "type", "code", "level", "name", "until", "successor"],
        alias_rows,
    )


def main() -> None:
    if not _have_pins():
        _bootstrap()
    build()


if __name__ == "__main__":
    main()
