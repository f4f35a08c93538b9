#!/usr/bin/env python
"""Held-out measurement of auditor on tests/corpus/heldout/.

    python bench/heldout_eval.py            # markdown report on stdout
    python bench/heldout_eval.py --json     # raw numbers

The corpus (20 stories) was written blind to auditor's rules:
  native/NN.txt           10 native English news stories
  translated/*.txt        10 stories imitating English translated from ar/es/fr/pt/de/it/ru
  translated/expected.json  verdict + hand-labelled artifacts (exact quotes, category)
  translated/reviewed.json  (optional) warning+ findings on translated stories that a
                            reviewer judged to be genuine translation artifacts missing
                            from expected.json; reported separately, never silently.

This is a measurement, not a gate: it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from auditor import audit_text  # noqa: E402
from auditor.finding import CATEGORIES as FINDING_CATEGORIES  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "heldout"
WARN = {"warning", "error"}
CATEGORIES = list(FINDING_CATEGORIES)  # the taxonomy, in its order


def sev(f) -> str:
    s = f.severity
    return (getattr(s, "name", None) or str(s)).lower()


def norm(s: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (s or "").lower())


def run(text: str, name: str):
    t0 = time.perf_counter()
    rep = audit_text(text, name)
    return rep, (time.perf_counter() - t0) * 1000.0


def spans(text: str, quote: str):
    out, i = [], text.find(quote)
    while i >= 0:
        out.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return out


def overlaps(f, sp) -> bool:
    return any(f.start < e and s < f.end for s, e in sp)


def outlet_name(v):
    o = v.origin_outlet
    if o is None:
        return None
    return getattr(o, "name", None) or str(o)


def outlet_ok(exp: dict, v) -> bool:
    want = exp.get("origin_outlet")
    o = v.origin_outlet
    if want is None:
        return o is None
    if o is None:
        return False
    names = {norm(want)} | {norm(a) for a in exp.get("outlet_aliases", [])}
    got = {norm(getattr(o, "name", None))}
    inner = getattr(o, "outlet", None)
    if inner is not None:
        got |= {norm(inner.id), norm(inner.name)} | {norm(a) for a in (inner.aliases or ())}
        got |= {norm(a) for a in (getattr(inner, "native", ()) or ())}
    got.discard("")
    return bool(names & got)


def fmt_f(f, text):
    snip = text[f.start : f.end].replace("\n", " ")
    if len(snip) > 70:
        snip = snip[:67] + "..."
    return f'{sev(f)} {f.category} `{f.rule_id}` "{snip}"'


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="a held-out set: native/*.txt, translated/*.txt + expected.json "
                         "(default: tests/corpus/heldout)")
    args = ap.parse_args()
    corpus: Path = args.corpus

    expected = json.loads((corpus / "translated" / "expected.json").read_text(encoding="utf-8"))
    rev_path = corpus / "translated" / "reviewed.json"
    reviewed = json.loads(rev_path.read_text(encoding="utf-8")) if rev_path.exists() else {}

    # cold start (imports/rule loading happen on the first call)
    _, cold_ms = run("Warm-up sentence for the auditor.", "<warmup>")

    out: list[str] = []
    p = out.append
    p(f"# Held-out evaluation ({time.strftime('%Y-%m-%d')})\n")
    readme = corpus / "README.md"
    if corpus != CORPUS and readme.exists():   # a newer set describes itself
        p(f"Corpus: `{corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus}/`\n")
        p(readme.read_text(encoding="utf-8").strip() + "\n")
    else:
        p(
            "Corpus: `tests/corpus/heldout/` — 10 native English stories, 10 translated-style stories "
            "(ar x2, es x2, fr x2, pt, de, it, ru; 7 machine-, 3 human-translated), written blind to "
            "auditor's rules, tests and docs. Artifacts hand-labelled in `translated/expected.json`.\n"
        )
        p(
            "How the set was made: a QA helper wrote all 20 stories and the labels from its own knowledge of "
            "real news copy and real MT/human-translation artifacts, *before* opening anything under "
            "`auditor/`, `tests/` or `docs/` and without looking at the repo's other corpora; no text or label "
            "was changed after the first run. Each artifact is labelled once (exact quote + category); "
            "repeated instances of a labelled artifact that the tool flags elsewhere are listed from "
            "`translated/reviewed.json` and not counted as false positives. Native precision: every "
            "warning/error finding is a false positive; the verdict must be `en` with MT < 0.5. Artifact "
            "recall: a finding of the same category (any severity) whose span overlaps the quote; "
            "any-category overlap is shown alongside. Fidelity (back-translation) is not part of "
            "`audit_text` and no MT models are installed, so it is not measured.\n"
        )
    p(f"First-call (cold) latency: {cold_ms:.0f} ms.\n")

    # ---------------- native ----------------
    p("## Native English (precision)\n")
    p("| story | words | translated | MT | lang | outlet | info | warn+ | verdict ok | ms |")
    p("|---|---:|---:|---:|---|---|---:|---:|:-:|---:|")
    nat_fp, nat_ok, nat_times, nat_info = [], 0, [], 0
    native_rows = []
    for path in sorted((corpus / "native").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        rep, ms = run(text, str(path))
        v = rep.verdict
        warn = [f for f in rep.findings if sev(f) in WARN]
        info = [f for f in rep.findings if sev(f) not in WARN]
        ok = v.source_language == "en" and v.machine_translated < 0.5
        nat_ok += ok
        nat_times.append(ms)
        nat_info += len(info)
        nat_fp += [(path.name, f, text) for f in warn]
        native_rows.append(
            {
                "file": path.name,
                "translated": v.translated,
                "mt": v.machine_translated,
                "lang": v.source_language,
                "outlet": outlet_name(v),
                "info": len(info),
                "warn": len(warn),
                "ok": ok,
                "ms": ms,
            }
        )
        p(
            f"| {path.name} | {len(text.split())} | {v.translated:.2f} | {v.machine_translated:.2f} | "
            f"{v.source_language} | {outlet_name(v) or '-'} | {len(info)} | {len(warn)} | "
            f"{'yes' if ok else 'NO'} | {ms:.0f} |"
        )
    n_nat = len(native_rows)
    p(
        f"\nVerdict correct (lang=en, MT<0.5): **{nat_ok}/{n_nat}**. "
        f"Warning+ findings (all false positives): **{len(nat_fp)}** "
        f"({len(nat_fp) / max(n_nat, 1):.1f}/story); stories with ≥1: "
        f"{len({n for n, _, _ in nat_fp})}/{n_nat}. Info findings: {nat_info}.\n"
    )
    if nat_fp:
        p("Native false positives (warning+):\n")
        for name, f, text in nat_fp:
            p(f"- {name}: {fmt_f(f, text)}")
        p("")

    # ---------------- translated ----------------
    p("## Translated (verdict)\n")
    p(
        "| story | lang exp/got | translated | MT exp/got | outlet exp / got | same-cat | any-cat | warn+ FP | ms |"
    )
    p("|---|---|---:|---|---|---:|---:|---:|---:|")
    cat_tot = defaultdict(int)
    cat_same = defaultdict(int)
    cat_any = defaultdict(int)
    misses, tr_fp, tr_rev, tr_times, tr_info = [], [], [], [], []
    agg = {"lang": 0, "translated": 0, "mt": 0, "outlet": 0, "same": 0, "any": 0, "total": 0}
    tr_rows = []
    for name in sorted(expected):
        exp = expected[name]
        text = (corpus / "translated" / name).read_text(encoding="utf-8")
        rep, ms = run(text, name)
        tr_times.append(ms)
        v = rep.verdict
        lang_ok = v.source_language == exp["source_language"]
        tr_ok = v.translated >= 0.5
        mt_ok = (v.machine_translated >= 0.5) == bool(exp["machine_translated"])
        o_ok = outlet_ok(exp, v)
        agg["lang"] += lang_ok
        agg["translated"] += tr_ok
        agg["mt"] += mt_ok
        agg["outlet"] += o_ok
        all_spans = []
        same_n = any_n = 0
        for a in exp["artifacts"]:
            sp = spans(text, a["quote"])
            if not sp:
                print(f"WARNING: quote not found in {name}: {a['quote']!r}", file=sys.stderr)
            all_spans += sp
            hit_same = any(f.category == a["category"] and overlaps(f, sp) for f in rep.findings)
            hits_any = [f for f in rep.findings if overlaps(f, sp)]
            cat_tot[a["category"]] += 1
            cat_same[a["category"]] += hit_same
            cat_any[a["category"]] += bool(hits_any)
            same_n += hit_same
            any_n += bool(hits_any)
            if not hit_same:
                misses.append((name, a, hits_any))
        n_art = len(exp["artifacts"])
        agg["same"] += same_n
        agg["any"] += any_n
        agg["total"] += n_art
        rev_here = reviewed.get(name, [])
        fps = 0
        for f in rep.findings:
            if overlaps(f, all_spans):
                continue
            if sev(f) not in WARN:
                tr_info.append((name, f, text))
                continue
            snippet = text[f.start : f.end]
            r = next(
                (r for r in rev_here if r["rule_id"] == f.rule_id and r["text"] in snippet), None
            )
            if r:
                tr_rev.append((name, f, text, r["why"]))
            else:
                tr_fp.append((name, f, text))
                fps += 1
        tr_rows.append(
            {
                "file": name,
                "lang": v.source_language,
                "translated": v.translated,
                "mt": v.machine_translated,
                "outlet": outlet_name(v),
                "same": same_n,
                "any": any_n,
                "n": n_art,
                "fp": fps,
                "ms": ms,
                "lang_ok": lang_ok,
                "mt_ok": mt_ok,
                "outlet_ok": o_ok,
            }
        )
        mark = lambda b: "" if b else " ✗"  # noqa: E731
        p(
            f"| {name} | {exp['source_language']}/{v.source_language}{mark(lang_ok)} | "
            f"{v.translated:.2f}{mark(tr_ok)} | {'MT' if exp['machine_translated'] else 'human'}/"
            f"{v.machine_translated:.2f}{mark(mt_ok)} | {exp.get('origin_outlet') or '-'} / "
            f"{outlet_name(v) or '-'}{mark(o_ok)} | {same_n}/{n_art} | {any_n}/{n_art} | {fps} | {ms:.0f} |"
        )
    n_tr = len(expected)
    T = agg["total"]
    p(
        f"\nSource language {agg['lang']}/{n_tr} · translated≥0.5 {agg['translated']}/{n_tr} · "
        f"MT verdict {agg['mt']}/{n_tr} · outlet {agg['outlet']}/{n_tr}.\n"
    )
    p(
        f"Artifact recall: same category **{agg['same']}/{T} ({agg['same'] / T:.0%})**, "
        f"any category {agg['any']}/{T} ({agg['any'] / T:.0%}).\n"
    )

    p("## Recall by category\n")
    p("| category | labelled | same-cat | any-cat |")
    p("|---|---:|---:|---:|")
    for c in CATEGORIES:
        if cat_tot[c]:
            p(
                f"| {c} | {cat_tot[c]} | {cat_same[c]} ({cat_same[c] / cat_tot[c]:.0%}) | "
                f"{cat_any[c]} ({cat_any[c] / cat_tot[c]:.0%}) |"
            )
    p("")

    p(
        f"## False positives on translated stories (warning+ outside labelled artifacts): {len(tr_fp)}\n"
    )
    for name, f, text in tr_fp:
        p(f"- {name}: {fmt_f(f, text)}")
    if tr_rev:
        p(
            f"\nWarning+ outside the labels but judged genuine artifacts on review "
            f"(`reviewed.json`, not counted as FP): {len(tr_rev)}\n"
        )
        for name, f, text, why in tr_rev:
            p(f"- {name}: {fmt_f(f, text)} — {why}")
    p(f"\nInfo findings outside the labels (not scored; judge by eye): {len(tr_info)}\n")
    for name, f, text in tr_info:
        p(f"- {name}: {fmt_f(f, text)}")
    p("")

    p(f"## Missed artifacts (no same-category overlap): {len(misses)}\n")
    for name, a, hits in misses:
        other = (
            "; overlapped by " + ", ".join(f"{f.category}/{sev(f)}" for f in hits) if hits else ""
        )
        p(f'- {name} [{a["category"]}] "{a["quote"]}"{other}')
    p("")

    allt = nat_times + tr_times
    p("## Time per story (library `audit_text`, warm)\n")
    p(
        f"native mean {statistics.mean(nat_times):.0f} ms · translated mean "
        f"{statistics.mean(tr_times):.0f} ms · median {statistics.median(allt):.0f} ms · "
        f"max {max(allt):.0f} ms · cold first call {cold_ms:.0f} ms."
    )

    if args.json:
        print(
            json.dumps(
                {
                    "native": native_rows,
                    "translated": tr_rows,
                    "agg": agg,
                    "category": {c: [cat_tot[c], cat_same[c], cat_any[c]] for c in CATEGORIES},
                    "native_fp": len(nat_fp),
                    "translated_fp": len(tr_fp),
                },
                indent=1,
            )
        )
    else:
        print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
