"""The Inspect stage: look inside convolutions and trained models."""
