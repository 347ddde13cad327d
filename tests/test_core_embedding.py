"""Pure tests of deskdl.core.embedding: the PCA picture of an Embedding's vectors and nearest neighbours.

Expected values are worked out by hand in the comments (no Qt, no TensorFlow; milliseconds).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from deskdl.core.embedding import nearest, pca_2d

# A plus sign: spread 8 along y (0, ±2) and 2 along x (±1), mean 0. The centred matrix's singular
# values are the column norms, sqrt(8) and sqrt(2), so the first axis is y, the second x, and the
# axes keep 8 / 10 and 2 / 10 of the spread. Each axis is turned so its largest entry is positive.
PLUS = np.array([[1.0, 0.0], [-1.0, 0.0], [0.0, 2.0], [0.0, -2.0]])
PLUS_POINTS = [[0.0, 1.0], [0.0, -1.0], [2.0, 0.0], [-2.0, 0.0]]


def test_pca_of_a_plus_sign_puts_the_wider_arm_on_the_first_axis():
    points, share = pca_2d(PLUS)
    np.testing.assert_allclose(points, PLUS_POINTS, atol=1e-6)
    np.testing.assert_allclose(share, [0.8, 0.2], atol=1e-12)


def test_pca_centres_the_vectors_first():
    points, share = pca_2d(PLUS + [10.0, -7.0])  # moved: the same picture
    np.testing.assert_allclose(points, PLUS_POINTS, atol=1e-5)
    np.testing.assert_allclose(share, [0.8, 0.2], atol=1e-12)


def test_pca_turns_each_axis_so_its_largest_entry_is_positive():
    # The same plus sign mirrored: the point that was (0, 2) is now (0, -2) but the axis y is still
    # counted positive, so the picture keeps (2, 0) for the point with the largest positive y.
    mirrored = PLUS * [-1.0, -1.0]
    points, _ = pca_2d(mirrored)
    np.testing.assert_allclose(points, [[0.0, -1.0], [0.0, 1.0], [-2.0, 0.0], [2.0, 0.0]], atol=1e-6)


def test_pca_of_a_tilted_line_keeps_its_length_on_the_first_axis():
    # Three points on the line y = x at distances -sqrt(2), 0, sqrt(2) from their mean (1, 1):
    # the first axis is (1, 1) / sqrt(2) (both entries equal: the first is the largest, positive).
    points, share = pca_2d(np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]]))
    r = math.sqrt(2.0)
    np.testing.assert_allclose(points, [[-r, 0.0], [0.0, 0.0], [r, 0.0]], atol=1e-6)
    np.testing.assert_allclose(share, [1.0, 0.0], atol=1e-12)


def test_pca_of_vectors_of_one_number_has_a_zero_second_axis():
    # 1, 3, 5: centred -2, 0, 2; one singular value sqrt(8), so all the spread is on the first axis.
    points, share = pca_2d(np.array([[1.0], [3.0], [5.0]]))
    assert points.shape == (3, 2)
    np.testing.assert_allclose(points, [[-2.0, 0.0], [0.0, 0.0], [2.0, 0.0]], atol=1e-6)
    np.testing.assert_allclose(share, [1.0, 0.0], atol=1e-12)


def test_pca_of_vectors_of_one_number_counts_a_negative_axis_positive():
    points, _ = pca_2d(np.array([[5.0], [3.0], [1.0]]))  # the same numbers in the other order
    np.testing.assert_allclose(points, [[2.0, 0.0], [0.0, 0.0], [-2.0, 0.0]], atol=1e-6)


def test_pca_of_identical_vectors_is_all_zero_with_no_share():
    points, share = pca_2d(np.ones((3, 4)))
    np.testing.assert_array_equal(points, np.zeros((3, 2)))
    np.testing.assert_array_equal(share, [0.0, 0.0])


def test_pca_gives_float32_points_and_float64_shares():
    points, share = pca_2d(PLUS)
    assert points.dtype == np.float32 and share.dtype == np.float64 and share.shape == (2,)


@pytest.mark.parametrize("bad", [np.zeros(4), np.zeros((1, 3)), np.zeros((2, 2, 2))])
def test_pca_refuses_fewer_than_two_vectors_or_not_a_matrix(bad):
    with pytest.raises(ValueError) as err:
        pca_2d(bad)
    assert str(err.value) == "PCA needs a matrix of at least two vectors"


def test_pca_takes_exactly_two_vectors():
    points, share = pca_2d(np.array([[0.0, 0.0, 0.0], [2.0, 0.0, 0.0]]))  # centred: -1 and +1 along x
    np.testing.assert_allclose(points, [[-1.0, 0.0], [1.0, 0.0]], atol=1e-6)
    np.testing.assert_allclose(share, [1.0, 0.0], atol=1e-12)


# Cosine similarity with vector 0 = (1, 0): (0, 1) -> 0, (3, 3) -> 1/sqrt(2) (its length does not
# count), (-1, 0) -> -1, the zero vector -> 0 (its length is taken as 1 so it is not a division by 0).
VECS = np.array([[1.0, 0.0], [0.0, 1.0], [3.0, 3.0], [-1.0, 0.0], [0.0, 0.0]])


def test_nearest_orders_by_cosine_similarity_and_leaves_the_vector_out():
    got = nearest(VECS, 0)
    assert [j for j, _ in got] == [2, 1, 4, 3]  # ties (1 and 4 at 0) keep their order
    np.testing.assert_allclose([s for _, s in got], [1 / math.sqrt(2), 0.0, 0.0, -1.0], atol=1e-12)


def test_nearest_gives_at_most_k():
    assert [j for j, _ in nearest(VECS, 0, k=2)] == [2, 1]


def test_nearest_gives_five_by_default():
    vecs = np.vstack([np.eye(2)[[0]], np.tile([[1.0, 0.5]], (7, 1))])  # 7 equal neighbours
    assert [j for j, _ in nearest(vecs, 0)] == [1, 2, 3, 4, 5]


def test_nearest_of_the_zero_vector_is_zero_similarity_for_all():
    got = nearest(VECS, 4, k=4)
    assert got == [(0, 0.0), (1, 0.0), (2, 0.0), (3, 0.0)]


def test_nearest_of_a_long_vector_is_a_cosine_not_a_dot_product():
    # vector 2 = (3, 3): cos with (1, 0) and (0, 1) is 1/sqrt(2); with (-1, 0) -1/sqrt(2).
    got = nearest(VECS, 2, k=3)
    assert [j for j, _ in got] == [0, 1, 4]
    np.testing.assert_allclose([s for _, s in got], [1 / math.sqrt(2), 1 / math.sqrt(2), 0.0], atol=1e-12)
    assert isinstance(got[0][0], int) and isinstance(got[0][1], float)


def test_nearest_keeps_ties_in_the_order_of_the_vectors():
    # 30 vectors: (1, 0), (0, 1), (-1, 0), (1, 0), ... Vector 0's neighbours: the other (1, 0)s (cos 1)
    # in their order, then every (0, 1) (cos 0), then every (-1, 0) (cos -1): ties never reordered.
    dirs = [[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0]]
    vecs = np.array([dirs[i % 3] for i in range(30)])
    want = [j for j in range(3, 30, 3)] + [j for j in range(1, 30, 3)] + [j for j in range(2, 30, 3)]
    assert [j for j, _ in nearest(vecs, 0, k=29)] == want


def test_similarities_are_computed_in_double_precision():
    got = nearest(VECS.astype(np.float32), 0, k=1)  # float32 would give 0.70710677
    assert got[0][0] == 2 and abs(got[0][1] - 1 / math.sqrt(2)) < 1e-12


def test_pca_is_computed_in_double_precision():
    # float32 input: computed as float32 the shares would be off by about 1e-8 (0.80000001)
    _, share = pca_2d(PLUS.astype(np.float32))
    np.testing.assert_allclose(share, [0.8, 0.2], rtol=0, atol=1e-12)
