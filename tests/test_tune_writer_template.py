"""The 'Tune writer' template: the settings bench_seq measured (issue 13's targets), consistent and described.

The figures behind these settings (50 tunes at temperature 0.8 after at most 3 minutes of training:
>= 90 % parse, >= 80 % of bars fit the metre, in every run) are in the commits that set them; a
change here needs new runs of ``bench/bench_seq.py --cpu-budget --seed N --skip-speed --skip-reverse``.
"""

from __future__ import annotations

import json

from deskdl.core.abc_corpus import corpus
from deskdl.core.project import Project
from deskdl.paths import resource


def _template() -> Project:
    return Project.load(resource("templates", "char_abc_tunes.deskdl"))


def test_the_measured_settings():
    p = _template()
    params = p.data["params"]
    assert p.data["dataset"] == "abc_tunes"
    assert (params["tunes"], params["seq_len"], params["step"]) == (3000, 40, 3)
    assert p.graph.nodes["gru"].type == "GRU" and p.graph.nodes["gru"].params["units"] == 96
    assert p.training["optimizer"] == {"type": "Adam", "learning_rate": 0.01}
    assert p.training["batch_size"] == 512
    assert p.training["schedule"] == {"type": "exponential_decay", "every_epochs": 1, "decay_rate": 0.75}


def test_the_model_reads_the_datas_windows_and_gives_every_character():
    p = _template()
    seq_len = p.data["params"]["seq_len"]
    assert p.graph.nodes["chars"].params["shape"] == [seq_len]
    chars = len(set(corpus(p.data["params"]["tunes"], p.data["params"].get("seed", 0))))
    assert p.graph.nodes["next_char"].params["units"] == chars
    assert p.graph.nodes["embedding"].params["input_dim"] >= chars


def test_both_descriptions_state_the_windows_and_the_schedule():
    p = _template()
    seq_len = p.data["params"]["seq_len"]
    rate = p.training["schedule"]["decay_rate"]
    vi = json.loads(resource("templates", "texts.vi.json").read_text(encoding="utf-8"))["char_abc_tunes"]
    assert f"windows of {seq_len} characters" in p.description
    assert f"cửa sổ {seq_len} ký tự" in vi["description"]
    assert f"{rate:g} times its value over every epoch" in p.description
    assert f"còn {rate:g}".replace(".", ",") + " lần" in vi["description"]
    assert f"each of the {p.graph.nodes['next_char'].params['units']} characters" in p.description
