"""The Convolution lab: pictures, kernels, stride and padding, stepping, the bank, drawing."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from deskdl.core import convolution as conv  # noqa: E402
from deskdl.qt.inspect.conv_lab import ConvLabPanel  # noqa: E402


@pytest.fixture
def lab(qtbot):
    panel = ConvLabPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    yield panel
    panel.animate_button.setChecked(False)


def test_opens_on_digits_with_whole_numbers(lab):
    assert lab.source_combo.currentData() == "digits"
    img = lab.image()
    assert img.shape == (8, 8)
    assert img.max() <= 16 and np.all(img == np.round(img))
    assert lab.output_shape == (6, 6)
    np.testing.assert_allclose(lab.maps[0], conv.convolve2d(img, lab.filters()[0].weights))


def test_preset_stride_and_padding_follow_the_formula(lab):
    lab.set_preset("sobel_y")
    assert lab.preset_combo.currentData() == "sobel_y"
    np.testing.assert_array_equal(lab.filters()[0].weights[..., 0], conv.kernel("sobel_y"))
    for stride in (1, 2, 3):
        for padding in ("valid", "same"):
            lab.stride_spin.setValue(stride)
            lab.padding_combo.setCurrentText(padding)
            n = conv.output_size(8, 3, stride, padding)
            assert lab.output_shape == (n, n)
            assert f"of {n} x {n}" in lab.shape_label.text()
            np.testing.assert_allclose(lab.maps[0], conv.convolve2d(lab.image(), conv.kernel("sobel_y"),
                                                                    stride, padding))
    lab.set_preset("gaussian_5")  # a 5x5 preset makes the whole bank 5x5
    assert lab.kernel_size == 5 and lab.size_combo.currentData() == 5
    lab.stride_spin.setValue(1)
    lab.padding_combo.setCurrentText("valid")
    assert lab.output_shape == (4, 4)


def test_stepping_moves_the_window_and_the_arithmetic_is_the_output(lab, qtbot):
    lab.set_preset("edge_vertical")
    lab.padding_combo.setCurrentText("same")
    lab.stride_spin.setValue(2)
    seen = []
    for _ in range(lab.maps[0].size):
        qtbot.mouseClick(lab.step_button, Qt.MouseButton.LeftButton)
        r, c = lab.position
        seen.append((r, c))
        win = lab.window()
        assert (win.top, win.left) == (r * 2 - 0, c * 2 - 0)  # TF pads 8 -> 4 with 0 before, 1 after
        rect = lab._window_rect.rect()
        assert (rect.left(), rect.top(), rect.width()) == (win.left, win.top, 3)
        assert (lab._pixel_rect.rect().left(), lab._pixel_rect.rect().top()) == (c, r)
        assert lab.arithmetic_total() == pytest.approx(lab.maps[0][r, c], abs=1e-3)
    assert seen == [divmod(i, 4) for i in range(16)]
    # the output is revealed pixel by pixel during the sweep, then shown whole
    lab.show_whole_map()
    assert not np.isnan(lab.output_plot.image.image).any()


def test_sweep_reveals_the_map_as_it_goes(lab):
    lab.step()
    lab.step()
    shown = lab.output_plot.image.image
    assert np.count_nonzero(~np.isnan(shown)) == 2


def test_animation_runs_and_stops_at_the_end(lab, qtbot):
    lab._timer.setInterval(1)
    lab.animate_button.setChecked(True)
    lab._timer.setInterval(1)
    qtbot.waitUntil(lambda: not lab.animate_button.isChecked(), timeout=5000)
    assert lab.position == (5, 5)


def test_edited_cell_changes_the_kernel_and_the_map(lab):
    lab.set_preset("identity")
    lab.set_weight(0, 0, -2.5)
    w = lab.filters()[0].weights[..., 0]
    assert w[0, 0] == -2.5 and w[1, 1] == 1
    assert lab.preset_combo.currentData() == ""  # now the learner's own
    np.testing.assert_allclose(lab.maps[0], conv.convolve2d(lab.image(), w))
    lab.table.item(0, 1).setText("not a number")
    assert lab.table.item(0, 1).text() == "0"  # the old number comes back


def test_add_kernel_makes_a_second_map(lab, qtbot):
    qtbot.mouseClick(lab.add_button, Qt.MouseButton.LeftButton)
    assert len(lab.filters()) == 2 and lab.maps.shape[0] == 2
    assert lab.current_filter == 1
    assert lab.filters()[1].preset != lab.filters()[0].preset
    assert len(lab._bank_plots) == 2
    np.testing.assert_allclose(lab.maps[1], conv.convolve2d(lab.image(), lab.filters()[1].weights))
    lab.filter_combo.setCurrentIndex(0)
    assert lab.current_filter == 0
    lab.remove_filter()
    assert len(lab.filters()) == 1 and len(lab._bank_plots) == 1


def test_colour_picture_has_a_slice_per_channel(lab):
    lab.set_source("colour")
    assert lab.image().shape == (28, 28, 3) and lab.channels == 3
    w = lab.filters()[0].weights
    assert w.shape == (3, 3, 3)
    assert not lab.slice_combo.isHidden()
    lab.slice_combo.setCurrentIndex(2)
    lab.set_weight(1, 1, 4.0)
    assert lab.filters()[0].weights[1, 1, 2] == 4.0 and lab.filters()[0].weights[1, 1, 0] == 0
    lab.step()
    lines = lab.arithmetic.toPlainText().splitlines()
    assert lines[0].startswith("red:") and "green:" in lines[0] and lines[-1].startswith("sum over channels")
    r, c = lab.position
    assert lab.arithmetic_total() == pytest.approx(lab.maps[0][r, c], abs=1e-3)
    lab.set_source("digits")  # back to grey: one slice again
    assert lab.filters()[0].weights.shape == (3, 3, 1) and lab.slice_combo.isHidden()


def test_drawing_pad_is_the_input(lab):
    lab.set_source("draw")
    assert not lab.pad.isHidden() and lab.sample_spin.isHidden()
    assert lab.image().shape == (28, 28) and lab.image().max() == 0
    lab.pad.stroke([(0.5, 0.1), (0.5, 0.9)])  # a vertical bar
    img = lab.image()
    assert img.max() == pytest.approx(1.0)
    lab.set_preset("edge_vertical")
    np.testing.assert_allclose(lab.maps[0], conv.convolve2d(img, conv.kernel("edge_vertical")))
    assert lab.maps[0].max() > 0.5 and lab.maps[0].min() < -0.5  # both sides of the bar light up


def test_sources_offer_grey_colour_and_drawing(lab):
    assert {"digits", "shapes", "colour", "draw"} <= set(lab.sources())
    lab.set_source("shapes")
    lab.sample_spin.setValue(5)
    assert lab.image().shape == (28, 28)
    with pytest.raises(ValueError):
        lab.set_source("nope")


def test_kernel_size_embeds_and_crops(lab):
    lab.set_preset("sobel_x")
    lab.size_combo.setCurrentIndex(lab.size_combo.findData(5))
    w = lab.filters()[0].weights[..., 0]
    assert w.shape == (5, 5) and w[0].sum() == 0 and w[:, 0].sum() == 0
    np.testing.assert_array_equal(w[1:4, 1:4], conv.kernel("sobel_x"))
    assert lab.output_shape == (4, 4) and lab.preset_combo.currentData() == "sobel_x"
    assert lab.table.rowCount() == 5
    lab.size_combo.setCurrentIndex(lab.size_combo.findData(3))
    assert lab.preset_combo.currentData() == "sobel_x" and lab.output_shape == (6, 6)
    lab.set_preset("box_blur_5")
    lab.size_combo.setCurrentIndex(lab.size_combo.findData(3))  # cropping a real 5x5 makes it your own
    assert lab.preset_combo.currentData() == ""


def test_clicking_an_output_pixel_shows_its_sum(lab):
    lab.set_position(4, 2)
    assert lab.position == (4, 2)
    assert lab.arithmetic_total() == pytest.approx(lab.maps[0][4, 2])
    win = lab.window()
    assert (win.top, win.left) == (4, 2)
    lab.set_position(99, 0)  # outside: nothing moves
    assert lab.position == (4, 2)


def test_mouse_click_on_the_output_moves_the_window(lab, qtbot):
    from PySide6.QtCore import QPointF

    qtbot.waitExposed(lab)
    vb = lab.output_plot.plot.vb
    scene_pt = vb.mapViewToScene(QPointF(3.5, 1.5))  # x = column 3, y = row 1
    pos = lab.output_plot.mapFromScene(scene_pt)
    qtbot.mouseClick(lab.output_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert lab.position == (1, 3)
