"""Local emulators of the five remote APIs for demo, training and tests."""
