"""Trainers of the reinforcement-learning kinds (``dqn``, ``policy_gradient``): Keras and gymnasium, no Qt."""
