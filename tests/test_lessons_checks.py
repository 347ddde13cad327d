"""Lesson checks: every kind true and false on real projects and run records; combinators."""

from __future__ import annotations

import pytest

from deskdl.core.history import RunRecord
from deskdl.core.lessons import Check, LearnerEvent, LessonContext, LessonError, evaluate
from deskdl.core.lessons.checks import compare, curve_has_shape, run_diverged
from deskdl.core.lessons.loader import _read_check, _Where
from deskdl.core.project import Project
from deskdl.paths import resource


def check(table: dict) -> Check:
    """A check as the loader reads it from a lesson file (schema checked)."""
    return _read_check(_Where("test.toml", 1, "t"), "check", table)


@pytest.fixture
def mlp() -> Project:
    """The shipped 2-D MLP template: Input(2) -> Dense(16, relu) -> Dense(16, relu) -> Dense(2, softmax)."""
    return Project.load(resource("templates", "mlp_2d.deskdl"))


def record(run_id: str, status: str = "finished", loss=(0.7, 0.5, 0.3), val_accuracy=(0.6, 0.8, 0.93),
           test=None, optimizer="Adam", lr=0.01, error=None) -> dict:
    rec = RunRecord(id=run_id, status=status, epochs_run=len(loss),
                    settings={"optimizer": {"type": optimizer, "learning_rate": lr}, "batch_size": 32},
                    history={"loss": list(loss), "val_accuracy": list(val_accuracy)},
                    final={"loss": loss[-1] if loss else None,
                           "val_accuracy": val_accuracy[-1] if val_accuracy else None},
                    test=dict(test or {"accuracy": 0.91, "loss": 0.3})).to_dict()
    if error:
        rec["error"] = {"kind": error, "text": "..."}
    return rec


def ok(table: dict, **ctx) -> bool:
    return evaluate(check(table), LessonContext(**ctx)).passed


# ---------------------------------------------------------------- graph
def test_layer_exists_and_count(mlp):
    assert ok({"kind": "layer_exists", "type": "Dense", "where": {"activation": "relu"}}, project=mlp)
    assert not ok({"kind": "layer_exists", "type": "Dense", "where": {"activation": "tanh"}}, project=mlp)
    assert not ok({"kind": "layer_exists", "type": "Conv2D"}, project=mlp)
    assert ok({"kind": "layer_count", "type": "Dense", "min": 3, "max": 3}, project=mlp)
    assert not ok({"kind": "layer_count", "type": "Dense", "min": 4}, project=mlp)
    assert ok({"kind": "layer_count", "max": 3}, project=mlp)  # no type: every layer but the Input
    assert ok({"kind": "layer_count", "type": "Input", "min": 1, "max": 1}, project=mlp)
    mlp.graph.set_params("hidden_1", {"activation": "tanh"})
    relu = {"activation": "relu"}
    assert ok({"kind": "layer_count", "type": "Dense", "where": relu, "max": 1}, project=mlp)
    assert not ok({"kind": "layer_exists"}, project=None)


def test_layer_setting_by_id_and_by_type(mlp):
    assert ok({"kind": "layer_setting", "layer": "hidden_1", "setting": "units", "equals": 16}, project=mlp)
    assert not ok({"kind": "layer_setting", "layer": "hidden_1", "setting": "units", "max": 8}, project=mlp)
    assert ok({"kind": "layer_setting", "type": "Dense", "setting": "activation", "equals": "softmax"},
              project=mlp)
    assert not ok({"kind": "layer_setting", "type": "Dense", "setting": "activation", "equals": "tanh"},
                  project=mlp)
    res = evaluate(check({"kind": "layer_setting", "layer": "gone", "setting": "units", "min": 1}),
                   LessonContext(project=mlp))
    assert not res.passed and "There is no layer gone" in res.detail


def test_params_counts_like_keras(mlp):
    # 2*16+16 + 16*16+16 + 16*2+2 = 48 + 272 + 34 = 354
    assert ok({"kind": "params", "max": 354}, project=mlp)
    assert not ok({"kind": "params", "max": 353}, project=mlp)
    res = evaluate(check({"kind": "params", "min": 1000}), LessonContext(project=mlp))
    assert not res.passed and res.detail == "It has 354 parameters."


