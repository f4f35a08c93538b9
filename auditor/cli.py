"""The command line: a thin layer over the library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from auditor import __version__
from auditor.errors import AuditorError, InputError
from auditor.fidelity.cli import OPTION_NAMES, build_scorer, fidelity_options, models
from auditor.finding import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
SEVERITIES = ["info", "warning", "error", "none"]
RULE_DIRS = click.option(
    "--rules", "rule_dirs", multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Extra folder of YAML rule packs (repeatable).",
)


def _styler(color: bool):
    if not color:
        return lambda text, **_: text
    return click.style


def _use_color(stream) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="auditor")
def main() -> None:
    """auditor: is this English story a translation, from where, and how damaged?

    \b
    Examples:
      auditor audit story.txt
      auditor audit incoming/ --format json > audit.jsonl
      curl -s URL | auditor audit -
      auditor explain origin.footer
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH... | -")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text for people; json writes one object per line.")
@RULE_DIRS
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="error", show_default=True,
              help="Exit 1 when a finding at or above this severity is reported.")
@click.option("--json-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write one <name>.json report per story into this folder.")
@click.option("--html", "html_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write one self-contained HTML page per story, and an index.html "
                   "listing every input (failed ones with their error), into this folder.")
@click.option("--min-severity", type=click.Choice(SEVERITIES[:3]), default="info",
              show_default=True, help="Hide findings below this severity in text output.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Refuse inputs larger than this (default 10 MB).")
@fidelity_options
def audit(inputs, fmt, rule_dirs, fail_on, json_dir, html_dir, min_severity, max_bytes,
          **mt) -> None:
    """Audit stories: plain text, HTML, ninjs JSON, JSON Lines, or '-' for stdin.

    Prints the verdict (translated? machine-translated? source language, origin
    outlet) and every finding as path:line:col severity category message, then
    the fidelity of each sentence by back-translation, weakest first (round
    trip through the source language, or against --original). Without a model
    for the language pair it says "not scored" and how to install one.

    \b
    Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,
    2 a usage or input error (the other inputs are still audited).

    \b
    Examples:
      auditor audit seeds/ --json-dir reports/ --html reports/
      auditor audit story.html --fail-on warning
      auditor audit feed.jsonl --format json --rules newsroom-rules/
      auditor audit story.txt --source-lang es
      auditor audit story.txt --original original-es.txt
    """
    from auditor.audit import Auditor
    from auditor.pipeline import audit_inputs
    from auditor.report.jsonout import dumps, error_dict

    scorer = build_scorer({k: mt[k] for k in OPTION_NAMES}, inputs)
    try:
        auditor = Auditor(rule_dirs, fidelity=scorer)
    except AuditorError as exc:
        raise click.UsageError(exc.one_line()) from None
    threshold = None if fail_on == "none" else Severity.parse(fail_on)
    out_style = _styler(_use_color(sys.stdout))
    err_style = _styler(_use_color(sys.stderr))
    if json_dir:
        json_dir.mkdir(parents=True, exist_ok=True)
    html = None
    if html_dir:
        from auditor.report.html import HtmlReportWriter
        html = HtmlReportWriter(html_dir)
    failed = flagged = 0
    for outcome in audit_inputs(auditor, inputs, max_bytes=max_bytes):
        if isinstance(outcome, InputError):
            failed += 1
            record = error_dict(outcome)
            if fmt == "json":
                click.echo(dumps(record))
            if html:
                html.add_error(record)
            click.echo(err_style(f"auditor: {outcome.one_line()}", fg="red"), err=True)
            continue
        if threshold and any(f.severity >= threshold for f in outcome.findings):
            flagged += 1
        _emit(outcome, fmt, json_dir, out_style, Severity.parse(min_severity), html)
    if html:
        html.finish()
    if failed:
        click.echo(f"auditor: {failed} input(s) could not be audited", err=True)
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if flagged else EXIT_OK)


def _emit(report, fmt, json_dir, style, min_severity, html=None) -> None:
    from auditor.report import jsonout, text

    record = jsonout.report_dict(report) if fmt == "json" or json_dir or html else None
    if fmt == "json":
        click.echo(jsonout.dumps(record))
    else:
        click.echo(text.render(report, style, min_severity))
        click.echo()
    if json_dir:
        from auditor.pipeline import report_filename

        (json_dir / report_filename(report.document.source)).write_text(
            jsonout.dumps(record) + "\n", "utf-8")
    if html:
        html.add_story(record, report.document.text)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT... | -")
@click.option("--out", "out", required=True, metavar="DIR | -",
              help="Folder for results.jsonl, errors.jsonl and summary.json; '-' streams "
                   "JSON Lines to stdout.")
@click.option("--resume", is_flag=True, help="Continue a batch in --out, skipping finished items.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default="cores",
              help="Worker processes (or Ray actors).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--address", help="Ray cluster address (with --engine ray), e.g. ray://head:10001.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="error", show_default=True,
              help="Exit 1 when an item has a finding at or above this severity.")
@RULE_DIRS
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Refuse items larger than this (default 10 MB).")
@click.option("--html", is_flag=True,
              help="Also write a page per item and an index.html into OUT/html/.")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
