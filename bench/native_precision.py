#!/usr/bin/env python
"""Precision on 348 native English news stories the rules never saw.

    python bench/native_precision.py [--show-info]

The stories are the Lee corpus (ABC, Australian news, 2001-era; Lee, Pincombe and
Welsh 2005), which ships as test data inside the gensim wheel. The script fetches
that wheel once from PyPI (`pip download`, no install) into ~/.cache/auditor/corpora
and reads the two files from it; nothing is copied into the project. Every finding
at warning or above is a false positive, and every story should read as an English
original (source language en, machine_translated < 0.5). A measurement, not a gate:
it always exits 0 (2 when the corpus cannot be fetched).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from auditor import audit_text  # noqa: E402
from auditor.finding import Severity  # noqa: E402

CACHE = Path.home() / ".cache" / "auditor" / "corpora"
WHEEL = "gensim==4.3.3"
FILES = ("gensim/test/test_data/lee_background.cor", "gensim/test/test_data/lee.cor")


def stories() -> list[str]:
    out = CACHE / "lee"
    if not all((out / Path(f).name).exists() for f in FILES):
        CACHE.mkdir(parents=True, exist_ok=True)
        wheels = list(CACHE.glob("gensim-*.whl"))
        if not wheels:
            cmd = [sys.executable, "-m", "pip", "download", WHEEL, "--no-deps",
                   "--only-binary", ":all:", "-d", str(CACHE), "-q"]
            if subprocess.run(cmd, check=False).returncode != 0:
                sys.exit(f"could not download {WHEEL} from PyPI (is the package index "
                         "reachable?); the Lee corpus ships inside it")
            wheels = list(CACHE.glob("gensim-*.whl"))
        out.mkdir(exist_ok=True)
        with zipfile.ZipFile(wheels[0]) as z:
            for name in FILES:
                (out / Path(name).name).write_bytes(z.read(name))
    lines: list[str] = []
    for name in FILES:
        lines += [ln.strip() for ln in (out / Path(name).name).read_text("latin-1").splitlines()]
    return [ln for ln in lines if ln]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-info", action="store_true", help="list info findings too")
    args = ap.parse_args()
    texts = stories()
    loud: list[str] = []
    info: Counter[str] = Counter()
    wrong = 0
    for n, text in enumerate(texts):
        report = audit_text(text, f"lee#{n}")
        v = report.verdict
        wrong += v.source_language != "en" or v.machine_translated >= 0.5
        for f in report.findings:
            if f.severity >= Severity.WARNING:
                loud.append(f"lee#{n}: {f.severity} {f.rule_id} “{f.text[:60]}”")
            else:
                info[f.rule_id] += 1
                if args.show_info:
                    print(f"  info lee#{n}: {f.rule_id} “{f.text[:60]}”")
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} native stories, {words:,} words")
    print(f"warning+ findings (false positives): {len(loud)}")
    for line in loud:
        print("  " + line)
    print(f"verdicts not 'English original': {wrong}")
    common = ", ".join(f"{k} {v}" for k, v in info.most_common(8))
    print(f"info findings: {sum(info.values())} ({common})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
