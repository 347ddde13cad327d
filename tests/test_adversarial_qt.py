"""Issue 15 (A1): Evaluate's Adversarial page (the fast gradient sign attack), with real widgets."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from deskdl.ml.adversarial import perturb  # noqa: E402
from deskdl.qt.adversarial_page import IMAGE_SIZE, TEXT, AdversarialPage  # noqa: E402
from deskdl.qt.evaluate_panel import ADV_TAB, EvaluatePanel  # noqa: E402
from deskdl.qt.workers import TrainingHost  # noqa: E402
from tests._models import digits_project  # noqa: E402


def _report() -> dict:
    """Three 4x4 pictures; epsilons 0, 0.1, 0.2, 0.3. Picture 0 (a '1') flips to '2' at 0.2; picture 1
    ('0') never flips; picture 2 ('2') is wrong already."""
    rng = np.random.default_rng(0)
    x = rng.uniform(0.2, 0.8, (3, 4, 4, 1)).astype(np.float32)
    x[0, 0, 0, 0] = 0.95  # near the top of the range: clipped
    sign = np.sign(rng.normal(size=x.shape)).astype(np.float32)
    sign[0, 0, 0, 0] = 1.0
    sign[0, 1, 1, 0] = 0.0  # a pixel without gradient
    probs = np.zeros((3, 4, 3), np.float32)
    probs[0, :, :] = [[0.1, 0.8, 0.1], [0.2, 0.6, 0.2], [0.1, 0.3, 0.6], [0.0, 0.1, 0.9]]
    probs[1, :, 0] = 0.9
    probs[1, :, 1:] = 0.05
    probs[2, :, 0] = 0.7  # its label is 2
    probs[2, :, 2] = 0.3
    return {"lo": 0.0, "hi": 1.0, "epsilons": np.array([0.0, 0.1, 0.2, 0.3]),
            "accuracy": np.array([2 / 3, 2 / 3, 1 / 3, 1 / 3]), "accuracy_random": np.full(4, 2 / 3),
            "n_sweep": 3, "n_test": 3,
            "class_names": ["0", "1", "2"], "x": x, "y": np.array([1, 0, 2]), "sign": sign, "probs": probs}


def test_the_page_shows_one_picture_attacked_and_the_curve(qtbot):
    host = TrainingHost()
    try:
        page = AdversarialPage(host)
        qtbot.addWidget(page)
        assert page.message.text() == TEXT["no_model"] and not page.slider.isEnabled()
        flips = []
        page.flipped.connect(flips.append)
        page.show_report(_report())
        assert page.slider.isEnabled() and page.slider.maximum() == 3
        assert (page.picture.value(), page.slider.value()) == (1, 1)  # read right at 0.1, flips at 0.2
        # the curve, the chance line (1 of 3 classes) and the formula with the data's range
        xs, ys = page.curve.getData()
        assert xs.tolist() == pytest.approx([0.0, 0.1, 0.2, 0.3]) and ys[0] == pytest.approx(2 / 3)
        assert page.random_curve.getData()[1].tolist() == pytest.approx([2 / 3] * 4)
        assert page.chance.value() == pytest.approx(1 / 3)
        assert "clip(x + ε · sign(∇ₓ loss(model(x), y)), 0, 1)" in page.formula.text()
        # the slider starts at its step nearest 5 % of the range (0.1 here; 0.05 for the digits below)
        page.slider.setValue(1)
        page.picture.setValue(1)
        assert page.epsilon == pytest.approx(0.1)
        assert page.answers[0].text() == "It is a 1; the model reads <b>1</b> (80%)"
        assert page.answers[2].text() == "the model reads <b>1</b> (60%)"
        assert page.flip_line.text() == TEXT["flip_at"].format(eps=0.2, name="2")
        # the attacked picture is x + 0.1 * sign, clipped to [0, 1]; the change is drawn at full contrast
        img = page.images[2].pixmap().toImage()
        assert not img.isNull() and img.width() == IMAGE_SIZE
        want = perturb(_report()["x"][0], _report()["sign"][0], 0.1, 0.0, 1.0)
        assert want[0, 0, 0] == pytest.approx(1.0)
        # grey pixels: dark-on-white, so value v is drawn as 255 * (1 - v)
        px = img.pixelColor(5, 5).red()  # the top-left pixel (clipped at 1.0: black)
        assert px == 0
        change = page.images[1].pixmap().toImage()
        mid = change.pixelColor(IMAGE_SIZE // 4 + 5, IMAGE_SIZE // 4 + 5).red()
        assert mid in (127, 128)  # a pixel without gradient: mid-grey
        assert not flips
        page.slider.setValue(2)  # 0.2: now the model reads a 2
        assert f'color:{"#c0392b"}' in page.answers[2].text() and "<b>2</b> (60%)" in page.answers[2].text()
        assert flips == [{"epsilon": 0.2, "label": 1, "answer": 2, "index": 0}]
        page.slider.setValue(3)
        assert len(flips) == 2 and flips[-1]["epsilon"] == pytest.approx(0.3)
        # the other pictures say what happens to them
        page.picture.setValue(2)
        assert page.flip_line.text() == TEXT["no_flip"].format(eps=0.3)
        page.picture.setValue(3)
        assert page.flip_line.text() == TEXT["was_wrong"]
        # "Find one that flips" goes to the next picture read right and wrong at this epsilon
        page.find_flip()
        assert page.picture.value() == 1
        page.slider.setValue(1)  # nothing flips at 0.1
        page.find_flip()
        assert page.flip_line.text() == TEXT["none_flips"].format(n=2, eps=0.1)
        page.slider.setValue(0)
        page.find_flip()
        assert page.flip_line.text() == TEXT["raise_eps"]
        page.reset()
        assert page.report is None and page.images[0].pixmap().isNull() and not page.find_button.isEnabled()
    finally:
        assert host.shutdown(30_000)


def test_the_tab_is_only_for_picture_classifiers(qtbot):
    host = TrainingHost()
    try:
        ev = EvaluatePanel(digits_project(), host)
        qtbot.addWidget(ev)
        model = object()  # never called: the attack runs when the page is shown
        names = [str(i) for i in range(10)]
        for result, wanted in [
            ({"kind": "supervised", "input_shape": [8, 8, 1], "class_names": names}, True),
            ({"kind": "supervised", "input_shape": [2], "class_names": ["a", "b"]}, False),
            ({"kind": "supervised", "input_shape": [8, 8, 1], "class_names": []}, False),  # regression
            ({"kind": "autoencoder", "input_shape": [8, 8, 1], "class_names": names}, False),
            ({"input_shape": [8, 8, 1], "loaded": True}, True),  # a reopened run: its data set's task says
        ]:
            ev._show_adversarial({"data": {"dataset": "digits"}, **result, "model": model})
            assert ev.pages.isTabVisible(ADV_TAB) == wanted, result
        ev._show_adversarial({"input_shape": [8, 8, 1], "loaded": True, "model": model,
                              "data": {"dataset": "regression_plane"}})
        assert not ev.pages.isTabVisible(ADV_TAB)
        ev.set_project(digits_project())
        assert not ev.pages.isTabVisible(ADV_TAB) and ev.adversarial_page.report is None
    finally:
        assert host.shutdown(30_000)


@pytest.mark.keras
def test_a_trained_digits_model_is_attacked_on_the_keras_thread(qtbot):
    from deskdl.qt.train import TrainPanel

    host = TrainingHost()
    try:
        project = digits_project(epochs=3)
        train = TrainPanel(project, host)
        ev = EvaluatePanel(project, host)
        for w in (train, ev):
            qtbot.addWidget(w)
            w.set_tensorflow_ready(True)
        train.run_completed.connect(ev.set_result)
        with qtbot.waitSignal(train.run_completed, timeout=90_000):
            train.start()
        assert ev.pages.isTabVisible(ADV_TAB)
        page = ev.adversarial_page
        assert page.report is None  # not attacked until the learner opens the page
        ev.show()
        flips = []
        page.flipped.connect(flips.append)
        ev.pages.setCurrentIndex(ADV_TAB)
        qtbot.waitUntil(lambda: page.report is not None, timeout=60_000)
        r = page.report
        assert r["x"].shape[1:] == (8, 8, 1) and r["probs"].shape[1:] == (31, 10)
        assert r["accuracy"][0] > 0.8 and r["accuracy"][-1] < 0.5
        assert page.epsilon == pytest.approx(0.05)
        assert page.message.text() == TEXT["intro"].format(lo=0.0, hi=1.0)
        # it opened on a picture read right at this epsilon that a few steps more flip
        i = page.picture.value() - 1
        first = int(np.argmax(np.argmax(r["probs"][i], axis=1) != r["y"][i]))
        assert not flips and 5 < first <= 10 and page.flip_line.text().startswith("With this picture")
        # the search finds one at 0.2
        page.slider.setValue(20)
        page.find_flip()
        assert flips and flips[-1]["epsilon"] == pytest.approx(0.2)
        i = page.picture.value() - 1
        assert flips[-1]["index"] == i and flips[-1]["label"] == int(r["y"][i]) != flips[-1]["answer"]
    finally:
        assert host.shutdown(30_000)


FLIP_LESSON = '''
title = "Flip one"
[[steps]]
title = "Flip a digit"
text = "Attack a picture."
highlight = ["evaluate.adversarial"]
check = {kind = "event", name = "adversarial_flipped", where = {epsilon = 0.2}}
'''


def test_a_flip_on_the_page_ticks_a_lesson_step(qtbot, monkeypatch, tmp_path):
    """The window's lesson hears the page: a flip at epsilon 0.2 is the learner event adversarial_flipped."""
    from qt_helpers import close_quietly, guard_dialogs, make_window

    from deskdl.qt.lessons.controls import find_controls

    guard_dialogs(monkeypatch)
    root = tmp_path / "lessons" / "6-practice"
    root.mkdir(parents=True)
    (root / "section.toml").write_text('title = "Practice"\norder = 6\n', encoding="utf-8")
    (root / "flip.toml").write_text(FLIP_LESSON, encoding="utf-8")
    window = make_window(qtbot, monkeypatch, tmp_path)
    try:
        assert window.install_stage_tabs()
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.lessons.root = root.parent
        window.lessons.reload_course()
        page = window.stage_tab("Evaluate").adversarial_page
        assert find_controls(window, "evaluate.adversarial") == [page]
        assert window.lessons.open_lesson("flip")
        page.show_report(_report())
        page.picture.setValue(1)
        page.slider.setValue(3)  # 0.3: a flip, but not the epsilon the step asks for
        qtbot.wait(100)
        assert not window.lessons.panel.is_done_shown()
        page.slider.setValue(2)
        qtbot.waitUntil(window.lessons.panel.is_done_shown, timeout=3000)
        events = [dict(e.data) for e in window.lessons.session.events if e.name == "adversarial_flipped"]
        assert events == [{"epsilon": 0.3, "label": 1, "answer": 2},
                          {"epsilon": 0.2, "label": 1, "answer": 2}]
        # each move of the slider is heard too, with the epsilon it stands at (once each)
        moves = [dict(e.data) for e in window.lessons.session.events if e.name == "epsilon_changed"]
        assert moves == [{"value": 0.3}, {"value": 0.2}]
    finally:
        close_quietly(window)


def test_colour_pictures_and_another_data_range(qtbot):
    """RGB pictures draw in colour with their own caption; the grid and formula follow the data's range."""
    host = TrainingHost()
    try:
        page = AdversarialPage(host)
        qtbot.addWidget(page)
        r = _report()
        r.update(lo=0.0, hi=16.0, epsilons=np.linspace(0, 4.8, 31),
                 x=np.repeat(r["x"], 3, axis=-1) * np.array([16.0, 8.0, 3.0]),
                 sign=np.repeat(r["sign"], 3, axis=-1),
                 probs=np.repeat(r["probs"], [1, 10, 10, 10], axis=1),
                 accuracy=np.linspace(1, 0, 31), accuracy_random=np.ones(31))
        page.show_report(r)
        assert page.epsilon == pytest.approx(0.8)  # 5 % of the range 0 to 16
        assert page.formula.text().endswith(", 0, 16)")
        assert TEXT["why_digits"] not in page.why.text()
        assert page.answers[1].text() == TEXT["change_rgb"]
        img = page.images[2].pixmap().toImage()
        assert not img.isNull() and img.isGrayscale() is False
    finally:
        assert host.shutdown(30_000)
