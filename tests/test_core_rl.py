"""Pure tests of deskdl.core.rl: the tasks' facts, the settings checks and the network checks.

The facts are gymnasium's documented ones (the classic-control pages: observation sizes, actions,
episode lengths, solved thresholds, render fps; tests/test_rl.py also compares them with the installed
gymnasium); each message is the sentence the learner reads (no Qt, no TensorFlow; milliseconds).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from deskdl.core import rl as R
from deskdl.core.analysis import ERROR
from deskdl.core.catalog import FixAction
from deskdl.core.graph import ModelGraph
from deskdl.core.project import Project

TEMPLATES = Path(__file__).resolve().parents[1] / "resources" / "templates"
CARTPOLE_OBS = "cart position, cart velocity, pole angle, pole angular velocity"


def net(obs=(4,), out: int = 2, activation: str | None = "linear", last: dict | None = None) -> dict:
    """Input ``obs`` -> Dense 8 relu -> Dense ``out`` (``activation``) [-> ``last``]."""
    dense = {"units": out} if activation is None else {"units": out, "activation": activation}
    nodes = [
        {"id": "observation", "type": "Input", "params": {"shape": list(obs)}},
        {"id": "hidden", "type": "Dense", "params": {"units": 8, "activation": "relu"},
         "inputs": ["observation"]},
        {"id": "out", "type": "Dense", "params": dense, "inputs": ["hidden"]},
    ]
    if last is not None:
        nodes.append({**last, "inputs": ["out"]})
    return {"nodes": nodes}


def found(graph, kind: str, env: str):
    return [(d.node_id, d.severity, d.message, d.fix, d.action, d.param)
            for d in R.network_problems(graph, kind, env)]


# ------------------------------------------------------------------ facts
def test_the_kinds_and_the_default_task():
    assert (R.DQN, R.POLICY_GRADIENT) == ("dqn", "policy_gradient")
    assert R.RL_KINDS == ("dqn", "policy_gradient")
    assert R.DEFAULT_ENV == "CartPole-v1" and list(R.ENVS) == ["CartPole-v1", "Acrobot-v1", "MountainCar-v0",
                                                                "Pendulum-v1"]


@pytest.mark.parametrize("env_id,obs,actions,outputs,max_steps,target,fps", [
    ("CartPole-v1", 4, 2, 2, 500, 475.0, 50),
    ("Acrobot-v1", 6, 3, 3, 500, -100.0, 15),
    ("MountainCar-v0", 2, 3, 3, 200, -110.0, 30),
    ("Pendulum-v1", 3, 0, 1, 200, -200.0, 30),  # continuous: 1 torque value; no gymnasium threshold
])
def test_each_task_has_gymnasiums_facts(env_id, obs, actions, outputs, max_steps, target, fps):
    f = R.env_facts(env_id)
    assert (f.id, f.obs_size, f.actions, f.outputs, f.max_steps, f.target, f.fps) == (
        env_id, obs, actions, outputs, max_steps, target, fps)
    assert f.discrete is (actions > 0) and len(f.action_names) == actions


def test_pendulum_has_no_threshold_but_deskdls_goal():
    f = R.ENVS["Pendulum-v1"]
    assert f.threshold is None and R.GOALS == {"Pendulum-v1": -200.0} and f.target == -200.0
    assert (f.action_size, f.action_low, f.action_high) == (1, -2.0, 2.0)


def test_a_threshold_is_the_target_when_there_is_one():
    assert R.ENVS["MountainCar-v0"].threshold == -110.0 == R.ENVS["MountainCar-v0"].target


def test_the_description_is_the_four_texts_in_order():
    assert R.ENVS["MountainCar-v0"].description() == (
        "State: 2 numbers: the car's position (from -1.2 to 0.6) and velocity (from -0.07 to 0.07). "
        "Actions: 3: accelerate left, do nothing, or accelerate right. The engine is too weak to drive "
        "straight up: the car must swing back and forth to gain speed. "
        "Reward: -1 for every step until the car reaches the flag (position 0.5); the episode ends then, "
        "or after 200 steps. Random actions almost never reach it, so the agent sees only -200 for a "
        "long time. "
        "Solved: an average return of -110 over 100 episodes.")


def test_cartpoles_actions_and_observation_are_named():
    f = R.ENVS["CartPole-v1"]
    assert f.action_names == ("push left", "push right")
    assert ", ".join(f.observation) == CARTPOLE_OBS


def test_an_unknown_environment_names_the_choices():
    with pytest.raises(R.UnknownEnv) as err:
        R.env_facts("Pong")
    assert str(err.value) == ("deskdl does not know the environment 'Pong': choose one of CartPole-v1, "
                              "Acrobot-v1, MountainCar-v0, Pendulum-v1")
    assert isinstance(err.value, KeyError)


def test_an_environment_id_that_is_not_text_is_unknown_too():
    with pytest.raises(R.UnknownEnv) as err:
        R.env_facts(["CartPole-v1"])  # a list cannot be a key: TypeError, reported the same way
    assert str(err.value).startswith("deskdl does not know the environment ['CartPole-v1']: choose one of")


def test_an_unknown_env_error_without_words_says_so():
    assert str(R.UnknownEnv()) == "unknown environment"


# ------------------------------------------------------------------ settings_problems
def test_dqn_on_a_continuous_task_is_refused_with_the_alternative():
    assert R.settings_problems("dqn", {"env": "Pendulum-v1"}) == [
        "DQN needs a few separate actions, but Pendulum-v1 takes a continuous action (a number): choose "
        "REINFORCE (policy gradient) for it, or a task with separate actions such as CartPole-v1"]


def test_dqn_on_a_discrete_or_unknown_task_is_fine():
    assert R.settings_problems("dqn", {"env": "Acrobot-v1"}) == []
    assert R.settings_problems("dqn", {"env": "Pong"}) == []  # the choice itself is checked elsewhere
    assert R.settings_problems("dqn", {"env": 3}) == []
    assert R.settings_problems("dqn", {}) == []


def test_a_buffer_smaller_than_a_batch_is_refused():
    assert R.settings_problems("dqn", {"buffer_size": 32, "batch_size": 64}) == [
        "algorithm.buffer_size (32) is smaller than algorithm.batch_size (64): a batch is drawn from the "
        "replay buffer, so make the buffer at least as large as a batch"]


def test_a_buffer_of_one_batch_is_enough():
    assert R.settings_problems("dqn", {"buffer_size": 64, "batch_size": 64}) == []


@pytest.mark.parametrize("buf,batch", [(32.0, 64), (32, "64"), (None, 64), (32, None)])
def test_buffer_and_batch_are_compared_only_as_whole_numbers(buf, batch):
    assert R.settings_problems("dqn", {"buffer_size": buf, "batch_size": batch}) == []


def test_epsilon_that_grows_is_refused():
    assert R.settings_problems("dqn", {"epsilon_start": 0.1, "epsilon_end": 0.5}) == [
        "algorithm.epsilon_end (0.5) is larger than algorithm.epsilon_start (0.1): exploration should "
        "shrink as the agent learns, so make the end at most the start"]


def test_epsilon_given_as_whole_numbers_is_checked_too():
    assert R.settings_problems("dqn", {"epsilon_start": 0, "epsilon_end": 1}) == [
        "algorithm.epsilon_end (1) is larger than algorithm.epsilon_start (0): exploration should "
        "shrink as the agent learns, so make the end at most the start"]


@pytest.mark.parametrize("start,end", [(0.5, 0.5), (1.0, 0.02), ("0.1", 0.5), (0.1, "0.5"), (None, 0.5)])
def test_epsilon_that_stays_or_shrinks_or_is_not_a_number_is_not_refused_here(start, end):
    assert R.settings_problems("dqn", {"epsilon_start": start, "epsilon_end": end}) == []


def test_every_settings_problem_is_listed_in_order():
    got = R.settings_problems("dqn", {"env": "Pendulum-v1", "buffer_size": 1, "batch_size": 2,
                                      "epsilon_start": 0.0, "epsilon_end": 0.1})
    assert [p.split(" ")[0] for p in got] == ["DQN", "algorithm.buffer_size", "algorithm.epsilon_end"]


def test_policy_gradient_has_no_settings_problems_of_dqn():
    bad = {"env": "Pendulum-v1", "buffer_size": 1, "batch_size": 2, "epsilon_start": 0.0, "epsilon_end": 0.1}
    assert R.settings_problems("policy_gradient", bad) == []


# ------------------------------------------------------------------ network_problems
def test_a_fitting_network_has_no_problems():
    assert R.network_problems(net(), "dqn", "CartPole-v1") == []
    assert R.network_problems(ModelGraph.from_dict(net()), "dqn", "CartPole-v1") == []


def test_an_unknown_environment_has_no_network_problems():
    assert R.network_problems(net(obs=(9,)), "dqn", "Pong") == []


def test_two_inputs_are_one_problem_and_nothing_else():
    graph = {"nodes": [
        {"id": "a", "type": "Input", "params": {"shape": [2]}},
        {"id": "b", "type": "Input", "params": {"shape": [2]}},
        {"id": "c", "type": "Concatenate", "inputs": ["a", "b"]},
        {"id": "out", "type": "Dense", "params": {"units": 5}, "inputs": ["c"]},  # 5 outputs: not reported
    ]}
    assert found(graph, "dqn", "CartPole-v1") == [
        (None, ERROR, "the network has 2 Inputs, but an agent's network reads one thing: the observation, 4 "
         "numbers", "keep exactly one Input, shaped (4,)", None, None)]


def test_a_wrong_observation_shape_has_a_one_click_fix():
    assert found(net(obs=(3,)), "dqn", "CartPole-v1") == [
        ("observation", ERROR, f"the Input observation has shape (3,), but CartPole-v1 gives 4 numbers each "
         f"step ({CARTPOLE_OBS})", "set the Input's shape to (4,)",
         FixAction("Set shape to (4,)", "set_param", "observation", params={"shape": [4]}), "shape")]


def test_a_picture_shaped_observation_is_written_with_all_its_sizes():
    (p,) = [d for d in R.network_problems(net(obs=(2, 2)), "dqn", "CartPole-v1") if d.param == "shape"]
    assert p.message.startswith("the Input observation has shape (2, 2), but CartPole-v1 gives 4 numbers")


def test_a_network_that_does_not_analyse_reports_only_its_input():
    broken = net(obs=(3,), last={"id": "r", "type": "Reshape", "params": {"target_shape": [5]}})
    assert [d.param for d in R.network_problems(broken, "dqn", "CartPole-v1")] == ["shape"]
    broken = net(last={"id": "r", "type": "Reshape", "params": {"target_shape": [5]}})
    assert R.network_problems(broken, "dqn", "CartPole-v1") == []  # the graph's own error, not repeated


def test_two_outputs_must_be_joined():
    graph = net()
    graph["nodes"].append({"id": "extra", "type": "Dense", "params": {"units": 2}, "inputs": ["hidden"]})
    assert found(graph, "dqn", "CartPole-v1") == [
        (None, ERROR, "the network has 2 outputs, but an agent's network gives one: a value per action",
         "connect the loose ends so one layer is the output", None, None)]


def test_a_dqn_output_of_the_wrong_size_has_a_one_click_fix():
    assert found(net(out=3), "dqn", "CartPole-v1") == [
        ("out", ERROR, "the output out gives shape (3,), but on CartPole-v1 the network must give 2 numbers: "
         "one Q-value per action (push left, push right)", "make the last layer a Dense with 2 units",
         FixAction("Set units to 2", "set_param", "out", params={"units": 2}), "units")]


def test_a_policy_output_of_the_wrong_size_asks_for_scores():
    (p,) = R.network_problems(net(obs=(6,), out=2), "policy_gradient", "Acrobot-v1")
    assert p.message == ("the output out gives shape (2,), but on Acrobot-v1 the network must give 3 "
                         "numbers: one score per action (torque -1, no torque, torque +1)")


def test_a_continuous_policy_output_asks_for_the_mean():
    (p,) = R.network_problems(net(obs=(3,), out=2), "policy_gradient", "Pendulum-v1")
    assert p.message == ("the output out gives shape (2,), but on Pendulum-v1 the network must give 1 "
                         "numbers: the mean of the action (1 number)")
    assert p.fix == "make the last layer a Dense with 1 units"


def test_a_continuous_action_of_several_values_asks_for_each_mean(monkeypatch):
    # No shipped task has a continuous action of 2 values; one made from Pendulum's facts has.
    import dataclasses

    two = dataclasses.replace(R.ENVS["Pendulum-v1"], id="Two-v0", action_size=2)
    monkeypatch.setitem(R.ENVS, "Two-v0", two)
    (p,) = R.network_problems(net(obs=(3,), out=1), "policy_gradient", "Two-v0")
    assert p.message == ("the output out gives shape (1,), but on Two-v0 the network must give 2 numbers: "
                         "the mean of the action (2 numbers)")


def test_an_output_that_is_not_dense_gets_no_one_click_fix():
    graph = net(out=3, last={"id": "act", "type": "Activation", "params": {"activation": "linear"}})
    (p,) = R.network_problems(graph, "dqn", "CartPole-v1")
    assert (p.node_id, p.action, p.param) == ("act", None, "units")
    assert p.message.startswith("the output act gives shape (3,), but on CartPole-v1")


def test_an_output_of_several_axes_is_written_with_all_its_sizes():
    graph = net(last={"id": "r", "type": "Reshape", "params": {"target_shape": [1, 2]}})
    (p,) = R.network_problems(graph, "dqn", "CartPole-v1")
    assert p.message.startswith("the output r gives shape (1, 2), but on CartPole-v1")


def test_dqn_q_values_must_be_linear():
    assert found(net(activation="softmax"), "dqn", "CartPole-v1") == [
        ("out", ERROR, "the output out uses the softmax activation, but Q-values are expected returns and "
         "can be any number (CartPole's reach 100)", "set its activation to linear",
         FixAction("Set activation to linear", "set_param", "out", params={"activation": "linear"}),
         "activation")]


def test_a_dense_without_an_activation_setting_is_linear_for_dqn():
    assert R.network_problems(net(activation=None), "dqn", "CartPole-v1") == []


def test_an_activation_layer_after_a_fitting_output_is_not_checked():
    graph = net(last={"id": "act", "type": "Activation", "params": {"activation": "sigmoid"}})
    assert R.network_problems(graph, "dqn", "CartPole-v1") == []


@pytest.mark.parametrize("act", ["linear", "softmax"])
def test_a_discrete_policy_gives_scores_or_probabilities(act):
    assert R.network_problems(net(activation=act), "policy_gradient", "CartPole-v1") == []


def test_a_discrete_policy_with_another_activation_is_refused():
    assert found(net(activation="sigmoid"), "policy_gradient", "CartPole-v1") == [
        ("out", ERROR, "the output out uses the sigmoid activation, but a policy gives scores (logits, "
         "linear) or probabilities (softmax) for the actions",
         "set its activation to linear (deskdl turns scores into probabilities)",
         FixAction("Set activation to linear", "set_param", "out", params={"activation": "linear"}),
         "activation")]


@pytest.mark.parametrize("act", ["linear", "tanh"])
def test_a_continuous_policy_mean_is_linear_or_tanh(act):
    assert R.network_problems(net(obs=(3,), out=1, activation=act), "policy_gradient", "Pendulum-v1") == []


def test_a_continuous_policy_mean_that_cannot_reach_the_range_is_refused():
    assert found(net(obs=(3,), out=1, activation="softmax"), "policy_gradient", "Pendulum-v1") == [
        ("out", ERROR, "the output out uses the softmax activation, but the mean of a continuous action on "
         "Pendulum-v1 must reach from -2 to 2",
         "set its activation to linear (or tanh, which deskdl scales to the range)",
         FixAction("Set activation to linear", "set_param", "out", params={"activation": "linear"}),
         "activation")]


def test_input_and_output_problems_come_together_in_that_order():
    got = R.network_problems(net(), "dqn", "Acrobot-v1")
    assert [d.action.params for d in got] == [{"shape": [6]}, {"units": 3}]


# ------------------------------------------------------------------ output kind
def test_output_is_softmax():
    assert R.output_is_softmax(net(activation="softmax")) is True
    assert R.output_is_softmax(ModelGraph.from_dict(net(activation="softmax"))) is True
    assert R.output_is_softmax(net(activation="tanh")) is False


def test_output_is_tanh():
    assert R.output_is_tanh(net(activation="tanh")) is True
    assert R.output_is_tanh(ModelGraph.from_dict(net(activation="tanh"))) is True
    assert R.output_is_tanh(net(activation="softmax")) is False


def test_two_outputs_are_neither_softmax_nor_tanh():
    for act in ("softmax", "tanh"):
        graph = net(activation=act)
        graph["nodes"].append({"id": "extra", "type": "Dense", "params": {"units": 2, "activation": act},
                               "inputs": ["hidden"]})
        assert R.output_is_softmax(graph) is False and R.output_is_tanh(graph) is False


# ------------------------------------------------------------------ project_problems
def test_a_template_has_no_project_problems():
    assert R.project_problems(Project.load(TEMPLATES / "cartpole_dqn.deskdl")) == []


def test_project_problems_are_settings_then_network():
    p = Project.load(TEMPLATES / "cartpole_dqn.deskdl")
    p.algorithm = {"env": "CartPole-v1", "buffer_size": 8, "batch_size": 64}
    p.graph.set_params("q_values", {"units": 3})
    got = R.project_problems(p)
    assert [(d.node_id, d.severity, d.fix) for d in got] == [
        (None, ERROR, "change it in the Train tab's settings"),
        ("q_values", ERROR, "make the last layer a Dense with 2 units")]
    assert got[0].message == (
        "Deep Q-network (DQN) settings: algorithm.buffer_size (8) is smaller than algorithm.batch_size (64): "
        "a batch is drawn from the replay buffer, so make the buffer at least as large as a batch")
    assert got[1].message == ("the output q_values gives shape (3,), but on CartPole-v1 the network must "
                              "give 2 numbers: one Q-value per action (push left, push right)")  # DQN's words


def test_project_problems_check_the_network_against_the_default_task():
    p = Project.load(TEMPLATES / "cartpole_dqn.deskdl")
    p.algorithm = {}  # the default task: CartPole-v1
    p.graph.set_params("q_values", {"units": 3})
    assert [d.node_id for d in R.project_problems(p)] == ["q_values"]


def test_project_problems_skip_the_network_of_an_unknown_task():
    p = Project.load(TEMPLATES / "cartpole_dqn.deskdl")
    p.algorithm = {"env": "Pong"}
    p.graph.set_params("q_values", {"units": 3})
    assert [d.message for d in R.project_problems(p)] == [
        "Deep Q-network (DQN) settings: algorithm.env must be one of CartPole-v1, Acrobot-v1, "
        "MountainCar-v0, Pendulum-v1, not 'Pong'"]


def test_a_settings_env_that_is_not_text_is_not_looked_up():
    assert R.settings_problems("dqn", {"env": ["Pendulum-v1"]}) == []  # a list: no lookup, no TypeError
