"""Command-line pieces of the fidelity scorer: audit options and the `models` group.

auditor/cli.py adds these to the main command; nothing heavy is imported here.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any

import click

from auditor.errors import AuditorError

_OPTIONS = [
    click.option("--fidelity/--no-fidelity", "fidelity", default=True, show_default=True,
                 help="Score each sentence by back-translation (needs a model; reports "
                      "'not scored' with the install command when there is none)."),
    click.option("--source-lang", metavar="xx",
                 help="Round trip through this language instead of the verdict's."),
    click.option("--original", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                 help="Reference mode: the original article (one input story only)."),
    click.option("--original-lang", metavar="xx", help="Language of --original (else detected)."),
    click.option("--model-dir", type=click.Path(file_okay=False, path_type=Path),
                 help="Translation models folder [default: $AUDITOR_MODEL_DIR or "
                      "~/.local/share/auditor/models]."),
    click.option("--translator", type=click.Choice(
        ["auto", "ctranslate2", "transformers", "precomputed"]), default="auto",
        show_default=True, help="Translator backend; auto prefers ctranslate2 models."),
    click.option("--translations", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                 help="Precomputed translations (JSONL or TSV with src, tgt, text or id, "
                      "translation); implies --translator precomputed."),
    click.option("--mt-threads", type=click.IntRange(min=0), default=0, show_default="all cores",
                 help="CPU threads for translation."),
    click.option("--beam-size", type=click.IntRange(min=1), default=1, show_default=True,
                 help="Beam size (1 = greedy, ~3x faster than 4)."),
    click.option("--mt-cache", type=click.Path(dir_okay=False, path_type=Path),
                 help="Translation cache file [default: $AUDITOR_MT_CACHE or "
                      "~/.cache/auditor/translations.sqlite3]."),
    click.option("--no-mt-cache", is_flag=True, help="Do not read or write the cache."),
]
OPTION_NAMES = ("fidelity", "source_lang", "original", "original_lang", "model_dir",
                "translator", "translations", "mt_threads", "beam_size", "mt_cache",
                "no_mt_cache")


def fidelity_options(func):
    """Add the fidelity options to a command."""
    return functools.reduce(lambda f, opt: opt(f), reversed(_OPTIONS), func)


def _lang(value: str | None, flag: str) -> str | None:
    if value is not None and not (value.isascii() and value.isalpha() and 2 <= len(value) <= 3):
        raise click.UsageError(f"{flag} takes an ISO 639-1 code such as es, got {value!r}")
    return value.lower() if value else None


def build_scorer(options: dict[str, Any], inputs: tuple[str, ...]):
    """A FidelityScorer from the audit options, or None with --no-fidelity."""
    if not options["fidelity"]:
        if options["original"]:
            raise click.UsageError("--original needs fidelity scoring; drop --no-fidelity")
        return None
    from auditor.fidelity.scorer import FidelityConfig, FidelityScorer
    from auditor.fidelity.translator import DecodeOptions

    original = None
    if options["original"]:
        if len(inputs) != 1 or inputs[0] == "-" or Path(inputs[0]).is_dir():
            raise click.UsageError("--original compares one story with its original: "
                                   "give exactly one input file")
        from auditor.ingest.decode import decode_bytes

        try:
            original = decode_bytes(options["original"].read_bytes(), str(options["original"])).text
        except AuditorError as exc:
            raise click.UsageError(f"--original: {exc.one_line()}") from None
    backend = options["translator"]
    if options["translations"] and backend == "auto":
        backend = "precomputed"
    if backend == "precomputed" and not options["translations"]:
        raise click.UsageError("--translator precomputed needs --translations FILE")
    config = FidelityConfig(
        model_dir=options["model_dir"], backend=backend, translations=options["translations"],
        source_lang=_lang(options["source_lang"], "--source-lang"), original=original,
        original_lang=_lang(options["original_lang"], "--original-lang"),
        cache=options["mt_cache"], use_cache=not options["no_mt_cache"],
        decode=DecodeOptions(beam_size=options["beam_size"], threads=options["mt_threads"]))
    try:
        return FidelityScorer(config)
    except AuditorError as exc:
        raise click.UsageError(exc.one_line()) from None


def _fail(exc: AuditorError) -> None:
    click.echo(f"auditor: {exc.one_line()}", err=True)
    sys.exit(1)


MODEL_DIR = click.option(
    "--model-dir", type=click.Path(file_okay=False, path_type=Path),
    help="Models folder [default: $AUDITOR_MODEL_DIR or ~/.local/share/auditor/models].")


@click.group()
def models() -> None:
    """List, fetch and convert the translation models of the fidelity scorer."""


@models.command("list")
@MODEL_DIR
def models_list(model_dir: Path | None) -> None:
    """Catalogued language pairs and which are installed.

    \b
    Example:
      auditor models list
    """
    from auditor.fidelity import catalog, modeldir

    root = modeldir.resolve(model_dir)
    click.echo(f"model directory: {root}")
    found = {(m.pair, m.format): m for m in modeldir.installed(root)}
    pairs = sorted(set(catalog.catalog()) | {p for p, _ in found})
    for pair in pairs:
        entry = catalog.catalog().get(pair)
        have = [f"{fmt}{' ' + m.quantization if m.quantization else ''}"
                for (p, fmt), m in sorted(found.items()) if p == pair]
        model = entry.model if entry else next(m.model_id for (p, _), m in found.items()
                                               if p == pair)
        click.echo(f"{pair:<7} {model:<36} {entry.licence if entry else '-':<10} "
                   f"{', '.join(have) or 'not installed'}")
    click.echo(f"{len({p for p, _ in found})} of {len(pairs)} pairs installed", err=True)


@models.command("pull")
@click.argument("lang")
@MODEL_DIR
@click.option("--keep-hf", is_flag=True,
              help="Also keep the Hugging Face model (for --translator transformers).")
@click.option("--force", is_flag=True, help="Replace installed models.")
def models_pull(lang: str, model_dir: Path | None, keep_hf: bool, force: bool) -> None:
    """Download en-LANG and LANG-en and convert them to CTranslate2 int8.

    Needs a network; fails at once without one. Offline, copy a model folder
    and use `auditor models convert`.

    \b
    Example:
      auditor models pull es
    """
    from auditor.fidelity import modeldir
    from auditor.fidelity.pull import pull

    try:
        for m in pull(lang.lower(), modeldir.resolve(model_dir), keep_hf=keep_hf, force=force):
            click.echo(f"installed {m.pair} {m.model_id} ({m.quantization}) in {m.path}")
    except AuditorError as exc:
        _fail(exc)


@models.command("convert")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--pair", metavar="xx-yy", help="Direction (else from tokenizer_config.json "
              "or a folder name ending in xx-yy).")
@MODEL_DIR
@click.option("--quantization", type=click.Choice(["int8", "int8_float32", "float32"]),
              default="int8", show_default=True)
@click.option("--model-id", help="Name recorded in reports (else from the folder).")
@click.option("--source-prefix", help="Token put before every input, e.g. '>>ara<<'.")
@click.option("--force", is_flag=True, help="Replace an installed model.")
def models_convert(directory: Path, pair: str | None, model_dir: Path | None, quantization: str,
                   model_id: str | None, source_prefix: str | None, force: bool) -> None:
    """Convert a local Hugging Face (Marian) model folder to CTranslate2 and install it.

    \b
    Example:
      auditor models convert ~/Downloads/opus-mt-es-en
    """
    from auditor.fidelity import modeldir
    from auditor.fidelity.convert import convert

    try:
        m = convert(directory, modeldir.resolve(model_dir), pair, quantization=quantization,
                    model_id=model_id, source_prefix=source_prefix, force=force)
    except AuditorError as exc:
        _fail(exc)
    else:
        click.echo(f"installed {m.pair} {m.model_id} ({m.quantization}) in {m.path}")
