"""Actuals in the GUI: the import wizard and the comparison view (standalone widgets)."""
