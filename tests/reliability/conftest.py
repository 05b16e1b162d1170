"""Fixtures of the reliability suite. The helpers live in ``reliability_support`` (a uniquely named
module): test modules import them from there, never from ``conftest``, whose name is shared by every
conftest of the tree and resolves to whichever was imported last."""

from reliability_support import ctx_factory, fast_policy, fast_policy_path, small_batch

__all__ = ["ctx_factory", "fast_policy", "fast_policy_path", "small_batch"]
