"""Tiny real Argos packages for tests and the benchmark, built without torch.

A sentencepiece model is trained on a little French text, and a CTranslate2 Transformer is
written with numpy through `ctranslate2.specs` so that it COPIES its input:

- embeddings are [token part | position part]: a random unit vector per token, and a
  (centred, normalised) sinusoidal code per position, so LayerNorm only rescales them;
- every encoder and decoder sub-layer is a no-op (zero output projection), except the
  first decoder layer's cross-attention: its query and key read only the position part,
  sharply scaled, so decoding step t attends to source position t, and its value carries
  the token part;
- decoder token embeddings are zero; the output projection row of each token is its token
  vector, so the step emits the attended source token. Swapping two rows turns one word
  into another: the proof that text really went through the model.
- `add_source_eos`: the source ends with </s>, which the copy emits to stop decoding.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Enough French for a vocabulary with whole words for the names used in tests.
CORPUS = """\
Mistral AI publie un nouveau modèle de langage.
Le Chat de Mistral est un assistant conversationnel.
OpenAI et Anthropic annoncent des modèles plus rapides.
Apple et Meta explorent désormais des voies de collaboration.
Le chat dort sur le canapé pendant que le chien joue dans le jardin.
Google présente Gemini, un modèle multimodal, et Microsoft investit dans OpenAI.
La version 2.5 arrive en 2024 ; elle coûte 3,5 millions d'euros.
M. Dupont et Mme Durand parlent de l'intelligence artificielle.
Les entreprises cherchent à diversifier leurs sources en matière de modèles d'IA.
Il a dit « Bonjour. » Puis il est parti… Vraiment ?! Oui.
Nvidia vend des processeurs graphiques aux centres de données du monde entier.
Le gouvernement français soutient la recherche et les jeunes pousses du secteur.
Les utilisateurs choisissent le modèle le plus adapté à leurs besoins.
"""

SPECIAL = ("<unk>", "<s>", "</s>")
# The swap model turns each of these pieces into the other: the proof text went through it.
SWAP = ("▁Meta", "▁chat")


@dataclass(frozen=True)
class ModelShape:
    """Transformer shape: the test model is small, the benchmark one has a real model's size."""

    layers: int = 1
    d_model: int = 128
    heads: int = 4
    ffn: int = 128
    position_dims: int = 32
    max_positions: int = 512


TEST_SHAPE = ModelShape()
REAL_SHAPE = ModelShape(layers=6, d_model=512, heads=8, ffn=2048, position_dims=64)


def training_text() -> str:
    """The corpus (weighted) and the bundled articles: whole-word pieces for names and words."""
    from reader.paths import seeds_dir

    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.md")))
    return CORPUS * 3 + seeds


def train_sentencepiece(
    dest: Path, corpus: str | None = None, vocab_size: int = 1500,
    user_symbols: Sequence[str] = (),
) -> Path:
    """Train a unigram model; identity normalisation so copying gives back the exact text.

    `user_symbols` become whole pieces (a hostile vocabulary: an escape sequence).
    """
    import sentencepiece as spm

    corpus = corpus if corpus is not None else training_text()
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(line for line in corpus.splitlines() if line.strip()),
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        byte_fallback=True,
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        split_digits=False,
        hard_vocab_limit=False,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        num_threads=1,
        minloglevel=2,
        user_defined_symbols=list(user_symbols),
    )
    dest.write_bytes(model.getvalue())
    return dest


def vocabulary(sp_model: Path) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_file=str(sp_model))
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    assert tuple(pieces[:3]) == SPECIAL, pieces[:3]
    return pieces


