r"""The policy-gradient trainer: REINFORCE (with an optional learned baseline) and actor-critic (A2C).

The network (built from the project's graph) is the **policy**: for separate
actions it gives one score (logit) per action, and the agent picks an action
with the softmax probabilities of those scores (a softmax output gives the
probabilities directly); for a continuous action it gives the action's mean, and
the agent adds noise of a learned spread (a log standard deviation per action
value, learned with the network), so it explores around what it believes best.

After each episode the policy learns once from all of the episode's steps:
make each action taken more likely in proportion to its **weight**:

* ``reinforce``: the return that followed it (``G_t = r_t + gamma r_{t+1} + ...``); with
  ``baseline`` minus a learned **value network**'s estimate of that return, so only
  better-than-expected actions become more likely;
* ``a2c``: the advantage with the value network as the critic (the bridge to DQN: it
  learns values too, from its own guesses). One step's surprise is
  ``delta_t = r_t + gamma V(s_{t+1}) - V(s_t)``; the weight is the surprises that follow,
  discounted by ``gamma * lambda`` (generalised advantage estimation, setting ``gae_lambda``).
  With the surprise of one step alone (lambda 0) and a new critic (V about 0 everywhere)
  every CartPole step weighs about +1: every action taken became more likely, and the
  policy locked onto one push within 5 episodes (returns about 9, never learned).

The value network has the policy's layers with one linear output (the graph with
its last layer's units set to 1); it learns with the learning rate times
``critic_lr_factor`` (a critic that lags behind the policy gives it poor weights).
``normalize_returns`` scales the weights of an episode to mean 0 and spread 1.
``entropy`` adds a bonus for staying random.

The act and learn steps are ``tf.function``\ s traced once (observations are
``(None, obs)``: any episode length, one trace).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from deskdl.core.analysis import analyze
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import translator
from deskdl.core.rl import output_is_softmax, output_is_tanh
from deskdl.ml.training import TrainingControl, TrainingJob, TrainingResult, make_optimizer
from deskdl.rl.trainers.base import RlRun, run_rl

_ = translator("rl.trainers.pg")

#: The learned log standard deviation of a continuous action starts here (a spread of about 0.6).
LOG_STD_START = -0.5


def value_graph(graph: ModelGraph) -> ModelGraph:
    """The critic: ``graph`` with its output layer giving one linear value."""
    doc = graph.to_dict()
    out = analyze(graph).outputs[0]
    for node in doc["nodes"]:
        if node["id"] == out:
            node["params"] = {**node.get("params", {}), "units": 1, "activation": "linear"}
    return ModelGraph.from_dict(doc)


def discounted(rewards: np.ndarray, gamma: float) -> np.ndarray:
    """Each step's return: its reward plus the discounted rewards after it, to the episode's end."""
    out = np.zeros(len(rewards), np.float32)
    acc = 0.0
    for i in range(len(rewards) - 1, -1, -1):
        acc = float(rewards[i]) + gamma * acc
        out[i] = acc
    return out


class _PgRun(RlRun):
    kind_id = "policy_gradient"
    values_kind = "probabilities"

    def setup_agent(self) -> None:
        import keras
        import tensorflow as tf

        from deskdl.ml.build import build_model

        a = self.algorithm
        facts = self.facts
        n = facts.obs_size
        self.discrete = facts.discrete
        self.values_kind = "probabilities" if self.discrete else "mean"
        self.gamma = float(a["gamma"])
        method = a["method"]
        use_critic = method == "a2c" or bool(a["baseline"])
        normalize = bool(a["normalize_returns"])
        ent_coef = float(a["entropy"])
        softmax = output_is_softmax(self.graph)
        tanh = output_is_tanh(self.graph)
        low, high = facts.action_low, facts.action_high
        model = self.model
        self.optimizer = make_optimizer(self.job.training, 1000)
        policy_vars = list(model.trainable_variables)
        if not self.discrete:
            self.log_std = tf.Variable(np.full(facts.action_size, LOG_STD_START, np.float32), name="log_std")
            policy_vars.append(self.log_std)
        self.optimizer.build(policy_vars)
        critic = None
        if use_critic:
            critic = build_model(value_graph(self.graph), name="value")
            training = dict(self.job.training)
            opt = dict(training["optimizer"])
            opt["learning_rate"] = float(opt["learning_rate"]) * float(a["critic_lr_factor"])
            self.critic_optimizer = make_optimizer({**training, "optimizer": opt}, 1000)
            self.critic_optimizer.build(critic.trainable_variables)
        self.critic = critic
        log_std = getattr(self, "log_std", None)

        def policy_out(obs, training):
            out = model(obs, training=training)
            if self.discrete:
                return keras.ops.log(out + 1e-8) if softmax else out  # logits
            return low + (out + 1.0) * 0.5 * (high - low) if tanh else out  # the mean

        obs_spec = tf.TensorSpec((None, n), tf.float32)
        act_spec = tf.TensorSpec((None,), tf.int32) if self.discrete else \
            tf.TensorSpec((None, facts.action_size), tf.float32)
        vec = tf.TensorSpec((None,), tf.float32)

        @tf.function(input_signature=[obs_spec])
        def policy(obs):
            return policy_out(obs, False)

        @tf.function(input_signature=[obs_spec])
        def values(obs):
            return tf.squeeze(critic(obs, training=False), -1)

        @tf.function(input_signature=[obs_spec, act_spec, vec, vec, obs_spec, vec])
        def learn(obs, action, returns, rewards, next_obs, done):
            if critic is not None:
                # ``returns``: REINFORCE's returns, or A2C's lambda-returns (advantage + V, end_episode)
                value = tf.squeeze(critic(obs, training=False), -1)
                target = returns
                weight = target - value
            else:
                target = returns
                weight = returns
            if normalize:
                mean, var = tf.nn.moments(weight, axes=[0])
                weight = (weight - mean) / (tf.sqrt(var) + 1e-8)
            weight = tf.stop_gradient(weight)
            with tf.GradientTape() as tape:
                out = policy_out(obs, True)
                if self.discrete:
                    logp_all = tf.nn.log_softmax(out)
                    logp = tf.gather(logp_all, action, axis=1, batch_dims=1)
                    entropy = -tf.reduce_sum(tf.exp(logp_all) * logp_all, axis=1)
                else:
                    std = tf.exp(log_std)
                    z = (action - out) / std
                    logp = tf.reduce_sum(-0.5 * z * z - log_std - 0.9189385332, axis=1)
                    entropy = tf.reduce_sum(log_std + 1.4189385332) * tf.ones_like(logp)
                loss = -tf.reduce_mean(logp * weight) - ent_coef * tf.reduce_mean(entropy)
            grads = tape.gradient(loss, policy_vars)
            self.optimizer.apply_gradients(zip(grads, policy_vars))
            value_loss = tf.constant(0.0)
            if critic is not None:
                goal = tf.stop_gradient(target)
                with tf.GradientTape() as tape:
                    v = tf.squeeze(critic(obs, training=True), -1)
                    value_loss = tf.reduce_mean(tf.square(goal - v))
                cgrads = tape.gradient(value_loss, critic.trainable_variables)
                self.critic_optimizer.apply_gradients(zip(cgrads, critic.trainable_variables))
            return loss, value_loss, tf.reduce_mean(entropy)

        self.policy_fn, self.learn_fn = policy, learn
        self.values_fn = values if critic is not None else None
        self.method = method
        self.gae_lambda = float(a["gae_lambda"])
        self.scalars = ("return", "average_100", "length", "loss", "entropy",
                        *(("value_loss",) if critic is not None else ()),
                        *(("spread",) if not self.discrete else ()))
        self._one = np.zeros((1, n), np.float32)
        self._steps: list[tuple] = []

    def _probs(self, out: np.ndarray) -> np.ndarray:
        e = np.exp(out - out.max())
        return e / e.sum()

    def act(self, obs, want_values: bool):
        self._one[0] = obs
        out = self.policy_fn(self._one).numpy()[0]
        if self.discrete:
            probs = self._probs(out)
            return int(self.rng.choice(len(probs), p=probs)), probs
        std = np.exp(self.log_std.numpy())
        sample = (out + std * self.rng.standard_normal(out.shape)).astype(np.float32)
        self._sample = sample
        return np.clip(sample, self.facts.action_low, self.facts.action_high), out

    def act_batch(self, obs):
        out = self.policy_fn(np.asarray(obs, np.float32)).numpy()
        if self.discrete:
            return np.argmax(out, axis=1)
        return np.clip(out, self.facts.action_low, self.facts.action_high)

    def after_step(self, obs, action, reward, next_obs, terminated, truncated) -> None:
        taken = action if self.discrete else self._sample
        self._steps.append((np.asarray(obs, np.float32), taken, reward, np.asarray(next_obs, np.float32),
                            float(terminated)))

    def end_episode(self) -> dict[str, float]:
        steps, self._steps = self._steps, []
        obs = np.stack([s[0] for s in steps])
        if self.discrete:
            actions = np.asarray([s[1] for s in steps], np.int32)
        else:
            actions = np.stack([s[1] for s in steps]).astype(np.float32)
        rewards = np.asarray([s[2] for s in steps], np.float32)
        next_obs = np.stack([s[3] for s in steps])
        done = np.asarray([s[4] for s in steps], np.float32)
        if self.method == "a2c":  # the critic's lambda-returns: advantage (GAE) + V(s)
            value = self.values_fn(obs).numpy()
            next_value = self.values_fn(next_obs).numpy()
            delta = rewards + self.gamma * (1.0 - done) * next_value - value
            targets = discounted(delta, self.gamma * self.gae_lambda) + value
        else:
            targets = discounted(rewards, self.gamma)
        loss, value_loss, entropy = self.learn_fn(obs, actions, targets, rewards, next_obs, done)
        loss = float(loss)
        if not np.isfinite(loss):
            from deskdl.ml.training import TrainingError

            raise TrainingError(_("the policy's loss became {loss} in episode {episode}").format(
                loss=loss, episode=self.episode + 1),
                                _("lower the learning rate (try ten times smaller) or turn on "
                                  "algorithm.normalize_returns"), kind="nan")
        row = {"loss": loss, "entropy": float(entropy)}
        if self.critic is not None:
            row["value_loss"] = float(value_loss)
        if not self.discrete:
            row["spread"] = float(np.mean(np.exp(self.log_std.numpy())))
        return row


class PolicyGradientTrainer:
    """Trains a project of kind ``policy_gradient`` (see the module docstring)."""

    def run(self, job: TrainingJob, reporter: Any = None, control: TrainingControl | None = None
            ) -> TrainingResult:
        """Train; never raises for the run's failure."""
        return run_rl(_PgRun, job, reporter, control)