def test_output_shape_and_one_layers_params():
    cnn = Project.load(resource("templates", "cnn_digits.deskdl"))
    assert ok({"kind": "output_shape", "layer": "conv_1", "equals": [8, 8, 16]}, project=cnn)
    assert ok({"kind": "output_shape", "layer": "pool_1", "one_of": [[3, 3, 16], [4, 4, 16]]}, project=cnn)
    res = evaluate(check({"kind": "output_shape", "layer": "pool_1", "equals": [8, 8, 16]}),
                   LessonContext(project=cnn))
    assert not res.passed and res.detail == "It is (4, 4, 16)."
    assert not ok({"kind": "output_shape", "layer": "nope", "equals": [1]}, project=cnn)
    # a 3x3 filter on 1 channel has 9 weights and a bias: 16 filters, 160 parameters (Keras agrees)
    assert ok({"kind": "params", "layer": "conv_1", "min": 160, "max": 160}, project=cnn)
    assert not ok({"kind": "params", "layer": "conv_2", "max": 4639}, project=cnn)  # 32 * (3*3*16 + 1) = 4640
    cnn.graph.set_params("conv_1", {"padding": "valid"})
    assert ok({"kind": "output_shape", "layer": "conv_1", "equals": [6, 6, 16]}, project=cnn)


def test_link_by_id_or_type():
    res = Project.load(resource("templates", "resnet_block.deskdl"))
    assert ok({"kind": "link", "src": "stem", "dst_type": "Add"}, project=res)  # the skip link
    assert ok({"kind": "link", "src": "conv_b", "dst": "skip_add"}, project=res)
    assert ok({"kind": "link", "src_type": "Conv2D", "dst_type": "Add"}, project=res)
    assert not ok({"kind": "link", "src": "conv_a", "dst_type": "Add"}, project=res)
    assert not ok({"kind": "link", "src": "skip_add", "dst": "stem"}, project=res)
    out = evaluate(check({"kind": "link", "src": "image", "dst_type": "Add"}), LessonContext(project=res))
    assert (out.text, out.detail) == ("The output of layer image goes straight into an Add layer.",
                                      "There is no such link yet.")


def test_model_valid(mlp):
    assert ok({"kind": "model_valid"}, project=mlp)
    mlp.graph.add_node("Conv2D", inputs=["hidden_2"])  # a flat vector into Conv2D: an error
    res = evaluate(check({"kind": "model_valid"}), LessonContext(project=mlp))
    assert not res.passed and "Conv2D" in res.detail


def test_training_and_data_settings(mlp):
    assert ok({"kind": "training_setting", "setting": "optimizer.learning_rate", "equals": 0.01}, project=mlp)
    assert not ok({"kind": "training_setting", "setting": "optimizer.learning_rate", "min": 0.1}, project=mlp)
    assert ok({"kind": "training_setting", "setting": "optimizer.type", "one_of": ["Adam", "SGD"]},
              project=mlp)
    assert not ok({"kind": "training_setting", "setting": "optimizer.nope", "equals": 1}, project=mlp)
    assert ok({"kind": "data_setting", "setting": "dataset", "equals": "circle"}, project=mlp)
    assert not ok({"kind": "data_setting", "setting": "dataset", "equals": "spiral"}, project=mlp)
    mlp.data["params"]["noise"] = 0.3
    assert ok({"kind": "data_setting", "setting": "params.noise", "min": 0.25}, project=mlp)


def test_algorithm_setting_reads_the_kinds_settings_with_their_defaults():
    dqn = Project.load(resource("templates", "cartpole_dqn.deskdl"))
    dqn.algorithm = {"episodes": 80}
    assert ok({"kind": "algorithm_setting", "setting": "episodes", "equals": 80}, project=dqn)
    assert not ok({"kind": "algorithm_setting", "setting": "episodes", "min": 100}, project=dqn)
    # left out of the file: the kind's default (1.0: every action random at the start)
    assert ok({"kind": "algorithm_setting", "setting": "epsilon_start", "equals": 1.0}, project=dqn)
    result = evaluate(check({"kind": "algorithm_setting", "setting": "baseline", "equals": True}),
                      LessonContext(project=dqn))
    assert not result.passed and "has no setting baseline" in result.detail
    named = evaluate(check({"kind": "algorithm_setting", "setting": "epsilon_end", "max": 0.1}),
                     LessonContext(project=dqn))
    assert named.text == "The setting Epsilon end is at most 0.1."  # as the Train tab labels it
    assert not ok({"kind": "algorithm_setting", "setting": "episodes", "min": 1}, project=None)


