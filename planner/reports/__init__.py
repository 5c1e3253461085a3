"""Report exports: the programme and its follow-up as PDF, Word and Excel (see export.py)."""
