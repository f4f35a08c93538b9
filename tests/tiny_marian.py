"""A tiny Marian model built from scratch: random weights, small dimensions, and a
SentencePiece vocabulary trained on the seed stories, saved in Hugging Face format.

It translates nonsense, but through every real code path: the transformers
backend loads it, `auditor models convert` turns it into CTranslate2 int8, and
the ctranslate2 backend runs it. bench/ uses the same builder at opus-mt-base shape.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Shape:
    d_model: int = 32
    layers: int = 1
    heads: int = 2
    ffn: int = 64
    vocab_pieces: int = 300       # SentencePiece pieces trained on the corpus
    vocab_size: int = 0           # pad the model vocabulary to this many entries (0: no pad)
    max_positions: int = 512


TINY = Shape()
OPUS_MT_BASE = Shape(d_model=512, layers=6, heads=8, ffn=2048, vocab_pieces=2000,
                     vocab_size=58101, max_positions=512)


def corpus_text() -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))


def _train_spm(text: str, prefix: Path, pieces: int) -> Path:
    import sentencepiece as spm

    corpus = prefix.with_suffix(".txt")
    corpus.write_text(text, "utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), vocab_size=pieces, model_type="unigram",
        character_coverage=1.0, unk_id=0, eos_id=1, bos_id=-1, pad_id=-1, num_threads=1,
        hard_vocab_limit=False, minloglevel=2)
    return prefix.with_suffix(".model")


def _vocab(spm_file: Path, size: int) -> dict[str, int]:
    """Marian's layout: </s> 0, <unk> 1, the pieces, filler up to ``size``, <pad> last."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(spm_file))
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    while size and len(vocab) < size - 1:
        vocab[f"<filler{len(vocab)}>"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    return vocab


def build(out: Path, src: str = "en", tgt: str = "es", shape: Shape = TINY, seed: int = 0) -> Path:
    """Write a random-weight Marian model for ``src``->``tgt`` into ``out`` (HF format)."""
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        spm_file = _train_spm(corpus_text(), Path(tmp) / "spm", shape.vocab_pieces)
        for name in ("source.spm", "target.spm"):
            shutil.copy(spm_file, out / name)
    vocab = _vocab(out / "source.spm", shape.vocab_size)
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), "utf-8")
    size = len(vocab)
    config = MarianConfig(
        vocab_size=size, decoder_vocab_size=size, d_model=shape.d_model,
        encoder_layers=shape.layers, decoder_layers=shape.layers,
        encoder_attention_heads=shape.heads, decoder_attention_heads=shape.heads,
        encoder_ffn_dim=shape.ffn, decoder_ffn_dim=shape.ffn,
        max_position_embeddings=shape.max_positions, pad_token_id=size - 1, eos_token_id=0,
        decoder_start_token_id=size - 1, forced_eos_token_id=0, max_length=shape.max_positions,
        num_beams=1, share_encoder_decoder_embeddings=True)
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    fillers = [i for tok, i in vocab.items() if tok.startswith("<filler")]
    if fillers:   # never emit filler: outputs stay real text; the output layer costs the same
        model.final_logits_bias[0, fillers] = -1e4
    model.save_pretrained(out)
    MarianTokenizer(str(out / "source.spm"), str(out / "target.spm"), str(out / "vocab.json"),
                    source_lang=src, target_lang=tgt).save_pretrained(out)
    return out


def build_pair(model_dir: Path, lang: str = "es", shape: Shape = TINY) -> list[Path]:
    """Both directions en-LANG and LANG-en as HF folders in ``model_dir``'s layout."""
    first = build(model_dir / f"en-{lang}" / "hf", "en", lang, shape)
    second = model_dir / f"{lang}-en" / "hf"
    shutil.copytree(first, second, dirs_exist_ok=True)
    config = json.loads((second / "tokenizer_config.json").read_text("utf-8"))
    config |= {"source_lang": lang, "target_lang": "en"}
    (second / "tokenizer_config.json").write_text(json.dumps(config), "utf-8")
    return [first, second]


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "tiny-models")
    print("\n".join(str(p) for p in build_pair(target)))