def batch(inputs, out, resume, jobs, engine, address, fail_on, rule_dirs, max_bytes, html, quiet):
    """Audit thousands of items for an ingestion pipeline; never lose one.

    Every input item ends as exactly one record in results.jsonl or
    errors.jsonl. Records are appended atomically and fsynced, so a crashed or
    interrupted batch continues with --resume where it stopped.

    \b
    Exit status: 0 every item audited, 1 an item has findings at or above
    --fail-on, 3 some items failed (see errors.jsonl), 2 usage error,
    130 interrupted (resumable). Items that are read fine but hold nothing
    to audit (a picture, a German text) get an error record with kind
    UnsupportedItem and do not make the batch fail.

    \b
    Examples:
      auditor batch feeds/*.jsonl incoming/ --out results/
      auditor batch feed.jsonl --out results/ --resume --jobs 2 --html
      cat feed.jsonl | auditor batch - --out - | jq .verdict
      auditor batch feed.jsonl --out results/ --engine ray --address auto
    """
    from auditor.batch.runner import BatchOptions, run_batch

    options = BatchOptions(
        jobs=jobs, engine=engine, address=address, resume=resume,
        fail_on=None if fail_on == "none" else Severity.parse(fail_on),
        rule_dirs=tuple(str(d) for d in rule_dirs), max_bytes=max_bytes, progress=not quiet,
        html=html,
    )
    streaming = out == "-"
    if streaming and (resume or html):
        raise click.UsageError("--resume and --html need an --out folder, not a stream")
    try:
        summary = run_batch(list(inputs), None if streaming else Path(out), options,
                            stdout=sys.stdout if streaming else None)
    except AuditorError as exc:
        click.echo(f"auditor: {exc.one_line()}", err=True)
        sys.exit(EXIT_INPUT)
    counts = (f"{summary.audited} audited, {summary.failed} failed, "
              f"{summary.unsupported} not auditable, {summary.skipped} already done")
    if summary.interrupted:
        again = " ".join(["auditor", "batch", *inputs, "--out", out, "--resume"])
        click.echo(f"auditor: interrupted ({counts}); resume with:\n  {again}", err=True)
        sys.exit(130)
    if not quiet:
        click.echo(f"auditor batch: {counts} in {summary.seconds:.1f} s", err=True)
    sys.exit(summary.exit_code)


main.add_command(models)


@main.group()
def rules() -> None:
    """List, test and explain rules."""


@rules.command("list")
@RULE_DIRS
@click.option("--category", help="Only rules of this category.")
def rules_list(rule_dirs, category) -> None:
    """List every rule: id, category, severity, languages.

    \b
    Example:
      auditor rules list --category calque
    """
    from auditor.checks.registry import Registry

    try:
        registry = Registry.load(rule_dirs)
    except AuditorError as exc:
        raise click.UsageError(exc.one_line()) from None
    count = 0
    for r in sorted(registry.rules(), key=lambda r: r.id):
        if category and r.category != category:
            continue
        langs = " ".join(f"{k}:{v:g}" for k, v in r.languages.items())
        click.echo(f"{r.id:<40} {r.category:<21} {r.severity!s:<8} {langs}")
        count += 1
    click.echo(f"{count} rules", err=True)


@rules.command("test")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
def rules_test(directory) -> None:
    """Run the examples of every rule in a newsroom's rule-pack folder.

    Exit 0 when every bad example is flagged on its marked span and no good
    example is flagged; 1 otherwise.

    \b
    Example:
      auditor rules test newsroom-rules/
    """
    from auditor.checks.registry import _pack_files, load_pack
    from auditor.checks.selftest import run_examples

    try:
        checks = [c for path in _pack_files(directory) for c in load_pack(path)]
    except AuditorError as exc:
        raise click.UsageError(exc.one_line()) from None
    results = list(run_examples(checks))
    for r in results:
        if not r.passed:
            click.echo(f"FAIL {r.rule.id}: {r.failure}")
    failed = sum(not r.passed for r in results)
    rules_count = len({r.rule.id for r in results})
    click.echo(f"{len(results) - failed} passed, {failed} failed ({rules_count} rules)")
    sys.exit(1 if failed or not results else 0)


@main.command()
@click.argument("rule_id")
def explain(rule_id) -> None:
    """Explain a rule: what it flags, why, the fix, and its examples.

    \b
    Example:
      auditor explain calque.assures-that
    """
    from auditor.checks.base import CLOSE, OPEN
    from auditor.checks.registry import Registry

    try:
        r = Registry.load().rule(rule_id)
    except AuditorError as exc:
        raise click.UsageError(exc.one_line()) from None
    click.echo(f"{r.id}  ({r.category}, {r.severity})")
    click.echo(f"  {r.message}")
    if r.explanation:
        click.echo(f"\n  {' '.join(r.explanation.split())}")
    if r.suggestion:
        click.echo(f"\n  fix: {r.suggestion}")
    if r.languages:
        click.echo("  evidence for: " + ", ".join(f"{k} ({v:g})" for k, v in r.languages.items()))
    for ex in r.examples:
        shown = ex.marked.replace(OPEN, "[").replace(CLOSE, "]") if ex.bad else ex.text
        click.echo(f"  {'flags ' if ex.bad else 'passes'}  {shown}")
    click.echo(f"  defined in {r.source}")


if __name__ == "__main__":
    main()
