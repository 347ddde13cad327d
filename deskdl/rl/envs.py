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

from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import translator
from deskdl.core.rl import ENVS, EnvFacts, env_facts

_ = translator("rl.envs")

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


class EnvironmentProblem(DeskdlError):
    """An environment that cannot be made: an unknown id, or gymnasium (or one of its extras) missing."""


#: The tasks the reinforcement-learning kinds teach with (facts and words: :data:`deskdl.core.rl.ENVS`).
TEACHING_ENVS: tuple[str, ...] = tuple(ENVS)


def describe(env_id: str) -> str:
    """The task in plain sentences: state, actions, reward, what counts as solved."""
    return env_facts(env_id).description()


def make_env(env_id: str, seed: int | None = None):
    """A teaching environment, reset with ``seed``; :class:`EnvironmentProblem` (message and fix) otherwise.

    Returns ``(env, first_observation, facts)``.
    """
    if env_id not in ENVS:
        raise EnvironmentProblem(_("deskdl does not know the environment {env!r}").format(env=env_id),
                                 _("choose one of {names} (algorithm.env)").format(names=", ".join(ENVS)))
    try:
        env = make(env_id)
    except ImportError as err:
        missing = getattr(err, "name", None) or str(err)
        raise EnvironmentProblem(
            _("the environment {env} cannot start: the package {package} is missing").format(
                env=env_id, package=missing),
            _("install it into deskdl's Python: pip install 'gymnasium[classic-control]'")) from None
    except Exception as err:  # noqa: BLE001 - gymnasium's DependencyNotInstalled and friends
        if type(err).__name__ == "DependencyNotInstalled":
            raise EnvironmentProblem(_("the environment {env} needs an extra of gymnasium that is not "
                                       "installed ({error})").format(
                                         env=env_id, error=str(err).splitlines()[0]),
                                     _("install it: pip install 'gymnasium[classic-control]'")) from None
        raise
    obs, _info = env.reset(seed=seed)
    return env, obs, env_facts(env_id)


def facts(env_id: str) -> EnvFacts:
    """:func:`deskdl.core.rl.env_facts` (re-exported for the rl ring)."""
    return env_facts(env_id)


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