# ---------------------------------------------------------------- runs
def test_run_checks_ignore_runs_from_before_the_step(mlp):
    mlp.runs = [record("run-1")]
    c = {"kind": "run_finished"}
    assert not ok(c, project=mlp, old_runs=frozenset({"run-1"}))
    assert ok({**c, "scope": "any"}, project=mlp, old_runs=frozenset({"run-1"}))
    mlp.runs.append(record("run-2", status="stopped"))
    assert not ok(c, project=mlp, old_runs=frozenset({"run-1"}))  # stopped by the learner: not ended
    assert ok({**c, "status": ["stopped"]}, project=mlp, old_runs=frozenset({"run-1"}))
    assert ok({**c, "min_epochs": 3}, project=mlp)
    assert not ok({**c, "min_epochs": 4}, project=mlp)
    assert ok({**c, "project_kind": "supervised"}, project=mlp)
    assert not ok({**c, "project_kind": "gan"}, project=mlp)


def test_metric_reads_newest_run_and_test_set():
    runs = [record("run-1", val_accuracy=(0.5, 0.97)), record("run-2", val_accuracy=(0.5, 0.7))]
    assert not ok({"kind": "metric", "metric": "val_accuracy", "min": 0.9}, runs=runs)  # the newest: 0.7
    assert ok({"kind": "metric", "metric": "val_accuracy", "max": 0.75}, runs=runs)
    assert ok({"kind": "metric", "metric": "test_accuracy", "min": 0.91}, runs=runs)
    assert not ok({"kind": "metric", "metric": "test_accuracy", "min": 0.92}, runs=runs)
    assert not ok({"kind": "metric", "metric": "test_mae", "max": 1.0}, runs=runs)  # no such metric
    failed = [record("run-3", status="failed", val_accuracy=(0.99,))]
    assert not ok({"kind": "metric", "metric": "val_accuracy", "min": 0.5}, runs=failed)
    assert not ok({"kind": "metric", "metric": "loss", "max": 9}, runs=[])
    res = evaluate(check({"kind": "metric", "metric": "val_accuracy", "min": 0.9}), LessonContext(runs=runs))
    assert (res.text, res.detail) == ("The newest run's validation accuracy is at least 90 %.", "It is 70 %.")


def test_curve_shapes():
    assert curve_has_shape([1.0, 2.0, 0.5], "up_then_down")
    assert not curve_has_shape([3.0, 2.0, 1.0], "up_then_down")
    assert not curve_has_shape([1.0, 2.0, 3.0], "up_then_down")
    assert curve_has_shape([1.0, 0.4, 0.6], "down_then_up")
    assert not curve_has_shape([1.0, 0.4, 0.3], "down_then_up")
    assert curve_has_shape([1.0, 0.5], "falling") and not curve_has_shape([1.0, 0.5], "rising")
    assert not curve_has_shape([1.0, 0.95], "falling", by=0.1)
    assert curve_has_shape([1.0, 0.85], "falling", 0.1)
    # a rise of 1 % is no rise "by 5 %"
    assert not curve_has_shape([1.0, 1.01, 0.5], "up_then_down", by=0.05)
    assert curve_has_shape([1.0, 1.2, 0.5], "up_then_down", by=0.05)
    runs = [record("run-1", loss=(0.7, 1.5, 0.4))]
    assert ok({"kind": "curve", "shape": "up_then_down"}, runs=runs)
    assert not ok({"kind": "curve", "shape": "down_then_up"}, runs=runs)
    overfit = [record("run-1", loss=(0.7, 0.5, 0.3), val_accuracy=(0.5, 0.8, 0.7))]
    assert ok({"kind": "curve", "metric": "val_accuracy", "shape": "up_then_down"}, runs=overfit)


