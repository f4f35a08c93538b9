"""Hostile input for the HTML reports: payloads placed in every field a page shows.

A probe record carries its payload lines as story text and as every string the
page renders: finding text, message, suggestion, rule id, evidence, verdict
outlet, metadata keys and values, source path, signature, fidelity rows. Its
*twin* is the same record with every visible character replaced by ``x``: if
escaping works, both render to pages of identical structure.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from auditor.finding import CATEGORIES
from auditor.report.html.segments import CONTROL_NAMES

# Our own probes: each is one line; the number says which, if it ever ran.
OWN_PROBES = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg onload=alert(3)>",
    "<body onload=alert(4)>",
    '<a href="javascript:alert(5)">read more</a>',
    "javascript:alert(6)",
    '"><script>alert(7)</script>',
    "'><img src=x onerror=alert(8)>",
    "</textarea><script>alert(9)</script>",
    "</title><script>alert(10)</script>",
    "</style><script>alert(11)</script>",
    "<!-- <script>alert(12)</script> -->",
    "--><script>alert(13)</script><!--",
    '<iframe srcdoc="<script>alert(14)</script>"></iframe>',
    '<div style="background:url(javascript:alert(15))">styled</div>',
    '<div style="width: expression(alert(16))">ie</div>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(17)>",
    "<svg><script>alert(18)</script></svg>",
    "<details open ontoggle=alert(19)>",
    "<input autofocus onfocus=alert(20)>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(21)">',
    '<base href="javascript:alert(22)//">',
    '<object data="javascript:alert(23)"></object>',
    "<link rel=stylesheet href=http://127.0.0.1:9/probe.css>",
    '<img src="http://127.0.0.1:9/beacon.png">',
    "Budget \u202egpj.exe\u202c approved by the \u202bcouncil",
    "jav\u200bascript:alert(27) and zero\u200dwidth\ufeff joiners\u2060here",
    "{{7*7}} ${alert(28)} {% raw %}",
    "&lt;script&gt;alert(29)&lt;/script&gt; &amp; &#x3C;b&#x3E;",
    "<x onmouseover=alert(30)>hover me</x>",
    "\u2066isolated\u2069 \u2067right\u2069 \u2068first\u2069 \u202dforced\u202c",
    "<form action=javascript:alert(32)><button>send</button></form>",
    "]]><script>alert(33)</script>",
    '<noscript><p title="</noscript><img src=x onerror=alert(34)>">',
    "<template><script>alert(35)</script></template>",
    "<style>@import 'http://127.0.0.1:9/x.css'; body{background:url(//127.0.0.1:9/y)}</style>",
    '<a href="data:text/html,<script>alert(37)</script>">data</a>',
    "<video><source onerror=alert(38)></video>",
    "\u0000<scr\u0000ipt>alert(39)</script>",
    "<marquee onstart=alert(40)>moving</marquee>",
]
# Keys whose values are names the page maps to classes (kept in the twin).
STRUCTURAL = frozenset({"category", "severity", "target", "mode", "status", "schema_version",
                        "source_language", "bead", "kind"})


def shared_payloads(probes_dir: Path) -> list[str]:
    text = (probes_dir / "xss-payloads.txt").read_text("utf-8", errors="replace")
    return [line.rstrip("\r") for line in text.split("\n") if line.strip()]


def probe_record(lines: list[str], source: str | None = None,
                 rich: bool = True) -> tuple[dict[str, Any], str]:
    """A result record whose every displayed string is a payload.

    ``rich`` adds nested findings, verdict evidence and fidelity rows for every
    line; without it (for thousands of lines) those cover the first lines only.
    """
    lines = [unicodedata.normalize("NFC", line.replace("\r", " ")) for line in lines]
    text = "\n".join(lines)
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    findings: list[dict[str, Any]] = []
    for k, (line, start) in enumerate(zip(lines, starts, strict=True)):
        end = start + len(line)
        category = CATEGORIES[k % len(CATEGORIES)] if k % 11 else line
        findings.append(_finding(line, start, end, category, ("error", "warning", "info")[k % 3]))
        if len(line) > 8 and (rich or k < 20):  # a nested finding inside the line
            findings.append(_finding(line, start + 2, start + len(line) // 2, "garble", "info"))
    if len(lines) > 1:  # a finding across a line break
        findings.append(_finding(lines[1], starts[0] + len(lines[0]) // 2,
                                 starts[1] + len(lines[1]) // 2, "calque", "warning"))
    findings.sort(key=lambda f: (f["start"], f["end"]))
    first, last = lines[0], lines[-1]
    record = {
        "schema_version": "1.0",
        "source": source if source is not None else first,
        "verdict": {
            "translated": 0.9, "machine_translated": 0.8, "source_language": "ar",
            "source_language_probabilities": {"ar": 0.6, first: 0.3, "en": 0.1},
            "origin_outlet": {"id": first, "name": last, "domains": [first, last],
                              "language": first, "country": last, "kind": first, "finding": 0},
            "republished": 0.7,
            "evidence": [{"finding": i, "rule_id": f["rule_id"], "target": t, "weight": 1.0}
                         for i, f in enumerate(findings if rich else findings[:20])
                         for t in ("translated", "machine_translated", "lang:ar")],
        },
        "findings": findings,
        "sentences": [{"start": s, "end": s + len(line)} for s, line in zip(starts, lines,
                                                                             strict=True)],
        "metadata": {"title": first, "canonical_url": "javascript:alert('canonical')",
                     "site_name": last, "author": lines[len(lines) // 2], first: last},
        "length": len(text),
        "fidelity": _fidelity(lines if rich else lines[:20], starts[:len(lines) if rich else 20]),
        "signature": {"version": first, "rule_pack": last, "text": first},
    }
    return record, text


def _finding(line: str, start: int, end: int, category: str, severity: str) -> dict[str, Any]:
    return {"rule_id": line, "category": category, "severity": severity, "start": start,
            "end": end, "line": 1, "column": 1, "text": line, "message": f"Message: {line}",
            "suggestion": line, "evidence": {"languages": {"ar": 1.0, line: 0.5},
                                             "machine": 1.0, "outlet": line,
                                             "republished": True}}


def _fidelity(lines: list[str], starts: list[int]) -> dict[str, Any]:
    rows = [{"index": k, "start": s, "end": s + len(line), "text": line,
             "back_translation": line, "chrf": 10.0 + k % 90, "bleu": 5.0, "ter": 80.0,
             "copy_rate": 0.1, "forward_translation": line, "original": line,
             "original_indices": [k], "bead": "1-1"}
            for k, (line, s) in enumerate(zip(lines, starts, strict=True))]
    return {"mode": "reference", "status": "scored", "reason": lines[0],
            "install_command": lines[-1], "source_language": "ar", "backend": lines[0],
            "models": [{"direction": "en-ar", "id": lines[0], "key": lines[-1]}],
            "sentences": rows,
            "omissions": [{"text": line, "original_index": k, "after_sentence": k,
                           "translation": line} for k, line in enumerate(lines[:3])],
            "additions": [{"index": 0, "start": starts[0], "end": starts[0] + len(lines[0]),
                           "text": lines[0]}],
            "aggregates": {"chrf": 50.0, lines[0]: 1.0}, "metric_signatures": {},
            "machine_evidence": None}


def error_record(message: str, source: str) -> dict[str, Any]:
    return {"schema_version": "1.0", "source": source,
            "error": {"kind": "InputError", "message": message}}


def _blank(value: str) -> str:
    return "".join(ch if ch.isspace() or ch in CONTROL_NAMES else "x" for ch in value)


def twin(value: Any, key: str | None = None) -> Any:
    """``value`` with every visible character of every displayed string replaced by 'x'."""
    if isinstance(value, str):
        return value if key in STRUCTURAL else _blank(value)
    if isinstance(value, dict):
        return {k: twin(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [twin(v, key) for v in value]
    return value
