"""Files on disk: crash-safe saving, the loading gate, locks, crash recovery, export targets."""
