"""deskdl.core.png: the bytes of the PNG files ``deskdl train`` writes, read back by hand.

The expected files are decoded here with ``struct`` and ``zlib`` only, following the PNG standard
(signature, length/type/data/CRC chunks, IHDR fields, one filter byte before each row), never with
the module under test. No Qt, no TensorFlow: this file is in bench/mutation.py's CORE_TESTS.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest

from deskdl.core import png

SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The IEND chunk of every PNG: length 0, type, CRC-32 of b"IEND" (0xAE426082), as printed in the standard.
IEND = b"\x00\x00\x00\x00IEND\xae\x42\x60\x82"


def chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """The (type, data) chunks after the signature; each chunk's CRC checked on the way."""
    assert data[:8] == SIGNATURE
    out, i = [], 8
    while i < len(data):
        (length,) = struct.unpack(">I", data[i:i + 4])
        kind, body = data[i + 4:i + 8], data[i + 8:i + 8 + length]
        (crc,) = struct.unpack(">I", data[i + 8 + length:i + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        out.append((kind, body))
        i += 12 + length
    assert i == len(data)
    return out


def decode(data: bytes) -> tuple[tuple[int, int, int, int, int, int, int], list[bytes]]:
    """IHDR's seven fields and the rows of the picture (each row's filter byte checked to be 0)."""
    parts = chunks(data)
    assert [kind for kind, _ in parts] == [b"IHDR", b"IDAT", b"IEND"]
    header = struct.unpack(">IIBBBBB", parts[0][1])
    assert len(parts[0][1]) == 13
    w, h, depth, colour = header[:4]
    channels = {0: 1, 2: 3, 6: 4}[colour]
    raw = zlib.decompress(parts[1][1])
    stride = 1 + w * channels * depth // 8
    assert len(raw) == h * stride
    rows = [raw[r * stride:(r + 1) * stride] for r in range(h)]
    assert all(row[0] == 0 for row in rows)  # filter type 0 (None) on every row
    return header, [row[1:] for row in rows]


# ------------------------------------------------------------------ encode
def test_grey_picture_header_and_rows():
    pixels = np.array([[0, 1, 2], [253, 254, 255]], np.uint8)
    data = png.encode(pixels)
    header, rows = decode(data)
    assert header == (3, 2, 8, 0, 0, 0, 0)  # width, height, bit depth, grey, deflate, filter 0, no interlace
    assert rows == [bytes([0, 1, 2]), bytes([253, 254, 255])]
    assert data[:8] == SIGNATURE
    assert data.endswith(IEND)


def test_the_ihdr_chunk_is_the_first_and_its_bytes_are_exact():
    data = png.encode(np.zeros((2, 3), np.uint8))
    # length 13, b"IHDR", width 3, height 2, depth 8, colour 0, compression 0, filter 0, interlace 0
    body = b"\x00\x00\x00\x03\x00\x00\x00\x02\x08\x00\x00\x00\x00"
    assert data[8:33] == b"\x00\x00\x00\x0dIHDR" + body + struct.pack(">I", zlib.crc32(b"IHDR" + body))


def test_rgb_picture_is_colour_type_2():
    pixels = np.array([[[255, 0, 0], [0, 255, 0]], [[0, 0, 255], [10, 20, 30]]], np.uint8)
    header, rows = decode(png.encode(pixels))
    assert header == (2, 2, 8, 2, 0, 0, 0)
    assert rows == [bytes([255, 0, 0, 0, 255, 0]), bytes([0, 0, 255, 10, 20, 30])]


def test_rgba_picture_is_colour_type_6():
    pixels = np.array([[[1, 2, 3, 4]]], np.uint8)
    header, rows = decode(png.encode(pixels))
    assert header == (1, 1, 8, 6, 0, 0, 0)
    assert rows == [bytes([1, 2, 3, 4])]


def test_one_channel_picture_is_grey():
    pixels = np.array([[[7], [8]], [[9], [10]], [[11], [12]]], np.uint8)  # (3, 2, 1)
    header, rows = decode(png.encode(pixels))
    assert header == (2, 3, 8, 0, 0, 0, 0)
    assert rows == [bytes([7, 8]), bytes([9, 10]), bytes([11, 12])]


def test_a_list_of_whole_numbers_is_written_as_bytes():
    header, rows = decode(png.encode([[0, 128, 255]]))
    assert header == (3, 1, 8, 0, 0, 0, 0)
    assert rows == [bytes([0, 128, 255])]


def test_a_transposed_view_is_written_in_its_own_order():
    pixels = np.arange(6, dtype=np.uint8).reshape(2, 3).T  # rows [0, 3], [1, 4], [2, 5]; not contiguous
    header, rows = decode(png.encode(pixels))
    assert header[:2] == (2, 3)
    assert rows == [bytes([0, 3]), bytes([1, 4]), bytes([2, 5])]


@pytest.mark.parametrize("shape", [(4,), (2, 2, 2), (2, 2, 5), (1, 2, 2, 3)])
def test_other_shapes_are_refused_with_the_shape_named(shape):
    with pytest.raises(ValueError) as caught:
        png.encode(np.zeros(shape, np.uint8))
    assert str(caught.value) == f"a PNG needs (h, w), (h, w, 3) or (h, w, 4) pixels, not shape {shape}"


# ------------------------------------------------------------------ to_bytes
def test_to_bytes_maps_0_to_1_onto_0_to_255_rounding_half_up():
    # 0.5 * 255 = 127.5 -> 128; 0.3 * 255 = 76.5 -> 77; 0.2 * 255 = 51.0 -> 51; 1/255 -> 1
    out = png.to_bytes(np.array([0.0, 0.5, 1.0, 0.3, 0.2, 1 / 255]))
    assert out.dtype == np.uint8
    assert out.tolist() == [0, 128, 255, 77, 51, 1]


def test_to_bytes_of_float32_pictures_rounds_the_exact_value():
    # The float32 just below 128.5 / 255 = 0.50392156862745...: exactly 0.5039215683937073, times 255
    # is 128.49999994..., which rounds to 128. Worked out in float32 it would come to 128.5 and 129.
    assert png.to_bytes(np.array([0.5039215683937073], np.float32)).tolist() == [128]


def test_to_bytes_clips_outside_the_levels_and_nan_is_the_darkest():
    out = png.to_bytes(np.array([-0.2, 1.3, np.nan, np.inf, -np.inf]))
    assert out.tolist() == [0, 255, 0, 255, 0]


def test_to_bytes_with_other_levels():
    # (v + 1) / 2: -1 -> 0, 0 -> 0.5 -> 128, 0.25 -> 0.625 -> 159.375 + 0.5 -> 159, 1 -> 255
    out = png.to_bytes(np.array([[-1.0, 0.0], [0.25, 1.0]]), levels=(-1.0, 1.0))
    assert out.tolist() == [[0, 128], [159, 255]]
    # levels (10, 20): 15 -> 0.5 -> 128, 12 -> 0.2 -> 51
    assert png.to_bytes(np.array([15.0, 12.0]), levels=(10, 20)).tolist() == [128, 51]


def test_to_bytes_with_empty_or_reversed_levels_divides_by_one():
    # hi <= lo: (v - lo) / 1.0
    assert png.to_bytes(np.array([2.0, 2.5, 3.0, 1.0]), levels=(2.0, 2.0)).tolist() == [0, 128, 255, 0]
    assert png.to_bytes(np.array([1.0, 1.5, 2.0]), levels=(1.0, 0.0)).tolist() == [0, 128, 255]


# ------------------------------------------------------------------ write
def test_write_maps_the_levels_and_writes_the_file(tmp_path):
    path = tmp_path / "grid.png"
    png.write(str(path), np.array([[0.0, 1.0], [0.5, np.nan]]))
    header, rows = decode(path.read_bytes())
    assert header == (2, 2, 8, 0, 0, 0, 0)
    assert rows == [bytes([0, 255]), bytes([128, 0])]


def test_write_scales_each_pixel_to_a_square(tmp_path):
    path = tmp_path / "big.png"
    png.write(path, np.array([[-1.0, 1.0], [1.0, 0.0]]), levels=(-1.0, 1.0), scale=3)
    header, rows = decode(path.read_bytes())
    assert header[:2] == (6, 6)
    top, bottom = bytes([0] * 3 + [255] * 3), bytes([255] * 3 + [128] * 3)
    assert rows == [top] * 3 + [bottom] * 3


def test_write_with_scale_2_doubles_each_pixel(tmp_path):
    path = tmp_path / "double.png"
    png.write(path, np.array([[0.0, 1.0]]), scale=2)
    header, rows = decode(path.read_bytes())
    assert header[:2] == (4, 2)
    assert rows == [bytes([0, 0, 255, 255])] * 2


def test_write_with_scale_1_keeps_the_size(tmp_path):
    path = tmp_path / "small.png"
    png.write(path, np.array([[0.0, 1.0, 0.5]]), scale=1)
    header, rows = decode(path.read_bytes())
    assert header[:2] == (3, 1)
    assert rows == [bytes([0, 255, 128])]
