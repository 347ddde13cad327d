"""An RL project as a runnable plain-Keras plus gymnasium script (``deskdl export``).

The script builds the same network (:func:`deskdl.ml.export.model_code`), trains it
with the same algorithm and settings as deskdl's trainers (DQN, or REINFORCE / A2C),
evaluates 100 greedy episodes and saves the network as ``agent.keras``. Pure text:
neither TensorFlow nor gymnasium is imported here.
"""

from __future__ import annotations

import json
from typing import Any

from deskdl.core.kinds import kind_of
from deskdl.core.rl import ENVS, output_is_softmax, output_is_tanh
from deskdl.ml.export import model_code

_HEAD = '''"""{name}: a {title} agent exported from deskdl.

Run it with ``python <this file>``; it needs NumPy, Keras (with TensorFlow) and
gymnasium. The network, the algorithm and its settings are the ones in deskdl.
Task: {env}. {solved}
"""

import keras
import numpy as np
import tensorflow as tf
import gymnasium as gym

ENV = {env_json}
SEED = {seed}
LEARNING_RATE = {lr}
CLIP = {clip}  # gradient clipping (the project's clipnorm / clipvalue)
ALGORITHM = {algorithm}
THRESHOLD = {threshold}


def build_model():
{model}

'''

_DQN = '''
def train():
    a = ALGORITHM
    keras.utils.set_random_seed(SEED)
    rng = np.random.default_rng(SEED)
    env = gym.make(ENV)
    n_obs, n_act = env.observation_space.shape[0], env.action_space.n
    model, target = build_model(), build_model()
    target.set_weights(model.get_weights())
    optimizer = keras.optimizers.Adam(LEARNING_RATE, **CLIP)
    loss_fn = keras.losses.Huber() if a["loss"] == "huber" else keras.losses.MeanSquaredError()
    batch, size = a["batch_size"], a["buffer_size"]
    obs_b = np.zeros((size, n_obs), np.float32)
    next_b = np.zeros((size, n_obs), np.float32)
    act_b = np.zeros(size, np.int32)
    rew_b = np.zeros(size, np.float32)
    done_b = np.zeros(size, np.float32)
    count = 0

    @tf.function(input_signature=[tf.TensorSpec((None, n_obs), tf.float32)])
    def q_values(obs):
        return model(obs, training=False)

    spec = [tf.TensorSpec((batch, n_obs), tf.float32), tf.TensorSpec((batch,), tf.int32),
            tf.TensorSpec((batch,), tf.float32), tf.TensorSpec((batch, n_obs), tf.float32),
            tf.TensorSpec((batch,), tf.float32)]

    @tf.function(input_signature=spec)
    def train_step(obs, action, reward, next_obs, done):
        next_target = target(next_obs, training=False)
        if a["double"]:
            pick = tf.argmax(model(next_obs, training=False), axis=1, output_type=tf.int32)
            next_value = tf.gather(next_target, pick, axis=1, batch_dims=1)
        else:
            next_value = tf.reduce_max(next_target, axis=1)
        goal = tf.stop_gradient(reward + a["gamma"] * (1.0 - done) * next_value)
        with tf.GradientTape() as tape:
            q = tf.gather(model(obs, training=True), action, axis=1, batch_dims=1)
            loss = loss_fn(goal, q)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    steps = updates = 0
    recent = []
    for episode in range(a["episodes"]):
        obs, _ = env.reset(seed=SEED if episode == 0 else None)
        total, done = 0.0, False
        while not done:
            frac = min(steps / a["epsilon_steps"], 1.0)
            epsilon = a["epsilon_start"] + frac * (a["epsilon_end"] - a["epsilon_start"])
            if rng.random() < epsilon:
                action = int(rng.integers(n_act))
            else:
                action = int(np.argmax(q_values(obs[None].astype(np.float32))[0]))
            next_obs, reward, terminated, truncated, _ = env.step(action)
            i = steps % size
            obs_b[i], act_b[i], rew_b[i], next_b[i], done_b[i] = obs, action, reward, next_obs, terminated
            count = min(count + 1, size)
            steps += 1
            total += reward
            obs, done = next_obs, terminated or truncated
            if steps >= max(a["learning_starts"], batch) and steps % a["train_every"] == 0:
                idx = rng.integers(0, count, batch)
                train_step(obs_b[idx], act_b[idx], rew_b[idx], next_b[idx], done_b[idx])
                updates += 1
                if updates % a["target_update"] == 0:
                    target.set_weights(model.get_weights())
        recent = (recent + [total])[-100:]
        mean = np.mean(recent)
        print(f"episode {{episode + 1}}: return {{total:.0f}}, average of the last 100 {{mean:.1f}}")
    return model, lambda obs: int(np.argmax(q_values(obs[None].astype(np.float32))[0]))
'''

