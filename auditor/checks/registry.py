"""The registry of checks: code checks from this package and YAML rule packs."""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from auditor.checks.base import Check, Rule
from auditor.checks.declarative import build_check
from auditor.errors import RuleError

PACK_DIR = Path(__file__).resolve().parent.parent / "rules"
_NOT_CHECKS = {"base", "declarative", "registry", "selftest"}


def load_pack(path: Path) -> list[Check]:
    try:
        specs = yaml.safe_load(path.read_text("utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"rule pack {path}", f"cannot be read: {exc}", "fix the YAML") from None
    if not isinstance(specs, list):
        raise RuleError(f"rule pack {path}", "the top level must be a list of rules",
                        "start each rule with '- id: ...'")
    return [build_check(spec, path) for spec in specs]


def _pack_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise RuleError(f"rule directory {directory}", "does not exist or is not a directory",
                        "pass a folder of *.yaml rule packs")
    return sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml"))


@cache
def _code_checks() -> tuple[Check, ...]:
    import auditor.checks as pkg

    found: list[Check] = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if info.name in _NOT_CHECKS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"auditor.checks.{info.name}")
        found.extend(getattr(module, "CHECKS", ()))
    return tuple(found)


@cache
def _builtin_packs() -> tuple[tuple[Check, ...], bytes]:
    checks: list[Check] = []
    digest = hashlib.sha256()
    for path in _pack_files(PACK_DIR):
        digest.update(path.read_bytes())
        checks.extend(load_pack(path))
    return tuple(checks), digest.digest()


@dataclass(frozen=True)
class Registry:
    checks: tuple[Check, ...]
    pack_hash: str

    @classmethod
    def load(cls, extra_dirs: Iterable[Path] = ()) -> Registry:
        packs, digest = _builtin_packs()
        checks = list(_code_checks()) + list(packs)
        h = hashlib.sha256(digest)
        for directory in extra_dirs:
            for path in _pack_files(Path(directory)):
                h.update(path.read_bytes())
                checks.extend(load_pack(path))
        registry = cls(tuple(checks), h.hexdigest()[:12])
        registry._validate()
        return registry

    def _validate(self) -> None:
        seen: set[str] = set()
        for r in self.rules():
            if r.id in seen:
                raise RuleError(f"rule id {r.id!r} is defined twice", "",
                                "give each rule a unique dotted id")
            seen.add(r.id)

    def rules(self) -> Iterator[Rule]:
        for check in self.checks:
            yield from check.rules

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules():
            if r.id == rule_id:
                return r
        raise RuleError(f"unknown rule {rule_id!r}", "", "run `auditor rules list` for valid ids")
