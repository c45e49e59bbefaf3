"""Qt views: widgets that hold layout and painting, no business rules."""
