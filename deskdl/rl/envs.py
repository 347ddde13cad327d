"""The gymnasium environments deskdl offers, and the modules that define them.

gymnasium registers its environments with entry-point *strings*
(``"gymnasium.envs.classic_control.cartpole:CartPoleEnv"``) and imports the
module only in ``gymnasium.make``. A frozen build (PyInstaller) follows real
imports, so it would leave those modules out. :data:`ENV_MODULES` is the one
list both sides read: :func:`make` imports the module explicitly before calling
``gymnasium.make``, and ``packaging/deskdl.spec`` adds every module here to its
hidden imports. Add an environment here, and it is in the next build.

Only environments that need nothing beyond gymnasium and numpy are listed
(no pygame, Box2D, MuJoCo or JAX): deskdl draws frames itself
(:mod:`deskdl.rl.render`).
"""

from __future__ import annotations

import importlib
from typing import Any

#: Environment id -> the module that defines it.
ENV_MODULES: dict[str, str] = {
    "CartPole-v1": "gymnasium.envs.classic_control.cartpole",
    "MountainCar-v0": "gymnasium.envs.classic_control.mountain_car",
    "MountainCarContinuous-v0": "gymnasium.envs.classic_control.continuous_mountain_car",
    "Pendulum-v1": "gymnasium.envs.classic_control.pendulum",
    "Acrobot-v1": "gymnasium.envs.classic_control.acrobot",
    "FrozenLake-v1": "gymnasium.envs.toy_text.frozen_lake",
    "CliffWalking-v1": "gymnasium.envs.toy_text.cliffwalking",
    "Taxi-v4": "gymnasium.envs.toy_text.taxi",
    "Blackjack-v1": "gymnasium.envs.toy_text.blackjack",
}


class UnknownEnvironment(KeyError):
    """An environment id deskdl does not offer."""


def make(env_id: str, **kwargs: Any):
    """``gymnasium.make(env_id)`` after importing its module explicitly (works frozen too).

    ``render_mode`` is left unset: gymnasium's own ``rgb_array`` renderer
    needs pygame, which deskdl does not ship. Draw frames with
    :func:`deskdl.rl.render.render_frame` instead.
    """
    module = ENV_MODULES.get(env_id)
    if module is None:
        raise UnknownEnvironment(
            f"deskdl does not offer the environment {env_id!r}; it offers {', '.join(ENV_MODULES)}"
        )
    importlib.import_module(module)
    import gymnasium

    return gymnasium.make(env_id, **kwargs)
