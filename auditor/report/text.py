"""The terminal report: verdict first, then one line per finding."""

from __future__ import annotations

from collections.abc import Callable

from auditor.audit import Report
from auditor.finding import Finding, Severity
from auditor.verdict import Verdict

_SEVERITY_COLOUR = {Severity.INFO: "cyan", Severity.WARNING: "yellow", Severity.ERROR: "red"}
Styler = Callable[..., str]


def _plain(text: str, **_: object) -> str:
    return text


def _yes_no(p: float) -> str:
    return f"{'yes' if p >= 0.5 else 'no'} ({p:.2f})"


def verdict_lines(v: Verdict, findings: tuple[Finding, ...], style: Styler = _plain) -> list[str]:
    langs = ", ".join(f"{k} {p:.2f}" for k, p in list(v.source_language_probabilities.items())[:4])
    lines = [
        f"  translated:         {_yes_no(v.translated)}",
        f"  machine-translated: {_yes_no(v.machine_translated)}",
        f"  source language:    {style(v.source_language, bold=True)}  [{langs}]",
    ]
    if v.origin_outlet:
        o = v.origin_outlet
        f = findings[o.finding]
        where = f" ({', '.join(o.outlet.domains)})" if o.outlet and o.outlet.domains else ""
        lines.append(f"  origin outlet:      {style(o.name, bold=True)}{where}"
                     f"  <- {f.rule_id} “{_clip(f.text)}”")
    else:
        lines.append("  origin outlet:      none named")
    if v.republished >= 0.5:
        lines.append(f"  republished:        likely ({v.republished:.2f}): content-farm markers")
    return lines


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def finding_line(report: Report, f: Finding, style: Styler = _plain) -> str:
    line, col = report.document.line_col(f.start)
    sev = style(f"{f.severity!s:<7}", fg=_SEVERITY_COLOUR[f.severity])
    out = f"{report.document.source}:{line}:{col}  {sev}  {f.category:<21}  {f.message}"
    out += f"  [{f.rule_id}]"
    if f.suggestion:
        out += f"\n      fix: {f.suggestion}"
    return out


WEAKEST = 5


def _colour(chrf: float) -> str:
    return "red" if chrf < 40 else "yellow" if chrf < 60 else "green"


def fidelity_lines(report: Report, style: Styler) -> list[str]:
    fid = report.fidelity
    if fid is None:
        return []
    if not fid.scored:
        line = f"  fidelity ({fid.mode}): not scored: {fid.reason}"
        if fid.install_command:
            line += f"\n      install: {fid.install_command}"
        return [line]
    agg = dict(fid.aggregates)
    models = ", ".join(m.model_id for m in fid.models)
    lines = [
        f"  fidelity ({fid.mode}, {fid.source_language}, {fid.backend}: {models})",
        f"    document: chrF {agg.get('chrf', 0):.1f}  BLEU {agg.get('bleu', 0):.1f}  "
        f"TER {agg.get('ter', 0):.1f}  copy-through {agg.get('copy_rate', 0):.2f}  "
        f"({agg.get('weak_sentences', 0):.0f} of {agg.get('sentences', 0):.0f} sentences weak)",
    ]
    if fid.machine_evidence is not None:
        lines.append(f"    machine-translation evidence: {fid.machine_evidence:+.2f} log-odds")
    doc = report.document
    weakest = fid.weakest(WEAKEST)
    if weakest:
        lines.append("    weakest sentences:")
    for row in weakest:
        line, col = doc.line_col(row.start)
        score = style(f"chrF {row.chrf:5.1f}", fg=_colour(row.chrf))
        lines.append(f"    {doc.source}:{line}:{col}  {score}  BLEU {row.bleu:5.1f}  "
                     f"TER {row.ter:5.1f}  “{_clip(row.text, 90)}”")
        lines.append(f"        compared with: “{_clip(row.back_translation, 90)}”")
    for om in fid.omissions:
        where = "before the first sentence" if om.after_sentence is None else \
            f"after sentence {om.after_sentence + 1}"
        lines.append(f"    omitted ({where}): “{_clip(om.text, 90)}”"
                     + (f"  = “{_clip(om.translation, 60)}”" if om.translation else ""))
    for add in fid.additions:
        line, col = doc.line_col(add.start)
        lines.append(f"    {doc.source}:{line}:{col}  added, not in the original: "
                     f"“{_clip(add.text, 90)}”")
    return lines


def render(report: Report, style: Styler = _plain, min_severity: Severity = Severity.INFO) -> str:
    shown = [f for f in report.findings if f.severity >= min_severity]
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in Severity}
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items(), reverse=True) if n)
    head = style(report.document.source, bold=True)
    lines = [f"{head}  ({summary or 'no findings'})"]
    lines += verdict_lines(report.verdict, report.findings, style)
    lines += [finding_line(report, f, style) for f in shown]
    lines += fidelity_lines(report, style)
    return "\n".join(lines)
