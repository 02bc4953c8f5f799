"""Contract tests: the seeds and the real public examples, not our emulator, decide the shapes."""