_PG = '''
DISCRETE = {discrete}
SOFTMAX_OUTPUT = {softmax}
TANH_OUTPUT = {tanh}
LOW, HIGH = {low}, {high}


def discounted(rewards, gamma):
    out, acc = np.zeros(len(rewards), np.float32), 0.0
    for i in range(len(rewards) - 1, -1, -1):
        acc = rewards[i] + gamma * acc
        out[i] = acc
    return out


def value_model():
    """The critic: the policy's layers with one linear output."""
    model = build_model()
    out = model.layers[-1]
    cfg = out.get_config()
    cfg.update(units=1, activation="linear")
    x = model.layers[-2].output
    return keras.Model(model.inputs, type(out).from_config(cfg)(x))


def train():
    a = ALGORITHM
    keras.utils.set_random_seed(SEED)
    rng = np.random.default_rng(SEED)
    env = gym.make(ENV)
    n_obs = env.observation_space.shape[0]
    model = build_model()
    optimizer = keras.optimizers.Adam(LEARNING_RATE, **CLIP)
    variables = list(model.trainable_variables)
    if not DISCRETE:
        log_std = tf.Variable(np.full(env.action_space.shape[0], -0.5, np.float32))
        variables.append(log_std)
    critic = value_model() if (a["method"] == "a2c" or a["baseline"]) else None
    critic_optimizer = keras.optimizers.Adam(LEARNING_RATE * a["critic_lr_factor"], **CLIP)

    def policy_out(obs, training):
        out = model(obs, training=training)
        if DISCRETE:
            return tf.math.log(out + 1e-8) if SOFTMAX_OUTPUT else out
        return LOW + (out + 1.0) * 0.5 * (HIGH - LOW) if TANH_OUTPUT else out

    @tf.function(input_signature=[tf.TensorSpec((None, n_obs), tf.float32)])
    def policy(obs):
        return policy_out(obs, False)

    act_spec = tf.TensorSpec((None,), tf.int32) if DISCRETE else tf.TensorSpec((None, None), tf.float32)
    vec, obs_spec = tf.TensorSpec((None,), tf.float32), tf.TensorSpec((None, n_obs), tf.float32)

    @tf.function(input_signature=[obs_spec, act_spec, vec, vec, obs_spec, vec])
    def learn(obs, action, returns, rewards, next_obs, done):
        target = returns
        weight = returns
        if critic is not None:
            value = tf.squeeze(critic(obs), -1)  # (for a2c, returns are the critic's lambda-returns)
            weight = target - value
        if a["normalize_returns"]:
            mean, var = tf.nn.moments(weight, axes=[0])
            weight = (weight - mean) / (tf.sqrt(var) + 1e-8)
        weight = tf.stop_gradient(weight)
        with tf.GradientTape() as tape:
            out = policy_out(obs, True)
            if DISCRETE:
                logp_all = tf.nn.log_softmax(out)
                logp = tf.gather(logp_all, action, axis=1, batch_dims=1)
                entropy = -tf.reduce_sum(tf.exp(logp_all) * logp_all, axis=1)
            else:
                z = (action - out) / tf.exp(log_std)
                logp = tf.reduce_sum(-0.5 * z * z - log_std - 0.9189385332, axis=1)
                entropy = tf.reduce_sum(log_std + 1.4189385332) * tf.ones_like(logp)
            loss = -tf.reduce_mean(logp * weight) - a["entropy"] * tf.reduce_mean(entropy)
        optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
        if critic is not None:
            goal = tf.stop_gradient(target)
            with tf.GradientTape() as tape:
                value_loss = tf.reduce_mean(tf.square(goal - tf.squeeze(critic(obs, training=True), -1)))
            grads = tape.gradient(value_loss, critic.trainable_variables)
            critic_optimizer.apply_gradients(zip(grads, critic.trainable_variables))
        return loss

    recent = []
    for episode in range(a["episodes"]):
        obs, _ = env.reset(seed=SEED if episode == 0 else None)
        steps, done = [], False
        while not done:
            out = policy(obs[None].astype(np.float32)).numpy()[0]
            if DISCRETE:
                p = np.exp(out - out.max())
                taken = action = int(rng.choice(len(p), p=p / p.sum()))
            else:
                taken = (out + np.exp(log_std.numpy()) * rng.standard_normal(out.shape)).astype(np.float32)
                action = np.clip(taken, LOW, HIGH)
            next_obs, reward, terminated, truncated, _ = env.step(action)
            steps.append((obs, taken, reward, next_obs, float(terminated)))
            obs, done = next_obs, terminated or truncated
        o = np.asarray([s[0] for s in steps], np.float32)
        acts = np.asarray([s[1] for s in steps], np.int32 if DISCRETE else np.float32)
        r = np.asarray([s[2] for s in steps], np.float32)
        o2 = np.asarray([s[3] for s in steps], np.float32)
        ended = np.asarray([s[4] for s in steps], np.float32)
        returns = discounted(r, a["gamma"])
        if a["method"] == "a2c":  # each step's surprise, summed with weight (gamma * lambda)^k, plus V(s)
            v, v2 = critic(o).numpy()[:, 0], critic(o2).numpy()[:, 0]
            returns = discounted(r + a["gamma"] * (1.0 - ended) * v2 - v, a["gamma"] * a["gae_lambda"]) + v
        learn(o, acts, returns, r, o2, ended)
        recent = (recent + [float(r.sum())])[-100:]
        mean = np.mean(recent)
        print(f"episode {{episode + 1}}: return {{r.sum():.1f}}, average of the last 100 {{mean:.1f}}")

    def greedy(obs):
        out = policy(obs[None].astype(np.float32)).numpy()[0]
        return int(np.argmax(out)) if DISCRETE else np.clip(out, LOW, HIGH)

    return model, greedy
'''