def test_diverged():
    nan = record("run-1", status="failed", loss=(0.7,), error="nan")
    assert run_diverged(nan) and ok({"kind": "diverged"}, runs=[nan])
    oom = record("run-1", status="failed", error="oom")
    assert not run_diverged(oom) and not ok({"kind": "diverged"}, runs=[oom])
    assert not ok({"kind": "diverged"}, runs=[record("run-1")])
    older = record("run-1", status="failed", loss=(0.7, None))  # no error field: null (NaN) in the loss
    assert run_diverged(older)


def test_doctor_reads_the_newest_runs_curves(mlp):
    """The doctor check asks the training doctor (deskdl.core.doctor) about the newest run's curves."""
    falling = (0.7, 0.5, 0.4, 0.3, 0.25, 0.2, 0.18, 0.15)
    adam = {"optimizer": {"type": "Adam", "learning_rate": 0.01}}
    overfit = RunRecord(id="run-1", epochs_run=8, settings=adam,
                        history={"loss": list(falling),
                                 "val_loss": [0.6, 0.5, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9]}).to_dict()
    healthy = RunRecord(id="run-2", epochs_run=8, settings=overfit["settings"],
                        history={"loss": list(falling), "val_loss": [v + 0.02 for v in falling]}).to_dict()
    c = {"kind": "doctor", "finding": "overfitting"}
    assert ok(c, project=mlp, runs=[overfit])
    res = evaluate(check(c), LessonContext(project=mlp, runs=[overfit, healthy]))  # the newest is healthy
    assert not res.passed and res.detail == "It finds nothing wrong."
    assert res.text == "The training doctor finds overfitting in the newest run."
    assert not ok({"kind": "doctor", "finding": "lr_high"}, runs=[overfit])
    bouncing = record("run-3", loss=(0.7, 1.2, 0.6, 1.4, 0.5, 1.6, 0.6))
    assert ok({"kind": "doctor", "finding": "lr_high"}, runs=[bouncing])
    assert not ok(c, runs=[overfit], old_runs=frozenset({"run-1"}))  # a run from before the step
    with pytest.raises(LessonError, match="finding"):
        check({"kind": "doctor", "finding": "dead"})  # no such finding


def test_doctor_reads_the_inspect_evidence_kept_with_a_run(mlp):
    """Dead ReLUs and gradient norms (Inspect's figures at a run's end) are kept as its record's evidence."""
    from deskdl.core.lessons.checks import run_evidence

    norms = {"hidden_1": 2e-8, "hidden_2": 1e-5, "output": 0.15}
    stats = {"hidden_1": {"dead": 2, "units": 16, "hist": [1, 2]}, "hidden_2": {"dead": 16, "units": 16},
             "output": {"dead": -1, "units": 2}}
    ev = run_evidence(stats, norms, [40, 40])
    assert ev == {"dead": {"hidden_1": [2, 16], "hidden_2": [16, 16]}, "gradient_norms": norms,
                  "class_counts": [40, 40]}
    rec = record("run-1", loss=(0.7, 0.69, 0.7, 0.69, 0.7, 0.69))
    assert not ok({"kind": "doctor", "finding": "dead_relu"}, project=mlp, runs=[rec])  # no evidence kept
    rec["evidence"] = ev
    assert ok({"kind": "doctor", "finding": "dead_relu"}, project=mlp, runs=[rec])
    assert ok({"kind": "doctor", "finding": "dead_relu", "layer": "hidden_2"}, project=mlp, runs=[rec])
    assert not ok({"kind": "doctor", "finding": "dead_relu", "layer": "hidden_1"}, project=mlp, runs=[rec])
    vanish = {"kind": "doctor", "finding": "vanishing_gradients", "layer": "hidden_1"}
    assert ok(vanish, project=mlp, runs=[rec])
    assert not ok({"kind": "doctor", "finding": "exploding_gradients"}, project=mlp, runs=[rec])
    res = evaluate(check({"kind": "doctor", "finding": "dead_relu", "layer": "hidden_1"}),
                   LessonContext(project=mlp, runs=[rec]))
    assert res.text == "The training doctor finds dead relu in layer hidden_1 in the newest run."
    assert res.detail.startswith("It finds: ") and "dead relus" in res.detail


