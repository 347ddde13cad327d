"""Issue 12: an agent's Train tab has 4-5 per-episode plots; at 1280x720 each is whole and readable."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("names", [
    ("length", "loss", "entropy", "value_loss"),  # a policy gradient with a critic
    ("length", "loss", "entropy", "value_loss", "greedy_100"),  # ... once it is evaluated
    ("length", "epsilon", "loss", "buffer_fill"),  # a DQN
])
def test_many_plots_fit_the_train_tabs_area_at_1280x720(qtbot, names):
    """The curves' area is about 935x590 at 1280x720: the 5th plot (value loss) was cut off at the bottom."""
    from deskdl.qt.train.curves import TrainingCurves

    curves = TrainingCurves()
    qtbot.addWidget(curves)
    curves.set_kind_plots(base=names)
    curves.set_x_label("episode")
    curves.resize(935, 590)
    curves.show()
    qtbot.waitExposed(curves)
    view = curves._layout_widget
    qtbot.waitUntil(lambda: view.sceneRect().height() <= view.viewport().height() + 1, timeout=2000)
    for name in names:
        plot = curves._plots[name]
        rect = plot.mapRectToScene(plot.boundingRect())
        assert rect.bottom() <= view.viewport().height() + 1, (name, rect, view.viewport().height())
        assert plot.getViewBox().height() >= 80, name  # a plot, not a sliver


def test_two_plots_keep_one_column(qtbot):
    from deskdl.qt.train.curves import TrainingCurves

    curves = TrainingCurves()
    qtbot.addWidget(curves)
    curves.set_kind_plots(base=("loss", "accuracy", "lr"))
    curves.resize(935, 590)
    curves.show()
    qtbot.waitExposed(curves)
    xs = {round(p.mapRectToScene(p.boundingRect()).left()) for p in curves._plots.values()}
    assert len(xs) == 1  # loss, accuracy and the learning rate one above another


EXIT_SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from deskdl.qt.train.curves import TrainingCurves

def main():
    curves = TrainingCurves()
    curves.resize(900, 700)
    curves.show()
    curves.begin_run("r0", "#0072B2")
    for e in range(1, 5):
        curves.add_epoch("r0", e, {"loss": 1 / (1 + e), "val_loss": 1.1 / (1 + e), "accuracy": 0.9})
    curves.redraw()
    app.processEvents()
    curves.grab()

main()
print("end")
"""


def test_a_process_with_curves_left_open_exits_cleanly(tmp_path):
    """bench_gui_training ended with a segmentation fault after its figures: a lambda holding the curves made
    a cycle that Qt's clean-up at exit broke while deleting the plots' scene (7 of 8 runs crashed)."""
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "exit.py"
    script.write_text(EXIT_SCRIPT)
    root = Path(__file__).resolve().parents[1]
    for _ in range(3):
        done = subprocess.run([sys.executable, str(script)], cwd=root, capture_output=True, text=True,
                              timeout=120, env={**__import__("os").environ, "PYTHONPATH": str(root)})
        assert done.returncode == 0 and done.stdout.strip() == "end", (done.returncode, done.stderr[-1500:])
