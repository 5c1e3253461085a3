"""Where the import's modules and the reports find :func:`paused_gc`; it lives in :mod:`planner.followup.gcpause`.

It moved up a level when the comparison (planner.followup.progress) and the outlook
began to pause the collector too: they sit beside this package, which imports the
comparison, so they cannot import from inside it without a circle.
"""

from planner.followup.gcpause import paused_gc

__all__ = ["paused_gc"]