_TAIL = '''

def evaluate(act, episodes=100):
    """The mean return of greedy episodes (no exploration)."""
    env = gym.make(ENV)
    returns = []
    for i in range(episodes):
        obs, _ = env.reset(seed=10_000 + i)
        total, done = 0.0, False
        while not done:
            obs, reward, terminated, truncated, _ = env.step(act(obs))
            total += reward
            done = terminated or truncated
        returns.append(total)
    return float(np.mean(returns))


if __name__ == "__main__":
    model, act = train()
    score = evaluate(act)
    solved = THRESHOLD is not None and score >= THRESHOLD
    print(f"100 greedy episodes: average return {{score:.1f}}" + (" (solved)" if solved else ""))
    model.save("agent.keras")
    print("saved the network as agent.keras")
'''


def agent_script(project: Any) -> str:
    """The project as a Python script (raises ``ExportError`` for a graph with errors)."""
    kind = kind_of(project)
    a = kind.with_defaults(getattr(project, "algorithm", None))
    facts = ENVS[a["env"]]
    opt = project.training.get("optimizer") or {}
    head = _HEAD.format(
        name=project.name, title=kind.title, env=facts.id, solved=facts.solved_text,
        env_json=json.dumps(facts.id), seed=project.training.get("seed") or 0,
        lr=float(opt.get("learning_rate", 0.001)), algorithm=_py(a),
        clip=repr({k: float(v) for k, v in project.training.items() if k in ("clipnorm", "clipvalue") and v}),
        threshold=None if facts.threshold is None else float(facts.threshold),
        model=model_code(project.graph, "q_network" if kind.id == "dqn" else "policy"),
    )
    if kind.id == "dqn":
        body = _DQN.format()
    else:
        body = _PG.format(discrete=facts.discrete, softmax=output_is_softmax(project.graph),
                          tanh=output_is_tanh(project.graph), low=facts.action_low, high=facts.action_high)
    return head + body + _TAIL.format()


def _py(a: dict[str, Any]) -> str:
    """A settings dict as Python source (True/False, not JSON's true/false)."""
    inner = ",\n    ".join(f"{json.dumps(k)}: {v!r}" for k, v in a.items())
    return "{\n    " + inner + ",\n}"


__all__ = ["agent_script"]