def test_runs_compared():
    runs = [record("run-1", optimizer="SGD"), record("run-2", optimizer="Adam"),
            record("run-3", optimizer="Adam", lr=0.1), record("run-4", optimizer="RMSprop", status="failed")]
    assert ok({"kind": "runs_compared", "setting": "optimizer.type", "min": 2}, runs=runs)
    assert not ok({"kind": "runs_compared", "setting": "optimizer.type", "min": 3}, runs=runs)  # failed
    assert ok({"kind": "runs_compared", "setting": "optimizer.learning_rate"}, runs=runs)
    # frozen vs fine-tuned vs from scratch: the same settings, different trainable counts
    runs = [dict(record(f"run-{i}"), params=62308, trainable=n)
            for i, n in enumerate((2308, 2308, 60_000), 1)]
    assert ok({"kind": "runs_compared", "setting": "trainable", "min": 2}, runs=runs)
    assert not ok({"kind": "runs_compared", "setting": "trainable", "min": 3}, runs=runs)
    assert not ok({"kind": "runs_compared", "setting": "params", "min": 2}, runs=runs)  # all parameters: same
    assert not ok({"kind": "runs_compared", "setting": "trainable"}, runs=[record("run-1"), record("run-2")])


# ---------------------------------------------------------------- learner events
def test_event_counts_and_matches_details():
    events = [LearnerEvent("tab_opened", {"tab": "Data"}),
              LearnerEvent("temperature_changed", {"value": 0.2}),
              LearnerEvent("temperature_changed", {"value": 1.5})]
    assert ok({"kind": "event", "name": "tab_opened", "where": {"tab": "Data"}}, events=events)
    assert not ok({"kind": "event", "name": "tab_opened", "where": {"tab": "Train"}}, events=events)
    assert ok({"kind": "event", "name": "temperature_changed", "min": 2}, events=events)
    assert not ok({"kind": "event", "name": "temperature_changed", "min": 3}, events=events)
    assert not ok({"kind": "event", "name": "digit_drawn"}, events=events)


# ---------------------------------------------------------------- combinators
def test_all_any_not(mlp):
    yes = {"kind": "layer_exists", "type": "Dense"}
    no = {"kind": "layer_exists", "type": "Conv2D"}
    assert ok({"kind": "all", "checks": [yes, yes]}, project=mlp)
    res = evaluate(check({"kind": "all", "checks": [yes, no]}), LessonContext(project=mlp))
    assert not res.passed and res.detail.startswith("Still to do: The model has a Conv2D layer.")
    assert len(res.parts) == 2 and res.parts[0].passed and not res.parts[1].passed
    assert ok({"kind": "any", "checks": [no, yes]}, project=mlp)
    assert not ok({"kind": "any", "checks": [no, no]}, project=mlp)
    assert ok({"kind": "not", "check": no}, project=mlp)
    assert not ok({"kind": "not", "check": yes}, project=mlp)


def test_own_text_replaces_the_generated_goal(mlp):
    res = evaluate(check({"kind": "params", "max": 10, "text": "Keep it tiny."}), LessonContext(project=mlp))
    assert res.text == "Keep it tiny." and not res.passed


def test_compare_is_exact_about_types():
    assert compare(0.1 + 0.2, {"equals": 0.3})  # float noise is not a difference
    assert not compare(True, {"equals": 1}) and not compare(1, {"equals": True})
    assert not compare("relu", {"min": 1}) and not compare(float("nan"), {"max": 1})
    assert compare([28, 28, 1], {"equals": [28, 28, 1]})


def test_generated_goals_name_settings_in_words(mlp):
    res = evaluate(check({"kind": "training_setting", "setting": "optimizer.learning_rate", "max": 0.001}),
                   LessonContext(project=mlp))
    assert (res.passed, res.text, res.detail) == (False, "The learning rate is at most 0.001.", "It is 0.01.")
    res = evaluate(check({"kind": "data_setting", "setting": "params.fancy", "equals": 1}),
                   LessonContext(project=mlp))
    assert res.text == "The data setting params.fancy is 1."
    assert res.detail == "The project has no data setting params.fancy."
