"""The Qt desktop app: views, controllers and the glue to the domain core."""
