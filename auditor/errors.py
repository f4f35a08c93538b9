"""Named exceptions raised by the library; the CLI turns them into messages."""

from __future__ import annotations


class AuditorError(Exception):
    """Base class: every error says what happened, why, and how to fix it."""

    def __init__(self, what: str, why: str = "", fix: str = "") -> None:
        self.what, self.why, self.fix = what, why, fix
        super().__init__(self.one_line())

    def one_line(self) -> str:
        parts = [self.what]
        if self.why:
            parts.append(self.why)
        if self.fix:
            parts.append(self.fix)
        return ": ".join(parts[:2]) + (f" ({parts[2]})" if len(parts) > 2 else "")


class InputError(AuditorError):
    """An input could not be read or understood."""

    def __init__(self, source: str, why: str, fix: str = "") -> None:
        self.source = source
        super().__init__(f"{source}", why, fix)


class UnsupportedItem(InputError):
    """An input was read but holds nothing auditor can audit (a picture, a German text)."""


class RuleError(AuditorError):
    """A rule pack is malformed or a rule id is unknown."""
