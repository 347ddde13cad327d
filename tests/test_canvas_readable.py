"""Issue 10: every template opens with the whole model in view at a readable zoom, at 1280x720.

Readable means the card's main text (its settings line, 9 pt at 100 %) shows at
``GraphEditor.READABLE_PT`` = 7.5 pt or more on screen (10 px on a 96-dpi
screen). A long chain folds into rows instead of shrinking below that.
"""

from __future__ import annotations

import pytest
from qt_helpers import close_all, guard_dialogs, make_window

from deskdl.core.graph import ModelGraph
from deskdl.core.layout import overlaps
from deskdl.qt import settings as app_settings
from deskdl.qt.canvas.editor import GraphEditor, SimpleProject
from deskdl.qt.canvas.items import EdgeItem, NodeItem

TEMPLATES = sorted(app_settings.templates_dir().glob("*.deskdl"))
DEFAULT = app_settings.templates_dir().parent / "projects" / "spiral.deskdl"


@pytest.fixture(autouse=True)
def _tidy(monkeypatch):
    guard_dialogs(monkeypatch)
    yield
    close_all()


def _cards(editor):
    return {i.node_id: i for i in editor.scene.items() if isinstance(i, NodeItem)}


def _assert_all_readable(editor):
    view = editor.view
    visible = view.visible_scene_rect()
    on_screen_pt = editor.scene.theme.body_font.pointSizeF() * view.zoom()
    assert on_screen_pt >= GraphEditor.READABLE_PT - 1e-6, f"zoom {view.zoom():.3f}"
    for nid, card in _cards(editor).items():
        assert visible.contains(card.sceneBoundingRect()), f"{nid} is cut off at zoom {view.zoom():.2f}"
    return on_screen_pt


@pytest.mark.parametrize("path", [*TEMPLATES, DEFAULT], ids=lambda p: p.stem)
def test_template_opens_whole_and_readable_at_1280x720(qtbot, monkeypatch, tmp_path, path):
    window = make_window(qtbot, monkeypatch, tmp_path)
    window.install_stage_tabs()  # as in the app: Build among the other stages
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.new_from_template(path) if path != DEFAULT else window.open_project(path)
    qtbot.wait(50)
    editor = window.editor
    assert editor.isVisible()
    # every card on show: a layer each, a folded group (the ResNet's block) as one card
    assert len(_cards(editor)) == len(window.project.graph.scope_graph(None).nodes) >= 4
    _assert_all_readable(editor)
    # Away to Train and back: still whole and readable.
    window.select_stage("Train")
    qtbot.wait(20)
    window.select_stage("Build")
    qtbot.wait(20)
    _assert_all_readable(editor)
    # A1 moves docks per tab: the canvas fits again when its size changes.
    window.resize(1440, 900)
    qtbot.wait(50)
    _assert_all_readable(editor)
    window.resize(1280, 720)
    qtbot.wait(50)
    _assert_all_readable(editor)


def long_chain(n: int) -> ModelGraph:
    g = ModelGraph()
    prev = g.add_node("Input", {"shape": [4]}, "x")
    for _ in range(n):
        prev = g.add_node("Dense", {"units": 8}, inputs=[prev])
    return g


@pytest.mark.parametrize("direction", ["LR", "TB"])
def test_arrange_wraps_a_long_chain_instead_of_shrinking_text(qtbot, direction):
    ed = GraphEditor(SimpleProject(long_chain(7)))
    qtbot.addWidget(ed)
    ed.resize(700, 450)
    ed.show()
    qtbot.waitExposed(ed)
    ed.auto_arrange(direction)
    _assert_all_readable(ed)
    pos = {nid: tuple(p) for nid, p in ed.layout.items()}
    sizes = ed.scene.sizes()
    assert not overlaps(pos, sizes)
    # Folded: more than one row (LR) or column (TB), and the flow inside each goes the right way.
    across = {round(p[1] if direction == "LR" else p[0]) for p in pos.values()}
    assert len(across) >= 2
    assert ed.scene.orientation == direction
    # The link that returns to the next band runs through the free lane between the bands.
    cards = _cards(ed)
    for item in ed.scene.items():
        if isinstance(item, EdgeItem):
            path = item.shape()
            for nid, card in cards.items():
                if nid in item.key[:2]:
                    continue
                assert not path.intersects(card.sceneBoundingRect().adjusted(4, 4, -4, -4)), (item.key, nid)


def test_a_chain_that_fits_stays_one_straight_line(qtbot):
    ed = GraphEditor(SimpleProject(long_chain(2)))
    qtbot.addWidget(ed)
    ed.resize(1000, 450)
    ed.show()
    qtbot.waitExposed(ed)
    ed.auto_arrange("LR")
    assert len({round(p[1]) for p in ed.layout.values()}) == 1
    assert ed.view.zoom() == pytest.approx(1.0)


def test_learner_zoom_is_kept_on_resize(qtbot):
    ed = GraphEditor(SimpleProject(long_chain(3)))
    qtbot.addWidget(ed)
    ed.resize(900, 500)
    ed.show()
    qtbot.waitExposed(ed)
    ed.zoom_out()
    zoom = ed.view.zoom()
    ed.resize(600, 400)
    qtbot.wait(20)
    assert ed.view.zoom() == pytest.approx(zoom)
    ed.fit_to_view()  # Fit hands the view back to fitting on resize
    ed.resize(1000, 600)
    qtbot.wait(20)
    assert ed.view.visible_scene_rect().contains(ed._content_rect())


def test_shown_again_at_another_size_it_fits_again(qtbot):
    """Other tabs hide the canvas and may leave it another size (A1's per-stage docks)."""
    ed = GraphEditor(SimpleProject(long_chain(5)))
    qtbot.addWidget(ed)
    ed.resize(1000, 600)
    ed.show()
    qtbot.waitExposed(ed)
    ed.auto_arrange("LR")
    assert ed.view.zoom() == pytest.approx(1.0)
    ed.hide()
    ed.resize(700, 420)
    ed.show()
    qtbot.wait(20)
    assert GraphEditor.READABLE_ZOOM <= ed.view.zoom() < 1.0
    visible = ed.view.visible_scene_rect()
    for card in _cards(ed).values():
        assert visible.contains(card.sceneBoundingRect())
