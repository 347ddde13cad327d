r"""The DQN trainer: Q-learning with a network, a replay buffer and a target network.

The network (built from the project's graph) maps an observation to one
Q-value per action: the return it expects from taking that action and then
acting well. Each environment step:

* act **epsilon-greedy**: a random action with probability epsilon (shrinking
  linearly from ``epsilon_start`` to ``epsilon_end`` over ``epsilon_steps``),
  otherwise the action with the largest Q-value;
* remember the step in the **replay buffer** (NumPy ring arrays of ``buffer_size``
  steps: memory is allocated once and never grows);
* every ``train_every`` steps (after ``learning_starts``) learn from a random
  batch (in the same call into TensorFlow as the next action's Q-values): move Q(s, a)
  towards ``r + gamma * max_a' Q_target(s', a')`` (0 after the
  last step of a task that ended; a time limit is not an end, so its value still counts),
  with the Huber or squared error; **Double DQN** lets the network pick a' and the
  target network value it;
* every ``target_update`` training steps copy the network into the target network.

The act and train steps are ``tf.function``\ s traced once, with fixed input
signatures (``(None, obs)`` for acting, ``(batch, ...)`` for training), so a long
run never retraces and its memory stays flat.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from deskdl.core.i18n import translator
from deskdl.ml.training import TrainingControl, TrainingJob, TrainingResult, make_optimizer
from deskdl.rl.trainers.base import RlRun, run_rl

_ = translator("rl.trainers.dqn")


class ReplayBuffer:
    """The last ``size`` steps, in preallocated NumPy arrays (a ring: the oldest is overwritten)."""

    def __init__(self, size: int, obs_size: int) -> None:
        self.size = int(size)
        self.obs = np.zeros((self.size, obs_size), np.float32)
        self.next = np.zeros((self.size, obs_size), np.float32)
        self.action = np.zeros(self.size, np.int32)
        self.reward = np.zeros(self.size, np.float32)
        self.done = np.zeros(self.size, np.float32)
        self.count = 0
        self._at = 0

    def add(self, obs, action: int, reward: float, next_obs, done: bool) -> None:
        """Remember one step (``done``: the task ended there, so nothing follows it)."""
        i = self._at
        self.obs[i] = obs
        self.next[i] = next_obs
        self.action[i] = action
        self.reward[i] = reward
        self.done[i] = done
        self._at = (i + 1) % self.size
        self.count = min(self.count + 1, self.size)

    def sample(self, rng: np.random.Generator, n: int):
        """``n`` remembered steps drawn uniformly (with replacement)."""
        idx = rng.integers(0, self.count, n)
        return self.obs[idx], self.action[idx], self.reward[idx], self.next[idx], self.done[idx]

    @property
    def fill(self) -> float:
        """The share of the buffer in use (0 to 1)."""
        return self.count / self.size


def compiled_steps(model, target, optimizer, obs_size: int, batch: int, *, gamma: float, huber: bool,
                   double: bool):
    """The act, train and copy-to-target steps, each a ``tf.function`` with a fixed signature."""
    import keras
    import tensorflow as tf

    loss_fn = keras.losses.Huber() if huber else keras.losses.MeanSquaredError()
    variables = model.trainable_variables

    @tf.function(input_signature=[tf.TensorSpec((None, obs_size), tf.float32)])
    def q_values(obs):
        return model(obs, training=False)

    batch_spec = [
        tf.TensorSpec((batch, obs_size), tf.float32), tf.TensorSpec((batch,), tf.int32),
        tf.TensorSpec((batch,), tf.float32), tf.TensorSpec((batch, obs_size), tf.float32),
        tf.TensorSpec((batch,), tf.float32)]

    def learn(obs, action, reward, next_obs, done):
        next_target = target(next_obs, training=False)
        if double:
            pick = tf.argmax(model(next_obs, training=False), axis=1, output_type=tf.int32)
            next_value = tf.gather(next_target, pick, axis=1, batch_dims=1)
        else:
            next_value = tf.reduce_max(next_target, axis=1)
        goal = tf.stop_gradient(reward + gamma * (1.0 - done) * next_value)
        with tf.GradientTape() as tape:
            q = model(obs, training=True)
            q_taken = tf.gather(q, action, axis=1, batch_dims=1)
            loss = loss_fn(goal, q_taken)
        grads = tape.gradient(loss, variables)
        optimizer.apply_gradients(zip(grads, variables))
        return loss

    train_step = tf.function(learn, input_signature=batch_spec)

    @tf.function(input_signature=[tf.TensorSpec((1, obs_size), tf.float32), *batch_spec])
    def act_and_train(now, obs, action, reward, next_obs, done):
        """The Q-values for the current observation, then one training step: one call into TensorFlow."""
        q = model(now, training=False)
        return q, learn(obs, action, reward, next_obs, done)

    @tf.function(input_signature=[])
    def update_target():
        for t, s in zip(target.weights, model.weights):
            t.assign(s)

    return q_values, train_step, act_and_train, update_target


class _DqnRun(RlRun):
    kind_id = "dqn"
    values_kind = "q"
    scalars = ("return", "average_100", "length", "epsilon", "loss", "buffer_fill")

    def setup_agent(self) -> None:
        from deskdl.ml.build import build_model

        a = self.algorithm
        n = self.facts.obs_size
        self.target = build_model(self.graph, name="target")
        self.target.set_weights(self.model.get_weights())
        self.batch = int(a["batch_size"])
        self.buffer = ReplayBuffer(int(a["buffer_size"]), n)
        self.optimizer = make_optimizer(self.job.training, 1000)
        self.optimizer.build(self.model.trainable_variables)
        self.q_fn, self.train_fn, self.act_train_fn, self.copy_fn = compiled_steps(
            self.model, self.target, self.optimizer, n, self.batch, gamma=float(a["gamma"]),
            huber=a["loss"] == "huber", double=bool(a["double"]))
        self.eps_start, self.eps_end = float(a["epsilon_start"]), float(a["epsilon_end"])
        self.eps_steps = int(a["epsilon_steps"])
        self.learning_starts = max(int(a["learning_starts"]), self.batch)
        self.train_every = int(a["train_every"])
        self.target_every = int(a["target_update"])
        self.updates = 0
        self.losses: list[float] = []
        self.n_actions = self.facts.actions
        self._one = np.zeros((1, n), np.float32)

    @property
    def epsilon(self) -> float:
        """The current share of random actions."""
        frac = min(self.steps / self.eps_steps, 1.0)
        return self.eps_start + frac * (self.eps_end - self.eps_start)

    def act(self, obs, want_values: bool):
        """Epsilon-greedy; when a training step is due it runs in the same call as the Q-values."""
        explore = self.rng.random() < self.epsilon
        learn = self.steps >= self.learning_starts and self.steps % self.train_every == 0
        q = None
        if learn:
            batch = self.buffer.sample(self.rng, self.batch)
            if explore and not want_values:
                loss = self.train_fn(*batch)
            else:
                self._one[0] = obs
                q, loss = self.act_train_fn(self._one, *batch)
                q = q.numpy()[0]
            self.losses.append(float(loss))
            self.updates += 1
            if self.updates % self.target_every == 0:
                self.copy_fn()
        elif not explore or want_values:
            self._one[0] = obs
            q = self.q_fn(self._one).numpy()[0]
        if explore:
            return int(self.rng.integers(self.n_actions)), q
        return int(np.argmax(q)), q

    def act_batch(self, obs):
        return np.argmax(self.q_fn(np.asarray(obs, np.float32)).numpy(), axis=1)

    def after_step(self, obs, action, reward, next_obs, terminated, truncated) -> None:
        self.buffer.add(obs, action, reward, next_obs, terminated)

    def end_episode(self) -> dict[str, float]:
        row = {"epsilon": self.epsilon, "buffer_fill": self.buffer.fill}
        if not self.losses:  # not learning yet (learning_starts): no loss to plot, rather than a NaN
            return row
        loss = float(np.mean(self.losses))
        if not np.isfinite(loss):
            from deskdl.ml.training import TrainingError

            raise TrainingError(
                _("the loss became {loss} in episode {episode}: the Q-values grew without bound").format(
                    loss=loss, episode=self.episode + 1),
                _("lower the learning rate (try ten times smaller), use the Huber loss, or update the "
                  "target network less often"), kind="nan")
        self.losses = []
        row["loss"] = loss
        return row


class DqnTrainer:
    """Trains a project of kind ``dqn`` (see the module docstring)."""

    def run(self, job: TrainingJob, reporter: Any = None, control: TrainingControl | None = None
            ) -> TrainingResult:
        """Train; never raises for the run's failure."""
        return run_rl(_DqnRun, job, reporter, control)
