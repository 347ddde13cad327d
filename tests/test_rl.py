"""Issue 12: reinforcement learning: the tasks' facts, the kinds' checks, and the pure parts of the agents."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from deskdl.core.graph import ModelGraph
from deskdl.core.kinds import get_kind, kind_of
from deskdl.core.project import Project
from deskdl.core.rl import ENVS, network_problems, project_problems

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "resources" / "templates"


def _graph(obs: int = 4, out: int = 2, activation: str = "linear") -> ModelGraph:
    return ModelGraph.from_dict({"nodes": [
        {"id": "observation", "type": "Input", "params": {"shape": [obs]}},
        {"id": "hidden", "type": "Dense", "params": {"units": 8, "activation": "relu"},
         "inputs": ["observation"]},
        {"id": "out", "type": "Dense", "params": {"units": out, "activation": activation},
         "inputs": ["hidden"]},
    ]})


@pytest.mark.parametrize("env_id", list(ENVS))
def test_every_task_fact_is_gymnasiums_own(env_id):
    import gymnasium

    from deskdl.rl.envs import make_env

    facts = ENVS[env_id]
    spec = gymnasium.spec(env_id)
    env, obs, _ = make_env(env_id, seed=0)
    assert spec.reward_threshold == facts.threshold
    assert spec.max_episode_steps == facts.max_steps
    assert env.observation_space.shape == (facts.obs_size,) and obs.shape == (facts.obs_size,)
    assert env.metadata["render_fps"] == facts.fps
    if facts.discrete:
        assert env.action_space.n == facts.actions == len(facts.action_names)
    else:
        assert env.action_space.shape == (facts.action_size,)
        assert (float(env.action_space.low[0]), float(env.action_space.high[0])) == (facts.action_low,
                                                                                      facts.action_high)
    env.close()


def test_cartpole_is_described_with_its_solved_rule():
    text = ENVS["CartPole-v1"].description()
    assert "Solved: an average return of 475 over 100 episodes." in text
    assert "push the cart left or push it right" in text


def test_an_unknown_environment_is_one_line_with_the_choices():
    from deskdl.rl.envs import EnvironmentProblem, make_env

    with pytest.raises(EnvironmentProblem) as err:
        make_env("CartPole-v9")
    assert str(err.value) == ("deskdl does not know the environment 'CartPole-v9': choose one of "
                              "CartPole-v1, Acrobot-v1, MountainCar-v0, Pendulum-v1 (algorithm.env)")


def test_kind_defaults_and_checks():
    dqn, pg = get_kind("dqn"), get_kind("policy_gradient")
    assert dqn.units == ("episode", "step") and dqn.unit == "step" and not dqn.uses_loss
    d = dqn.defaults()
    got = (d["env"], d["gamma"], d["buffer_size"], d["batch_size"], d["loss"])
    assert got == ("CartPole-v1", 0.99, 50_000, 64, "huber")
    assert all(s.help for s in dqn.settings + pg.settings)
    assert dqn.check({}) == [] and pg.check({"env": "Pendulum-v1"}) == []
    assert dqn.check({"gamma": 2}) == ["algorithm.gamma must be from 1e-06 to 1, not 2"]
    assert dqn.check({"gamma": 0}) == ["algorithm.gamma must be from 1e-06 to 1, not 0"]
    assert dqn.check({"buffer_size": 32, "batch_size": 64}) == [
        "algorithm.buffer_size (32) is smaller than algorithm.batch_size (64): a batch is drawn from the "
        "replay buffer, so make the buffer at least as large as a batch"]
    assert dqn.check({"env": "Pendulum-v1"})[0].startswith(
        "DQN needs a few separate actions, but Pendulum-v1 takes a continuous action")
    assert dqn.check({"env": "Pong"}) == [
        "algorithm.env must be one of CartPole-v1, Acrobot-v1, MountainCar-v0, Pendulum-v1, not 'Pong'"]
    assert pg.check({"method": "ppo"}) == ["algorithm.method must be one of reinforce, a2c, not 'ppo'"]


def test_network_must_fit_the_environment_with_fixes():
    assert network_problems(_graph(), "dqn", "CartPole-v1") == []
    (bad_in,) = network_problems(_graph(obs=3), "dqn", "CartPole-v1")
    assert bad_in.node_id == "observation" and bad_in.action.params == {"shape": [4]}
    assert "has shape (3,), but CartPole-v1 gives 4 numbers each step" in bad_in.message
    (bad_out,) = network_problems(_graph(out=3), "dqn", "CartPole-v1")
    assert bad_out.node_id == "out" and bad_out.action.params == {"units": 2}
    assert bad_out.message == ("the output out gives shape (3,), but on CartPole-v1 the network must "
                               "give 2 numbers: one Q-value per action (push left, push right)")
    (soft,) = network_problems(_graph(activation="softmax"), "dqn", "CartPole-v1")
    assert soft.action.params == {"activation": "linear"}
    assert network_problems(_graph(activation="softmax"), "policy_gradient", "CartPole-v1") == []
    assert network_problems(_graph(obs=3, out=1), "policy_gradient", "Pendulum-v1") == []
    both = network_problems(_graph(), "dqn", "Acrobot-v1")  # input and output at once: mend both together
    assert [d.action.params for d in both] == [{"shape": [6]}, {"units": 3}]


@pytest.mark.parametrize("name,kind,env", [("cartpole_dqn", "dqn", "CartPole-v1"),
                                           ("cartpole_reinforce", "policy_gradient", "CartPole-v1"),
                                           ("cartpole_a2c", "policy_gradient", "CartPole-v1"),
                                           ("mountaincar_dqn", "dqn", "MountainCar-v0")])
def test_templates_are_rl_projects_without_problems(name, kind, env):
    p = Project.load(TEMPLATES / f"{name}.deskdl")
    assert kind_of(p).id == kind and p.algorithm["env"] == env
    assert project_problems(p) == []
    doc = json.loads((TEMPLATES / f"{name}.deskdl").read_text())
    assert doc["kind"] == kind and doc["version"] == 2


def test_project_problems_names_settings_and_network():
    p = Project.load(TEMPLATES / "cartpole_dqn.deskdl")
    p.algorithm = {"gamma": 2, "env": "CartPole-v1"}
    p.graph.set_params("q_values", {"units": 3})
    texts = [d.message for d in project_problems(p)]
    assert texts[0] == "Deep Q-network (DQN) settings: algorithm.gamma must be from 1e-06 to 1, not 2"
    assert texts[1].startswith("the output q_values gives shape (3,)")


def test_compact_history_keeps_at_most_its_limit_of_exact_means():
    from deskdl.rl.trainers.base import CompactHistory

    h = CompactHistory(limit=4)
    for i in range(10):
        h.add({"return": float(i)})
    # 5 points would exceed 4: pairs merge (stride 2): (0,1) (2,3) (4,5) (6,7) then 8, 9 make (8,9).
    # 5 again > 4: stride 4: (0..3) (4..7); the odd point (8,9) waits for 2 more episodes.
    assert h.stride == 4
    assert h.values["return"] == [1.5, 5.5]
    for i in range(10, 12):
        h.add({"return": float(i)})
    assert h.values["return"] == [1.5, 5.5, 9.5]
    for i in range(12, 10_000):
        h.add({"return": float(i)})
    assert len(h.values["return"]) <= 4


def test_replay_buffer_is_a_ring_of_fixed_size():
    from deskdl.rl.trainers.dqn import ReplayBuffer

    buf = ReplayBuffer(3, 2)
    for i in range(5):
        buf.add([i, i], i % 2, float(i), [i + 1, i + 1], i == 4)
    assert buf.count == 3 and buf.fill == 1.0
    assert sorted(buf.reward.tolist()) == [2.0, 3.0, 4.0]
    obs, act, rew, nxt, done = buf.sample(np.random.default_rng(0), 50)
    assert obs.shape == (50, 2) and set(rew.tolist()) <= {2.0, 3.0, 4.0}
    assert np.all(nxt[:, 0] == obs[:, 0] + 1) and np.all(done == (rew == 4.0))


def test_discounted_returns_are_exact():
    from deskdl.rl.trainers.pg import discounted

    assert discounted(np.array([1.0, 1.0, 1.0]), 0.5).tolist() == [1.75, 1.5, 1.0]


def test_pace_modes():
    from deskdl.rl.pace import Pace

    p = Pace()
    assert p.mode == "fast" and p.draws(0) and not p.draws(3) and p.draws(10)
    p.mode = "off"
    assert not p.draws(0)
    p.mode = "realtime"
    assert p.draws(3)
    with pytest.raises(ValueError):
        p.mode = "slow"


def test_the_mountaincar_network_scales_the_observation_to_about_mean_0_spread_1():
    """Position (-1.2 to 0.6) and velocity (-0.07 to 0.07) differ 25-fold in size: the template's
    Normalization brings both to about -1.7..1.7 before the Dense layers (a uniform spread: range^2 / 12)."""
    p = Project.load(TEMPLATES / "mountaincar_dqn.deskdl")
    scale = p.graph.nodes["scale"]
    assert scale.type == "Normalization" and scale.inputs == ["observation"]
    assert p.graph.nodes["hidden_1"].inputs == ["scale"]
    mean, var = np.asarray(scale.params["mean"]), np.asarray(scale.params["variance"])
    low, high = np.array([-1.2, -0.07]), np.array([0.6, 0.07])
    assert np.allclose((low - mean) / np.sqrt(var), [-1.73, -1.75], atol=0.02)
    assert np.allclose((high - mean) / np.sqrt(var), [1.73, 1.75], atol=0.02)
    assert np.allclose(var, [1.8 ** 2 / 12, 0.14 ** 2 / 12], rtol=0.03)


def test_the_mountaincar_agent_plays_as_numpy_exactly_as_keras():
    """Watch the agent plays a network of Dense layers on the GUI thread as NumPy; the template's
    Normalization (given mean and variance) is one more affine step, so its agent plays there too."""
    from deskdl.ml.build import build_model
    from deskdl.rl.numpy_policy import dense_layers, forward

    p = Project.load(TEMPLATES / "mountaincar_dqn.deskdl")
    model = build_model(p.graph)
    layers = dense_layers(p.graph, model)
    assert layers is not None and len(layers) == 4
    obs = np.random.default_rng(0).uniform([-1.2, -0.07], [0.6, 0.07], (64, 2)).astype(np.float32)
    assert np.allclose(forward(layers, obs), model(obs).numpy(), atol=1e-5)
    p.graph.set_params("scale", {"mean": None, "variance": None})  # measured on data: not plain NumPy
    assert dense_layers(p.graph, model) is None
