"""The licences of edtrainer and of what it is built from: the Python libraries, the Python runtime and the fonts.

A packaged build carries ``resources/licences.json``, written at build time from the lock file
(``packaging/requirements.lock``) and the build environment's package metadata (``packaging/build``). Without it
(a pip install, a checkout) the same list comes from the current environment: every distribution that
edtrainer's dependencies need, found by walking their metadata. The About dialog shows :func:`bundled`.

    python -m edtrainer.core.licences [--json FILE] [--lock packaging/requirements.lock]

Imports no Qt and nothing outside the standard library.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

from edtrainer import __version__, paths

FILE_NAME = "licences.json"
OWN_LICENCE = "EUPL-1.2"
# PyInstaller's bootloader starts the packaged app; the rest of PyInstaller stays on the build machine.
BUILD_TOOLS_IN_BUNDLE = ("pyinstaller",)
# The font licence files name their licence in Debian's copyright format; these are the SPDX names.
_SPDX = {"bitstream-vera": "Bitstream-Vera"}


@dataclass(frozen=True)
class Licence:
    name: str
    version: str
    licence: str
    kind: str  # "application", "library", "runtime" or "font"


def bundled() -> list[Licence]:
    """What the About dialog lists: the build's own list if there is one, else the current environment's."""
    built = paths.resources_dir() / FILE_NAME
    if built.exists():
        return load(built)
    return from_environment()


def load(path: Path) -> list[Licence]:
    return [Licence(**entry) for entry in json.loads(path.read_text(encoding="utf-8"))["licences"]]


def from_environment(roots: list[str] | None = None, *, lock: Path | None = None,
                     extra: tuple[str, ...] = ()) -> list[Licence]:
    """edtrainer, every installed distribution its dependencies (``roots``) need, the runtime and the fonts.

    With ``lock``, each library must be pinned there at the version installed (a build from the lock file)."""
    libraries = closure(roots if roots is not None else own_requirements())
    libraries += [d for name in extra if (d := _distribution(name)) is not None and d not in libraries]
    pins = read_lock(lock) if lock is not None else None
    entries = [Licence("edtrainer", __version__, OWN_LICENCE, "application")]
    for dist in sorted(libraries, key=lambda d: _normal(d.metadata["Name"])):
        name = dist.metadata["Name"]
        if pins is not None and pins.get(_normal(name)) != dist.version:
            raise ValueError(f"{name} {dist.version} is installed, but the lock file pins "
                             f"{pins.get(_normal(name), 'nothing')}")
        entries.append(Licence(name, dist.version, licence_of(dist), "library"))
    entries.append(Licence("Python", platform.python_version(), "PSF-2.0", "runtime"))
    return entries + fonts()


def own_requirements() -> list[str]:
    """edtrainer's dependencies: from pyproject.toml in a checkout (an editable install's metadata can be older),
    else from the installed package's metadata."""
    pyproject = paths.resources_dir().parent / "pyproject.toml"
    if pyproject.exists():
        import tomllib

        return list(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"])
    dist = _distribution("edtrainer")
    return [r for r in (dist.requires or [] if dist else []) if "extra ==" not in r]


def closure(requirements: list[str]) -> list[metadata.Distribution]:
    """The installed distributions that ``requirements`` need, their dependencies included. A requirement
    that only an extra asks for counts when that extra was asked for; one not installed here (another
    platform's) is left out."""
    found: dict[str, metadata.Distribution] = {}
    visited: set[tuple[str, frozenset[str]]] = set()
    todo = [_parse(r) for r in requirements]
    while todo:
        name, extras = todo.pop()
        dist = _distribution(name)
        if dist is None or (_normal(name), frozenset(extras)) in visited:
            continue
        visited.add((_normal(name), frozenset(extras)))
        found[_normal(dist.metadata["Name"])] = dist
        for requirement in dist.requires or []:
            _, _, marker = requirement.partition(";")
            wanted = re.findall(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
            if not wanted or any(_normal(w) in extras for w in wanted):
                todo.append(_parse(requirement))
    return list(found.values())


def licence_of(dist: metadata.Distribution) -> str:
    """The SPDX expression if the package gives one, else its short licence field, else its classifiers."""
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License")
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::") and c.count("::") >= 2]
    if classifiers:
        return " OR ".join(classifiers)
    return text.splitlines()[0][:60] if text else "unknown"


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name)  # get_all: a missing field is None here on every Python version
    return str(values[0]).strip() if values else ""


def fonts() -> list[Licence]:
    """The bundled fonts, from the licence files beside them (Debian's copyright format)."""
    folder = paths.resources_dir() / "fonts"
    entries = []
    for path in sorted(folder.glob("LICENSE-*.txt")):
        text = path.read_text(encoding="utf-8")
        name = re.search(r"^Upstream-Name:\s*(.+)$", text, re.M)
        licence = re.search(r"^License:\s*(.+)$", text, re.M)
        family = path.stem.removeprefix("LICENSE-")
        files = ", ".join(sorted(f.name for f in folder.glob(f"{family}*.ttf")))
        value = licence.group(1).strip() if licence else "unknown"
        entries.append(Licence(name.group(1).strip() if name else family, files, _SPDX.get(value, value), "font"))
    return entries


def read_lock(path: Path) -> dict[str, str]:
    """The exact versions a requirements lock file pins (``name==version``), by normalised name."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", line)
        if match:
            pins[_normal(match.group(1))] = match.group(2)
    return pins


def write(path: Path, entries: list[Licence], source: str) -> None:
    data = {"generated_from": source, "licences": [asdict(e) for e in entries]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _parse(requirement: str) -> tuple[str, set[str]]:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?", requirement)
    if match is None:
        raise ValueError(f"not a requirement: {requirement!r}")
    return match.group(1), {_normal(e) for e in (match.group(2) or "").split(",") if e.strip()}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _distribution(name: str) -> metadata.Distribution | None:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edtrainer.core.licences", description=__doc__.split("\n")[0])
    parser.add_argument("--lock", type=Path, help="check every library against this lock file")
    parser.add_argument("--bundle", action="store_true", help="also list the build tools whose code is bundled")
    parser.add_argument("--json", type=Path, help="write the list as JSON to this file")
    args = parser.parse_args(argv)
    entries = from_environment(lock=args.lock, extra=BUILD_TOOLS_IN_BUNDLE if args.bundle else ())
    if args.json:
        write(args.json, entries, args.lock.name if args.lock else "environment")
    else:
        for e in entries:
            print(f"{e.name}\t{e.version}\t{e.licence}\t{e.kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
