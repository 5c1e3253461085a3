"""Core of the employment programme planner: pure Python, never imports Qt."""

__version__ = "0.1.0"
