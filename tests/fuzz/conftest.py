"""The fuzzing target is run by ``make fuzz`` for a set time, never by pytest (nor in CI)."""

collect_ignore_glob = ["*.py"]
