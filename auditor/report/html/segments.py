"""Story text to display rows with nested, possibly split, finding highlights.

Findings may overlap or cross one another. Each row (a line, or a sentence when
fidelity is shown) is cut at every finding boundary; the pieces are wrapped in
properly nested highlight elements, splitting a highlight where two findings
cross. The first piece of each finding is its *head* (the one focusable anchor
per finding), later pieces are continuations. A finding with no visible
characters (empty, or only line breaks) still gets an empty head, so every
finding has exactly one anchor on the page.

Characters that would change how the text around them displays (bidi
embeddings, overrides, isolates) or that are invisible (zero-width space, word
joiner, BOM) are kept but wrapped in their own isolating token, which the page
shows as a small labelled badge.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

CONTROL_NAMES = {
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
    "\u200b": "ZWSP", "\u2060": "WJ", "\ufeff": "BOM",
}


@dataclass(frozen=True)
class Mark:
    """A finding span clipped to the text: ``index`` is its position in the record."""

    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Token:
    """One step of a row's content: ``open``/``close`` a highlight, ``text``, ``control``."""

    kind: str
    finding: int = -1
    head: bool = False
    empty: bool = False
    text: str = ""


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    para_start: bool
    sentence: int | None
    tokens: tuple[Token, ...]


def clip_marks(findings: Sequence[dict], length: int) -> list[Mark]:
    """Findings' offsets clamped to the text (a bad offset must not break the page)."""
    marks = []
    for i, f in enumerate(findings):
        start = min(max(int(f.get("start", 0)), 0), length)
        end = min(max(int(f.get("end", start)), start), length)
        marks.append(Mark(i, start, end))
    return marks


def row_spans(text: str, sentence_starts: Sequence[int] = ()) -> list[tuple[int, int, bool]]:
    """(start, end, starts_a_paragraph) for each non-empty line, cut at sentence starts."""
    cuts = {0} | {i + 1 for i, ch in enumerate(text) if ch == "\n"}
    line_starts = set(cuts)
    cuts |= {s for s in sentence_starts if 0 < s < len(text)}
    ordered = [*sorted(cuts), len(text) + 1]
    rows = []
    for a, b in pairwise(ordered):
        end = min(b, len(text))
        while end > a and text[end - 1] == "\n":
            end -= 1
        if end > a:
            rows.append((a, end, a in line_starts))
    return rows


def _text_tokens(text: str) -> Iterator[Token]:
    run_start = 0
    for i, ch in enumerate(text):
        if ch in CONTROL_NAMES:
            if i > run_start:
                yield Token("text", text=text[run_start:i])
            yield Token("control", text=ch)
            run_start = i + 1
    if run_start < len(text):
        yield Token("text", text=text[run_start:])


def _open_order(marks: dict[int, Mark], ids: Sequence[int]) -> list[int]:
    # Outermost first: the one ending last stays open longest, so fewer splits follow.
    return sorted(ids, key=lambda i: (-marks[i].end, marks[i].start, i))


def row_tokens(text: str, start: int, end: int, marks: Sequence[Mark],
               headed: set[int]) -> list[Token]:
    """Tokens for text[start:end]; ``headed`` collects findings whose head was emitted."""
    by_id = {m.index: m for m in marks if m.start < end and m.end > start}
    cuts = sorted({start, end} | {max(m.start, start) for m in by_id.values()}
                  | {min(m.end, end) for m in by_id.values()})
    tokens: list[Token] = []
    stack: list[int] = []

    def open_(i: int) -> None:
        tokens.append(Token("open", i, head=i not in headed))
        headed.add(i)
        stack.append(i)

    for a, b in pairwise(cuts):
        covering = {i for i, m in by_id.items() if m.start <= a and b <= m.end}
        keep = 0
        while keep < len(stack) and stack[keep] in covering:
            keep += 1
        reopen = [i for i in stack[keep:] if i in covering]
        for _ in stack[keep:]:
            tokens.append(Token("close"))
        del stack[keep:]
        for i in _open_order(by_id, reopen + sorted(covering - set(stack) - set(reopen))):
            open_(i)
        tokens.extend(_text_tokens(text[a:b]))
    tokens.extend(Token("close") for _ in stack)
    return tokens


def _empty_head(i: int) -> list[Token]:
    return [Token("open", i, head=True, empty=True), Token("close")]


def build_rows(text: str, findings: Sequence[dict],
               sentence_starts: Sequence[int] = ()) -> list[Row]:
    """Every displayed row of ``text`` with its highlight tokens.

    ``sentence_starts`` (offsets) cut lines into one row per sentence; row
    ``sentence`` is the position of the sentence starting the row, if any.
    """
    marks = clip_marks(findings, len(text))
    sentence_of = {s: k for k, s in enumerate(sentence_starts)}
    headed: set[int] = set()
    spans = row_spans(text, sentence_starts)
    token_lists = [row_tokens(text, a, b, marks, headed) for a, b, _ in spans]
    # Findings with nothing visible get an empty head in the row nearest their start.
    for m in marks:
        if m.index in headed:
            continue
        if not spans:
            spans.append((0, 0, True))
            token_lists.append([])
        k = max((r for r, (a, _, _) in enumerate(spans) if a <= m.start), default=0)
        a, b, _ = spans[k]
        token_lists[k] = _insert_at(token_lists[k], text, a, min(max(m.start, a), b),
                                    _empty_head(m.index))
        headed.add(m.index)
    return [Row(a, b, para, sentence_of.get(a), tuple(toks))
            for (a, b, para), toks in zip(spans, token_lists, strict=True)]


def _insert_at(tokens: list[Token], text: str, row_start: int, offset: int,
               extra: list[Token]) -> list[Token]:
    """Insert ``extra`` at character ``offset`` of a row, between whole tokens."""
    pos = row_start
    for k, t in enumerate(tokens):
        if pos >= offset and t.kind in ("text", "control", "open"):
            return tokens[:k] + extra + tokens[k:]
        if t.kind in ("text", "control"):
            pos += len(t.text)
    return tokens + extra
