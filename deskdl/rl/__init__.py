"""Reinforcement-learning side of deskdl (gymnasium). Never imports Qt."""
