"""Installed Argos packages, read straight from their metadata.json (fast, no heavy imports).

Reading the metadata ourselves keeps "is a model installed?" and cached reopening free of
argostranslate/CTranslate2 imports (about 0.2 s), and lets one broken package folder be
reported instead of breaking the whole listing as argostranslate's own listing does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from reader.fileio import read_regular
from reader.translation.settings import packages_dir

MODEL_DIR = "model"
TOKENIZER = "sentencepiece.model"
METADATA = "metadata.json"
# A real metadata.json is a few hundred bytes; a larger one is refused before it is read, so
# a package cannot make every listing and translation parse megabytes of JSON.
MAX_METADATA_BYTES = 1024 * 1024
# "1.9", "1_10", "2.0.1": a short dotted version (int() of a 5,000-digit one raises), in
# ASCII digits (to a regex "١.٠" is digits too, and it names the install folder).
VERSION = re.compile(r"\d{1,9}(?:[._]\d{1,9}){0,3}", re.ASCII)
# Names shown to the user and the target prefix fed to the model: short, one line.
MAX_FIELD = 64


@dataclass(frozen=True, slots=True)
class PackageInfo:
    """One installed package folder; `problem` says why it cannot be used (None if usable)."""

    name: str
    path: Path
    from_code: str = ""
    to_code: str = ""
    version: str = ""
    type: str = "translate"
    target_prefix: str = ""
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def key(self) -> str:
        """Identifies the model for the translation cache: name and version."""
        return f"{self.name}@{self.version}"

    @property
    def label(self) -> str:
        return f"{self.from_code}→{self.to_code} {self.version}".strip()


def read_package(path: Path) -> PackageInfo:
    """Describe the package folder at `path`; never raises."""
    name = path.name
    try:
        raw = read_regular(path / METADATA, MAX_METADATA_BYTES + 1)
    except FileNotFoundError:
        return PackageInfo(name, path, problem="no metadata.json")
    except OSError as error:
        return PackageInfo(name, path, problem=f"unreadable metadata.json ({error.strerror})")
    if len(raw) > MAX_METADATA_BYTES:
        return PackageInfo(name, path, problem="metadata.json is larger than 1 MB")
    try:
        metadata = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return PackageInfo(name, path, problem="unreadable metadata.json (not valid JSON)")
    problem = metadata_problem(metadata)
    if problem:
        return PackageInfo(name, path, problem=problem)
    info = PackageInfo(
        name=name,
        path=path,
        from_code=metadata["from_code"],
        to_code=metadata["to_code"],
        version=str(metadata.get("package_version") or ""),
        type=metadata.get("type") or "translate",
        target_prefix=str(metadata.get("target_prefix") or ""),
    )
    if not (path / MODEL_DIR / "model.bin").is_file():
        return _with_problem(info, "no model/model.bin")
    if not (path / TOKENIZER).is_file():
        return _with_problem(info, f"no {TOKENIZER}")
    return info


def metadata_problem(metadata: object) -> str | None:
    """What is wrong with a package's metadata, or None (no type means translate, as in Argos)."""
    if not isinstance(metadata, dict):
        return "metadata.json is not an object"
    for key in ("from_code", "to_code"):
        value = metadata.get(key)
        if not isinstance(value, str) or not re.fullmatch(r"[a-z]{2,3}(?:[-_][A-Za-z]+)?", value):
            return f"metadata.json has no valid {key}"
    kind = metadata.get("type", "translate")
    if kind != "translate":
        return "package type is not a translation model"
    version = metadata.get("package_version", "")
    if not isinstance(version, str) or (version and not VERSION.fullmatch(version)):
        return "metadata.json has no valid package_version (a short dotted version)"
    for key in ("from_name", "to_name", "target_prefix"):
        value = metadata.get(key, "")
        if value is None:
            continue
        if not isinstance(value, str) or len(value) > MAX_FIELD or _UNPRINTABLE.search(value):
            return f"metadata.json has an invalid {key}"
    return None


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _with_problem(info: PackageInfo, problem: str) -> PackageInfo:
    return PackageInfo(
        info.name, info.path, info.from_code, info.to_code, info.version, info.type,
        info.target_prefix, problem,
    )


_WORK_FOLDERS = (".staging-", ".trash-")


def installed_packages(root: Path | None = None) -> list[PackageInfo]:
    """Every package folder, usable or not, sorted by name; an unreadable root gives []."""
    root = root or packages_dir()
    try:
        # Dot folders are listed too (an older reader installed archives under their own
        # top folder name, `.hidden` included): only reader's work folders are left out.
        entries = sorted(p for p in root.iterdir() if not p.name.startswith(_WORK_FOLDERS))
    except OSError:
        return []
    result = []
    for entry in entries:
        try:
            if not entry.is_dir():
                continue
        except OSError:
            continue
        result.append(read_package(entry))
    return result


def version_key(version: str) -> tuple[int, ...]:
    """Comparable form of "1.9" or "1_10": numbers, so 1.10 sorts after 1.9."""
    # At most 9 digits a part: a hostile version must not reach int()'s 4,300-digit limit.
    return tuple(int(part[:9]) for part in re.findall(r"\d+", version[:64]))


def find_package(from_code: str = "fr", to_code: str = "en") -> PackageInfo | None:
    """The usable installed package for this pair (the newest version if several)."""
    usable = [
        p for p in installed_packages()
        if p.ok and p.from_code == from_code and p.to_code == to_code
    ]
    if not usable:
        return None
    return max(usable, key=lambda p: (version_key(p.version), p.name))
