"""Small model folders written on the spot: a tiny random BERT with its own WordPiece tokenizer, and
ways to damage one, so that loading can be tested without the real model."""

import json
from pathlib import Path

import numpy as np
from safetensors.numpy import save_file
from tokenizers.implementations import BertWordPieceTokenizer

VOCAB = (
    "[PAD]",
    "[UNK]",
    "[CLS]",
    "[SEP]",
    "[MASK]",
    "i",
    "love",
    "learning",
    "token",
    "##ization",
    "我",
    "学",
)
TINY = {
    "model_type": "bert",
    "architectures": ["BertModel"],
    "hidden_size": 12,
    "num_attention_heads": 3,
    "num_hidden_layers": 2,
    "intermediate_size": 20,
    "vocab_size": len(VOCAB),
    "max_position_embeddings": 16,
    "type_vocab_size": 2,
    "layer_norm_eps": 1e-12,
    "hidden_act": "gelu",
    "position_embedding_type": "absolute",
    "pad_token_id": 0,
}


def tiny_tensors(config: dict, seed: int = 0) -> dict[str, np.ndarray]:
    """Random float32 weights under transformers' names, with position_ids and a pooler like MiniLM."""
    rng = np.random.default_rng(seed)
    d, d_ff = config["hidden_size"], config["intermediate_size"]

    def random(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.5).astype(np.float32)

    tensors = {
        "embeddings.word_embeddings.weight": random(config["vocab_size"], d),
        "embeddings.position_embeddings.weight": random(config["max_position_embeddings"], d),
        "embeddings.token_type_embeddings.weight": random(config["type_vocab_size"], d),
        "embeddings.LayerNorm.weight": 1 + random(d),
        "embeddings.LayerNorm.bias": random(d),
        "embeddings.position_ids": np.arange(config["max_position_embeddings"], dtype=np.int64)[None],
        "pooler.dense.weight": random(d, d),
        "pooler.dense.bias": random(d),
    }
    for layer in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{layer}."
        for name in ("query", "key", "value"):
            tensors[f"{p}attention.self.{name}.weight"] = random(d, d)
            tensors[f"{p}attention.self.{name}.bias"] = random(d)
        tensors[f"{p}attention.output.dense.weight"] = random(d, d)
        tensors[f"{p}intermediate.dense.weight"] = random(d_ff, d)
        tensors[f"{p}intermediate.dense.bias"] = random(d_ff)
        tensors[f"{p}output.dense.weight"] = random(d, d_ff)
        for norm in ("attention.output", "output"):
            tensors[f"{p}{norm}.LayerNorm.weight"] = 1 + random(d)
            tensors[f"{p}{norm}.LayerNorm.bias"] = random(d)
        tensors[f"{p}attention.output.dense.bias"] = random(d)
        tensors[f"{p}output.dense.bias"] = random(d)
    return tensors


def write_tiny_bert(folder: Path, config: dict | None = None, tensors: dict | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    config = TINY if config is None else config
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    save_file(tiny_tensors(config) if tensors is None else tensors, str(folder / "model.safetensors"))
    BertWordPieceTokenizer({piece: i for i, piece in enumerate(VOCAB)}, lowercase=True).save(
        str(folder / "tokenizer.json")
    )
    return folder