def _unit_rows(rows: int, dims: int, rng: np.random.Generator) -> np.ndarray:
    matrix = rng.standard_normal((rows, dims))
    matrix -= matrix.mean(axis=1, keepdims=True)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def _position_codes(positions: int, dims: int, base: float = 10.0) -> np.ndarray:
    # A small base keeps neighbouring codes apart (cosine <= 0.9 over 512 positions).
    t = np.arange(positions)[:, None]
    freqs = 1.0 / base ** (np.arange(dims // 2) * 2 / dims)
    codes = np.zeros((positions, dims))
    codes[:, 0::2] = np.sin(t * freqs)
    codes[:, 1::2] = np.cos(t * freqs)
    codes -= codes.mean(axis=1, keepdims=True)
    return codes / np.linalg.norm(codes, axis=1, keepdims=True)


def build_copy_model(
    model_dir: Path,
    vocab: Sequence[str],
    shape: ModelShape = TEST_SHAPE,
    swap: tuple[str, str] | None = None,
    seed: int = 7,
    quantization: str | None = None,
) -> Path:
    """Write a CTranslate2 model that copies its input (with `swap`'s two pieces exchanged).

    `quantization="int8"` saves it as Argos packages ship their models.
    """
    from ctranslate2.specs import transformer_spec

    d, dp = shape.d_model, shape.position_dims
    dt = d - dp
    head_dim = d // shape.heads
    assert dp <= head_dim, "each head reads the whole position code"
    f32 = np.float32
    rng = np.random.default_rng(seed)
    tokens = _unit_rows(len(vocab), dt, rng)
    codes = _position_codes(shape.max_positions, dp)

    spec = transformer_spec.TransformerSpec.from_config(
        (shape.layers, shape.layers), shape.heads, pre_norm=True
    )

    def norm(layer_norm) -> None:
        layer_norm.gamma = np.ones(d, f32)
        layer_norm.beta = np.zeros(d, f32)

    def linear(spec_linear, weight: np.ndarray) -> None:
        spec_linear.weight = weight.astype(f32)
        spec_linear.bias = np.zeros(weight.shape[0], f32)

    def noop_self_attention(attention) -> None:
        norm(attention.layer_norm)
        linear(attention.linear[0], rng.standard_normal((3 * d, d)) * 0.02)
        linear(attention.linear[1], np.zeros((d, d)))

    def noop_ffn(ffn) -> None:
        norm(ffn.layer_norm)
        linear(ffn.linear_0, rng.standard_normal((shape.ffn, d)) * 0.02)
        linear(ffn.linear_1, np.zeros((d, shape.ffn)))

    positions = np.zeros((shape.max_positions, d), f32)
    positions[:, dt:] = codes

    encoder = spec.encoder
    embedding = np.zeros((len(vocab), d), f32)
    embedding[:, :dt] = tokens
    encoder.embeddings[0].weight = embedding
    encoder.scale_embeddings = False
    encoder.position_encodings.encodings = positions
    for layer in encoder.layer:
        noop_self_attention(layer.self_attention)
        noop_ffn(layer.ffn)
    norm(encoder.layer_norm)

    decoder = spec.decoder
    decoder.embeddings.weight = np.zeros((len(vocab), d), f32)
    decoder.scale_embeddings = False
    decoder.position_encodings.encodings = positions
    # After LayerNorm the decoder input (position code only) has norm sqrt(d) and each part
    # of the encoder output [unit token | unit position] norm sqrt(d / 2): this query scale
    # makes the attention logit 600 x cos(code_t, code_s), a gap of >= 60 to any other position.
    query_scale = 600.0 * np.sqrt(2 * head_dim) / d
    query = np.zeros((d, d))
    key = np.zeros((d, d))
    for h in range(shape.heads):
        rows = slice(h * head_dim, h * head_dim + dp)
        query[rows, dt:] = np.eye(dp) * query_scale
        key[rows, dt:] = np.eye(dp)
    value = np.zeros((d, d))
    value[:dt, :dt] = np.eye(dt)
    output = np.zeros((d, d))
    output[:dt, :dt] = np.eye(dt)
    for number, layer in enumerate(decoder.layer):
        noop_self_attention(layer.self_attention)
        noop_ffn(layer.ffn)
        cross = layer.attention
        norm(cross.layer_norm)
        if number == 0:
            linear(cross.linear[0], query)
            linear(cross.linear[1], np.concatenate([key, value]))
            linear(cross.linear[2], output)
        else:
            linear(cross.linear[0], rng.standard_normal((d, d)) * 0.02)
            linear(cross.linear[1], rng.standard_normal((2 * d, d)) * 0.02)
            linear(cross.linear[2], np.zeros((d, d)))
    norm(decoder.layer_norm)
    projection = np.zeros((len(vocab), d))
    # The final LayerNorm leaves the token part with norm ~sqrt(d): logits 30 x cosine.
    projection[:, :dt] = tokens * 30.0 / np.sqrt(d)
    if swap is not None:
        a, b = (list(vocab).index(piece) for piece in swap)
        projection[[a, b]] = projection[[b, a]]
    linear(decoder.projection, projection)

    spec.config.add_source_eos = True
    spec.register_source_vocabulary(list(vocab))
    spec.register_target_vocabulary(list(vocab))
    spec.validate()
    spec.optimize(quantization=quantization)
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))
    return model_dir


def fr_en_metadata(version: str, links: list[str] | None = None) -> dict:
    """An Argos fr→en package's metadata, as in metadata.json and in the package index."""
    return {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": "fr",
        "from_name": "French",
        "to_code": "en",
        "to_name": "English",
        "type": "translate",
        "links": links or [],
    }


def build_package(
    dest: Path,
    *,
    version: str = "1.0",
    name: str | None = None,
    shape: ModelShape = TEST_SHAPE,
    swap: tuple[str, str] | None = None,
    sp_model: Path | None = None,
    metadata: dict | None = None,
) -> Path:
    """Write `dest` (an .argosmodel zip: one folder with metadata.json, model/, tokenizer)."""
    work = dest.parent / (dest.stem + ".build")
    folder = work / (name or f"translate-fr_en-{version.replace('.', '_')}")
    (folder / "model").mkdir(parents=True)
    tokenizer = folder / "sentencepiece.model"
    if sp_model is None:
        train_sentencepiece(tokenizer)
    else:
        tokenizer.write_bytes(sp_model.read_bytes())
    build_copy_model(folder / "model", vocabulary(tokenizer), shape=shape, swap=swap)
    meta = fr_en_metadata(version)
    meta.update(metadata or {})
    (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    zip_folder(folder, dest)
    return dest


def zip_folder(folder: Path, dest: Path, extra: Iterable[tuple[str, bytes]] = ()) -> Path:
    """Zip `folder` under its own name (the one top folder an Argos package has)."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_STORED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
        for member, data in extra:
            archive.writestr(member, data)
    return dest
