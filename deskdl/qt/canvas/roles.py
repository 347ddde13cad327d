"""The role switcher above the canvas, for projects with several graphs (a GAN's generator and discriminator).

The canvas edits one graph at a time; this bar names the graph on show in
large type, says what that network does, and switches to another role with
one click. It is hidden for single-graph projects.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from deskdl.core.gan import ROLE_HELP, ROLE_TITLES
from deskdl.core.i18n import N_, tr, translator

_ = translator("qt.canvas.roles")

SHOWING = N_("Showing the {title}: it {help}.")


def role_title(role: str) -> str:
    """A role's name for the learner ("Generator")."""
    if role in ROLE_TITLES:
        return tr("core.gan", ROLE_TITLES[role])
    return role.replace("_", " ").capitalize()


def role_help(role: str) -> str | None:
    """What a role's graph does, in words ("turns a noise vector ..."), or None."""
    return tr("core.gan", ROLE_HELP[role]) if role in ROLE_HELP else None


class RoleBar(QFrame):
    """One checkable button per role, and a line saying which graph the canvas shows.

    Signal ``role_selected(str)``: the learner picked another role.
    """

    role_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskdlRoleBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(6, 3, 6, 3)
        self._row.addWidget(QLabel(_("Network:")))
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self._on_clicked)
        self.buttons: dict[str, QToolButton] = {}
        self._roles: list[str] = []
        self._first_button_index = 1
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.current = ""
        self._row.addWidget(self.label, 1)
        self.hide()

    def set_roles(self, roles: Sequence[str], current: str) -> None:
        """Offer ``roles`` (hidden when there is only one) with ``current`` shown."""
        roles = list(roles)
        if roles != self._roles:
            for b in self.buttons.values():
                self._group.removeButton(b)
                b.deleteLater()
            self.buttons = {}
            for i, role in enumerate(roles):
                b = QToolButton(self)
                b.setText(role_title(role))
                b.setCheckable(True)
                b.setToolTip(_("Edit the {role} ({help})").format(
                    role=role_title(role).lower(), help=role_help(role) or _("one of the project networks")))
                font = QFont(b.font())
                font.setBold(True)
                b.setFont(font)
                self._group.addButton(b, i)
                self._row.insertWidget(self._first_button_index + i, b)
                self.buttons[role] = b
            self._roles = roles
        self.setVisible(len(roles) > 1)
        self.show_role(current)

    def show_role(self, role: str) -> None:
        """Mark ``role`` as the one on the canvas (no signal)."""
        self.current = role
        if role in self.buttons:
            self.buttons[role].setChecked(True)
        help_text = role_help(role)
        name = role_title(role).lower()  # "generator"; in Vietnamese "bộ sinh"
        self.label.setText(_(SHOWING).format(title=name, help=help_text) if help_text else
                           _("Showing the {role}.").format(role=name))

    def _on_clicked(self, index: int) -> None:
        role = self._roles[index]
        if role != self.current:
            self.role_selected.emit(role)


__all__ = ["RoleBar", "role_title"]
