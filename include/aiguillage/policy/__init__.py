"""The sensitivity policy: YAML data turned into a route with explainable reasons."""

from aiguillage.policy.policy import Policy, load_policy

__all__ = ["Policy", "load_policy"]
