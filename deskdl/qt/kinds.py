"""The one table from a project's kind to its views (DESIGN.md §3b).

Panels ask :func:`views_for` what to show instead of guessing the kind from
data-set ids, ``data.target`` or array shapes. Adding a kind = a kind entry in
:mod:`deskdl.core.kinds`, a trainer, an entry here and the view classes it names.

Extra live views on the Train tab are named as lazy ``"module:Class"``
strings (so Start-up does not import them); each is a :class:`KindView`: the
Train tab builds it when a project of that kind opens, shows it in the right
column, and hands it the run's typed events (:mod:`deskdl.core.events`) on the
GUI thread: ``on_run_started``, ``on_scalars``, ``on_picture`` (the newest
picture of each name, taken from the worker's latest-only mailbox),
``on_run_ended``; ``reset()`` when another project opens or a new run starts.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from deskdl.core import events as ev
from deskdl.core.kinds import kind_of

log = logging.getLogger(__name__)

#: What the Evaluate tab shows (``KindViews.evaluate``).
EVAL_PREDICTIONS = "predictions"  # scores, confusion matrix, answers per test example; draw to classify
EVAL_RECONSTRUCTION = "reconstruction"  # inputs beside their rebuilt versions; draw to see it rebuilt
EVAL_LATENT = "latent_explorer"  # the code plane, decodes, sliders, walks (VAE)
EVAL_SAMPLES = "samples"  # generated samples (GAN)
EVAL_DEBIAS = "debias"  # a debiasing run's comparison: accuracy per subgroup, the weights
EVAL_SEQUENCE = "sequence"  # test loss and samples, or answers per position and attention (issue 13)


@dataclass(frozen=True)
class KindViews:
    """What Train, Evaluate and Inspect show for one kind.

    Attributes:
        train: extra live views of the Train tab, as ``"module:Class"`` of :class:`KindView`
            subclasses (the curves and the run list are always there).
        decision_boundary: whether the Train tab's 2-D decision boundary can apply (on 2-D data).
        evaluate: what the Evaluate tab shows (``EVAL_*``).
        rebuilds: the model's output is a rebuilt input (Evaluate's drawing pad shows the rebuild,
            scores are errors, not accuracies).
        inspect_roles: the roles whose layers the Inspect tab offers.
        curves: the Train tab's plots before any run, in order (a GAN has no ``loss``: its losses
            are ``d_loss`` and ``g_loss``); a run adds plots for the other values it reports.
        own_curves: values the kind's live view plots itself (an agent's return, with its average
            and the "solved" line), so the Train tab's curves leave them out.
        wide: the live view needs more room than the right column's usual share (a square 2-D
            plane of at least ~300 px, a panel of controls).
        attacks: Evaluate offers the Adversarial page (the fast gradient sign attack) when the
            model classifies pictures.
    """

    train: tuple[str, ...] = ()
    decision_boundary: bool = True
    evaluate: str = EVAL_PREDICTIONS
    rebuilds: bool = False
    inspect_roles: tuple[str, ...] = ("model",)
    curves: tuple[str, ...] = ("loss", "lr")
    own_curves: tuple[str, ...] = ()
    wide: bool = False
    attacks: bool = False  # issue 15 (A1)


#: kind id -> its views. G1 (VAE) and G2 (GAN) own their entries.
VIEWS: dict[str, KindViews] = {
    "supervised": KindViews(attacks=True),
    "autoencoder": KindViews(decision_boundary=False, evaluate=EVAL_RECONSTRUCTION, rebuilds=True),
    "vae": KindViews(train=("deskdl.qt.train.vae_view:VaeTrainView",), decision_boundary=False,
                     evaluate=EVAL_LATENT, rebuilds=True),
    "gan": KindViews(train=("deskdl.qt.train.gan_view:GanTrainView",), decision_boundary=False,
                     evaluate=EVAL_SAMPLES, inspect_roles=("generator", "discriminator"),
                     curves=("d_loss", "g_loss", "d_real", "d_fake"), wide=True),
    "sequence_generation": KindViews(train=("deskdl.qt.seq.train_view:SeqTrainView",),
                                     decision_boundary=False, evaluate=EVAL_SEQUENCE, wide=True),
    "sequence_to_sequence": KindViews(train=("deskdl.qt.seq.attention_view:AttentionTrainView",),
                                      decision_boundary=False, evaluate=EVAL_SEQUENCE, wide=True),
    "debias": KindViews(train=("deskdl.qt.train.debias_view:DebiasTrainView",),  # issue 11 (debiasing)
                        decision_boundary=False, evaluate=EVAL_DEBIAS),
    "attention_classifier": KindViews(train=("deskdl.qt.seq.attention_view:AttentionTrainView",),  # issue 13
                                      decision_boundary=False),
    # issue 12: the agent's view plots the return with its average of 100 and the solved line
    "dqn": KindViews(train=("deskdl.qt.rl.view:RlTrainView",), decision_boundary=False,
                     curves=("length", "epsilon", "loss", "buffer_fill"),
                     own_curves=("return", "average_100"), wide=True),
    "policy_gradient": KindViews(train=("deskdl.qt.rl.view:RlTrainView",), decision_boundary=False,
                                 curves=("length", "loss", "entropy"), own_curves=("return", "average_100"),
                                 wide=True),
}


def views_for(project: Any) -> KindViews:
    """The views of a project's kind (a project, a project document, or a run result with ``kind``/``data``).

    A kind without an entry gets the supervised views (curves and run list, which every kind has).
    """
    if isinstance(project, Mapping):
        project = {"kind": project.get("kind") or project.get("kind_id"), "data": project.get("data")}
    return VIEWS.get(kind_of(project).id, VIEWS["supervised"])


def uses_loss(project: Any) -> bool:
    """Whether the kind trains with ``training.loss`` (False for a GAN; True if the kind is unknown)."""
    try:
        return kind_of(project).uses_loss
    except Exception:  # noqa: BLE001 - an unknown kind: show everything
        return True


class KindView(QWidget):
    """Base of a kind's extra Train view: every hook does nothing until a subclass says otherwise.

    Hooks run on the GUI thread with the current run's events only (the Train tab
    filters out those of other runs).
    """

    def on_run_started(self, event: ev.RunStarted) -> None:
        """A run of this project began."""

    def on_scalars(self, event: ev.Scalars) -> None:
        """Numbers of the running run (batch running means or epoch values)."""

    def on_picture(self, picture: ev.Picture) -> None:
        """The newest picture of one name (older ones were dropped on the way)."""

    def on_run_ended(self, event: ev.RunEnded) -> None:
        """The run is over (``event.models_by_role`` holds ModelRefs)."""

    def reset(self) -> None:
        """Forget what is shown (another project, or a new run)."""

    def scrub_epochs(self) -> list[float]:
        """The epochs this view kept a picture of, ascending (the Train tab's scrub slider offers them)."""
        return []

    def scrub_to(self, epoch: float | None) -> None:
        """Show the picture of ``epoch`` (the last kept at or before it); ``None``: follow the run again."""


def make_views(paths: tuple[str, ...], parent: QWidget | None = None) -> list[KindView]:
    """Build the views named ``"module:Class"``; one that cannot be built is logged and left out."""
    out = []
    for path in paths:
        module_name, _, attr = path.partition(":")
        try:
            cls = getattr(importlib.import_module(module_name), attr)
            out.append(cls(parent))
        except Exception:  # noqa: BLE001 - a broken view must not take the Train tab down
            log.exception("cannot build the view %s", path)
    return out


__all__ = ["EVAL_LATENT", "EVAL_PREDICTIONS", "EVAL_RECONSTRUCTION", "EVAL_SAMPLES", "EVAL_SEQUENCE",
           "KindView", "KindViews", "VIEWS", "make_views", "uses_loss", "views_for"]
