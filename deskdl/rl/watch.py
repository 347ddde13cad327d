"""Greedy episodes of a trained agent's Keras network, for "Watch the agent" (any network).

A network of Dense layers plays on the GUI thread as NumPy (:mod:`deskdl.rl.numpy_policy`);
any other network the builder can make for the task (convolutions over the observation,
normalisation layers, branches...) needs Keras, which runs on the Keras thread only
(DESIGN.md §3). So the GUI asks that thread for one whole greedy episode at a time
(:func:`play_greedy_episode`, through ``TrainingHost.call``) and replays it at the
task's own speed: the observations, the network's answer at each step and the
actions, as plain NumPy arrays. One call per episode, not one per step, so the
replay never waits on the thread between two frames.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from deskdl.core.rl import ENVS
from deskdl.rl.envs import make_env
from deskdl.rl.numpy_policy import greedy_action


def play_greedy_episode(model: Any, env_id: str, output: str = "q", seed: int = 0,
                        max_steps: int | None = None) -> dict[str, Any]:
    """One greedy episode of ``model`` on ``env_id`` (call on the Keras thread).

    ``output``: what the network gives (see :func:`~deskdl.rl.numpy_policy.greedy_action`).
    Returns ``{"env", "observations" (T + 1, obs), "values" (T, outputs), "values_kind",
    "actions" (T items), "rewards" (T,), "return"}``: the state before each step and the last.
    """
    import keras

    facts = ENVS[env_id]
    env, obs, _ = make_env(env_id, seed=int(seed))
    limit = int(max_steps or facts.max_steps)
    observations, values, actions, rewards = [np.asarray(obs, np.float32)], [], [], []
    kind = "q"
    try:
        for _ in range(limit):
            x = keras.ops.convert_to_numpy(model(np.asarray(obs, np.float32)[None], training=False))
            action, vals, kind = greedy_action(x[0], output, facts)
            obs, reward, terminated, truncated, _ = env.step(action)
            observations.append(np.asarray(obs, np.float32))
            values.append(np.asarray(vals, np.float32))
            actions.append(action)
            rewards.append(float(reward))
            if terminated or truncated:
                break
    finally:
        env.close()
    return {"env": env_id, "observations": np.stack(observations),
            "values": np.stack(values) if values else np.zeros((0, facts.outputs), np.float32),
            "values_kind": kind, "actions": actions, "rewards": np.asarray(rewards, np.float64),
            "return": float(np.sum(rewards))}
