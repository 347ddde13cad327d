"""The Train tab's "Doctor" box: the training doctor's findings, live and after a run, each with Apply.

The reading itself is :mod:`deskdl.core.doctor` (pure); this box only lays the findings
out and, on Apply, makes the finding's changes to the project and says what changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from deskdl.core import doctor
from deskdl.core.i18n import N_, translator

_ = translator("qt.train.doctor_view")

TITLE = N_("<b>Doctor</b>")
WAITING = N_("The doctor reads the curves once a run has a few epochs.")
HEALTHY = N_("No problems seen in {what}.")
APPLY = N_("Apply")
APPLIED = N_("Applied: {what}. Start a new run to see the effect.")
OTHER_KIND = N_("The doctor reads the curves of models trained by fit; "
                "a {kind} run's curves mean other things.")
#: Project kinds whose curves are a fit's loss and validation loss (what the doctor knows how to read).
READ_KINDS = ("supervised", "autoencoder", "vae")
_FINDING_STYLE = ("QFrame#finding { background: #fff8e1; border: 1px solid #f0d58c; border-radius: 4px; }")


def _kind_id(project: Any) -> str:
    if project is None:
        return "supervised"
    from deskdl.core.kinds import kind_of

    try:
        return kind_of(project).id
    except Exception:  # noqa: BLE001 - an unknown kind: say nothing rather than fail
        return str(getattr(project, "kind", "") or "unknown")


class FindingRow(QFrame):
    """One finding: its words and an Apply button (hidden when it has no one-click remedy)."""

    def __init__(self, finding: doctor.Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("finding")
        self.setStyleSheet(_FINDING_STYLE)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        box.addWidget(self.label)
        self.apply_button = QPushButton(_(APPLY))
        box.addWidget(self.apply_button)
        self.set_finding(finding)

    def set_finding(self, finding: doctor.Finding) -> None:
        """Show ``finding`` (the same finding with newer figures keeps its row and button)."""
        self.finding = finding
        where = []
        if finding.epochs:
            a, b = finding.epochs
            where.append(_("epoch {a}").format(a=a) if a == b else _("epochs {a}–{b}").format(a=a, b=b))
        if finding.layer:
            where.append(_("layer {name}").format(name=finding.layer))
        head = f"<b>{finding.title}</b>" + (f" ({', '.join(where)})" if where else "")
        self.label.setText(f"{head}<br>{finding.evidence}<br>"
                           + _("<i>Remedy:</i> {remedy}").format(remedy=finding.remedy))
        self.label.setToolTip(
            _("Also possible: {others}").format(others=finding.others) if finding.others else "")
        self.apply_button.setToolTip("; ".join(c.describe() for c in finding.changes))
        self.apply_button.setVisible(bool(finding.changes))


class DoctorBox(QWidget):
    """Findings for the current run (live, per epoch) or the run just ended.

    Signals:
        applied(list): a finding's changes were made to the project (their words).
    """

    applied = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Any = None
        self.findings: list[doctor.Finding] = []
        self.rows: list[FindingRow] = []
        self._activations: Mapping[str, Any] | None = None
        self._gradients: Mapping[str, float] | None = None
        self._class_counts: list[int] | None = None
        self._seen: tuple = ()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(QLabel(_(TITLE)))
        self.status = QLabel(_(WAITING))
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")
        box.addWidget(self.status)
        inner = QWidget()
        self._list = QVBoxLayout(inner)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(inner)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        box.addWidget(self.scroll, 1)

    # ------------------------------------------------------------------ input
    def clear(self) -> None:
        """Forget the findings (another project, a new run)."""
        self._activations = None
        self._gradients = None
        self._class_counts = None
        self._show([], _(WAITING))

    def set_activations(self, activations: Mapping[str, Any] | None) -> None:
        """The Inspect snapshot's per-layer statistics (dead ReLU counts) of the current run."""
        self._activations = dict(activations) if activations else None

    def set_gradient_norms(self, norms: Mapping[str, float] | None) -> None:
        """The newest per-layer gradient norms of the current run (input side first)."""
        self._gradients = dict(norms) if norms else None

    def set_class_counts(self, counts: Sequence[int] | None) -> None:
        """Examples per class of the data the run's accuracy is measured on (for the majority check)."""
        self._class_counts = [int(c) for c in counts] if counts else None

    def evidence(self) -> dict[str, Any]:
        """The current run's figures besides the curves (dead ReLUs, gradient norms), kept with its record."""
        from deskdl.core.lessons.checks import run_evidence

        return run_evidence(self._activations, self._gradients, self._class_counts)

    def read(self, history: Mapping[str, Sequence[Any]], project: Any,
             training: Mapping[str, Any] | None = None,
             what: str | None = None) -> list[doctor.Finding]:
        """Diagnose ``history`` of a run of ``project`` (``training``: the settings it ran with)."""
        self.project = project
        what = what or _("the curves so far")
        kind = _kind_id(project)
        if kind not in READ_KINDS:  # a GAN's or an agent's losses do not read like a fit's
            self._show([], _(OTHER_KIND).format(kind=kind))
            return []
        graph = project.graph.to_dict() if project is not None else None
        if training is None:
            training = project.training if project is not None else {}
        ev = doctor.Evidence(training=training, graph=graph, activations=self._activations,
                             gradient_norms=self._gradients, class_counts=self._class_counts)
        found = doctor.diagnose(history, ev)
        epochs = max((len(v) for v in history.values()), default=0)
        if epochs < doctor.MIN_EPOCHS and not found:
            self._show([], _(WAITING))
        else:
            self._show(found, _(HEALTHY).format(what=what))
        return found

    def read_record(self, record: Mapping[str, Any], project: Any) -> list[doctor.Finding]:
        """Diagnose a finished run's record."""
        return self.read(record.get("history") or {}, project, record.get("settings") or None,
                         what=_("run {id}").format(id=record.get("id", "")).strip())

    # ------------------------------------------------------------------ view
    def _show(self, findings: list[doctor.Finding], healthy: str) -> None:
        key = tuple((f.code, f.layer, f.changes) for f in findings)
        self.findings = findings
        self.status.setText(healthy if not findings else
                            _("{n} finding:").format(n=len(findings)) if len(findings) == 1
                            else _("{n} findings:").format(n=len(findings)))
        if key == self._seen and len(self.rows) == len(findings):
            for row, f in zip(self.rows, findings):  # same findings: new figures, same buttons
                row.set_finding(f)
            return
        self._seen = key
        for row in self.rows:
            self._list.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for i, f in enumerate(findings):
            row = FindingRow(f)
            row.apply_button.clicked.connect(self._on_apply_clicked)
            self._list.insertWidget(i, row)
            self.rows.append(row)

    def _on_apply_clicked(self) -> None:
        button = self.sender()
        row = next((r for r in self.rows if r.apply_button is button), None)
        if row is not None:
            self.apply(row.finding)

    def apply(self, finding: doctor.Finding) -> list[str]:
        """Make ``finding``'s changes to the project and say so."""
        if self.project is None:
            return []
        done = doctor.apply_changes(self.project, finding.changes)
        for row in self.rows:
            if row.finding is finding:
                row.apply_button.setEnabled(False)
                row.apply_button.setText(_("Applied"))
        self.status.setText(_(APPLIED).format(what="; ".join(done)))
        self.applied.emit(done)
        return done
