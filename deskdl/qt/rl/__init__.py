"""Qt views of the reinforcement-learning kinds (dqn, policy_gradient)."""
