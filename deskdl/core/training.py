"""Training and data settings of a project, with defaults and plain-words checks.

These are plain data: the Keras side (``deskdl.ml``) turns them into an
optimizer, callbacks and a ``fit`` call; the GUI edits them; the project file
stores them. Unknown keys are kept so newer files survive a round trip.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping
from typing import Any

from deskdl.core.i18n import translator

_ = translator("core.training")

OPTIMIZERS: dict[str, dict[str, Any]] = {
    # name -> extra arguments (besides learning_rate) with their defaults
    "SGD": {"momentum": 0.0, "nesterov": False},
    "Adagrad": {},
    "RMSprop": {"rho": 0.9, "momentum": 0.0},
    "Adam": {"beta_1": 0.9, "beta_2": 0.999},
    "AdamW": {"beta_1": 0.9, "beta_2": 0.999, "weight_decay": 0.004},
    "Adadelta": {"rho": 0.95},
}
DEFAULT_LEARNING_RATES = {
    "SGD": 0.01, "Adagrad": 0.01, "RMSprop": 0.001, "Adam": 0.001, "AdamW": 0.001, "Adadelta": 1.0,
}
LOSSES = (
    "sparse_categorical_crossentropy",
    "categorical_crossentropy",
    "binary_crossentropy",
    "mean_squared_error",
    "mean_absolute_error",
    "huber",
)
METRICS = ("accuracy", "mae", "mse")
SCHEDULES = ("constant", "exponential_decay", "cosine_decay", "step_decay")

DEFAULT_TRAINING: dict[str, Any] = {
    "optimizer": {"type": "Adam", "learning_rate": 0.01},
    "schedule": {"type": "constant"},
    "loss": "sparse_categorical_crossentropy",
    "metrics": ["accuracy"],
    "batch_size": 32,
    "epochs": 20,
    "validation_split": 0.2,
    "seed": 0,
    "clipnorm": None,
    "clipvalue": None,
    "early_stopping": {"enabled": False, "monitor": "val_loss", "patience": 5,
                       "restore_best_weights": True},
}

DEFAULT_DATA: dict[str, Any] = {"dataset": "spiral", "params": {}}


def merge_defaults(defaults: Mapping[str, Any], given: Mapping[str, Any] | None) -> dict[str, Any]:
    """Deep-merge ``given`` over ``defaults``; keys only in ``given`` are kept as they are."""
    out = copy.deepcopy(dict(defaults))
    for key, value in (given or {}).items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge_defaults(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def training_with_defaults(given: Mapping[str, Any] | None) -> dict[str, Any]:
    """A complete training dict: the project's choices over :data:`DEFAULT_TRAINING`."""
    out = merge_defaults(DEFAULT_TRAINING, given)
    opt = out["optimizer"]
    if given and "optimizer" in given and "learning_rate" not in given["optimizer"]:
        opt["learning_rate"] = DEFAULT_LEARNING_RATES.get(opt.get("type"), 0.001)
    return out


def check_training(cfg: Mapping[str, Any]) -> list[str]:
    """Plain-words problems with a training dict (empty when it is usable)."""
    problems: list[str] = []
    opt = cfg.get("optimizer", {})
    if not isinstance(opt, Mapping) or opt.get("type") not in OPTIMIZERS:
        problems.append(
            _("training.optimizer.type must be one of {names}, not {value!r}").format(
                names=", ".join(OPTIMIZERS), value=opt.get("type"))
            if isinstance(opt, Mapping) else _("training.optimizer must be an object with a 'type'")
        )
    else:
        lr = opt.get("learning_rate")
        if not _is_number(lr) or not math.isfinite(lr) or lr <= 0:
            problems.append(_("the learning rate must be a number above 0 (try 0.001), not {value}").format(
                value=_show(lr)))
        for key in opt:
            if key not in ("type", "learning_rate") and key not in OPTIMIZERS[opt["type"]]:
                problems.append(_("the {optimizer} optimizer has no setting {key!r}").format(
                    optimizer=opt["type"], key=key))
    if cfg.get("loss") not in LOSSES:
        problems.append(_("training.loss must be one of {names}, not {value!r}").format(
            names=", ".join(LOSSES), value=cfg.get("loss")))
    metrics = cfg.get("metrics", [])
    if not isinstance(metrics, list) or any(m not in METRICS for m in metrics):
        problems.append(_("training.metrics may contain {names}").format(names=", ".join(METRICS)))
    for key, low in (("batch_size", 1), ("epochs", 1)):
        v = cfg.get(key)
        if isinstance(v, bool) or not isinstance(v, int) or v < low:
            problems.append(_("training.{key} must be a whole number of at least {low}, not {value!r}")
                            .format(key=key, low=low, value=v))
    vs = cfg.get("validation_split")
    if not _is_number(vs) or not 0 <= vs < 1:
        problems.append(_("training.validation_split must be between 0 and 1 (e.g. 0.2), not {value!r}")
                        .format(value=vs))
    for key in ("clipnorm", "clipvalue"):
        v = cfg.get(key)
        if v is not None and (not _is_number(v) or v <= 0):
            problems.append(_("training.{key} must be empty or a number above 0, not {value!r}").format(
                key=key, value=v))
    sched = cfg.get("schedule", {})
    if not isinstance(sched, Mapping) or sched.get("type") not in SCHEDULES:
        problems.append(_("training.schedule.type must be one of {names}").format(names=", ".join(SCHEDULES)))
    es = cfg.get("early_stopping", {})
    if not isinstance(es, Mapping):
        problems.append(_("training.early_stopping must be an object"))
    elif es.get("enabled"):
        p = es.get("patience")
        if isinstance(p, bool) or not isinstance(p, int) or p < 0:
            problems.append(_("early stopping patience must be a whole number of epochs (e.g. 5)"))
    seed = cfg.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)
                             or not 0 <= seed <= MAX_SEED):
        problems.append(_("the seed must be a whole number from 0 to {max} (e.g. 0), or empty for a "
                          "different shuffle each run, not {value}").format(max=MAX_SEED, value=_show(seed)))
    return problems


#: The largest seed NumPy's and Keras's random generators accept (``keras.utils.set_random_seed``).
MAX_SEED = 2**32 - 1


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _show(v: Any) -> str:
    """A value as the learner would type it (``nan``, ``inf``, ``-3``), not as Python's repr."""
    if isinstance(v, float) and not math.isfinite(v):
        return _("NaN (not a number)") if math.isnan(v) else (_("infinity") if v > 0 else _("minus infinity"))
    return repr(v)
