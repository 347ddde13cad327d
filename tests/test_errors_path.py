"""One way an error becomes a learner's words: core.errors.learner_message, used by the GUI, runs and CLI."""

from __future__ import annotations

import pytest

from deskdl.core.errors import (
    OOM_FIX,
    OOM_TEXT,
    UNEXPECTED_FIX,
    DeskdlError,
    LearnerMessage,
    learner_message,
    one_line,
    paragraph,
)
from deskdl.ml.build import BuildError
from deskdl.ml.datasets import DataError, DatasetMissing
from deskdl.ml.training import TrainingError, to_training_error


def test_the_two_layouts():
    assert one_line("the file is empty.", "Save it again") == "the file is empty: save it again"
    assert one_line("the file is empty") == "the file is empty"
    assert paragraph("the file is empty", "Save it again") == (
        "The file is empty.\n\nWhat to do: save it again.")
    assert paragraph("Done!") == "Done!"
    err = DeskdlError("the file is empty.", "Save it again")
    assert err.text == str(err) == one_line(err.message, err.fix)


@pytest.mark.parametrize("err,kind", [
    (DeskdlError("a", "b"), "error"),
    (DataError("a", "b"), "data"),
    (DatasetMissing("a", "b"), "data"),
    (BuildError("a", "b", node_id="d1"), "build"),
    (TrainingError("a", "b", kind="nan"), "nan"),
])
def test_deskdl_errors_keep_their_words_and_kind(err, kind):
    said = learner_message(err)
    assert (said.message, said.fix, said.kind) == ("a", "b", kind)
    assert said.line == "a: b" and said.paragraph == "A.\n\nWhat to do: b."
    assert said.node_id == err.node_id


def test_out_of_memory_is_explained():
    class ResourceExhaustedError(Exception):
        pass

    for err in (MemoryError(), ResourceExhaustedError("boom"), RuntimeError("OOM when allocating tensor")):
        said = learner_message(err)
        assert (said.message, said.fix, said.kind) == (OOM_TEXT, OOM_FIX, "oom")


def test_anything_else_names_the_error_and_keeps_the_report():
    try:
        raise ValueError("first line\nsecond line")
    except ValueError as err:
        said = learner_message(err)
    assert said == LearnerMessage("training stopped with an error: ValueError: first line", UNEXPECTED_FIX,
                                  "error", said.details)
    assert "Traceback" in said.details and "second line" in said.details


def test_runs_and_the_gui_use_it():
    from deskdl.qt.workers import describe_failure

    err = DataError("the table is empty", "add rows")
    f = describe_failure(err)
    said = learner_message(err)
    assert (f.message, f.kind) == (said.paragraph, "data")
    run = to_training_error(err)
    assert (run.message, run.fix, run.kind) == ("the table is empty", "add rows", "data")
    own = TrainingError("the loss is NaN", "lower the learning rate", kind="nan")
    assert to_training_error(own) is own and own.details


def test_every_command_line_error_is_one_line_naming_the_file_once():
    from deskdl.cli import error_line as cli_line
    from deskdl.core.errors import error_line
    from deskdl.ml.cli_train import _error_line

    assert cli_line is error_line
    assert error_line("a.csv", "a.csv: line 3\n  is   bad") == "deskdl: error: a.csv: line 3 is bad"
    assert error_line("a.csv", "a.csv has no column 'x'") == "deskdl: error: a.csv: has no column 'x'"
    assert error_line(None, "no file") == "deskdl: error: no file"
    line = _error_line("p.deskdl", "p.deskdl: the loss is NaN")
    assert line == "deskdl: error: p.deskdl: the loss is NaN\n"
