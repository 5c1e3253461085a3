"""Following the programme up: actuals import, progress and status, outlook, costs."""
