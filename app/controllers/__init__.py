"""Controllers: behaviour behind the views, talking to the domain core and the repository."""
