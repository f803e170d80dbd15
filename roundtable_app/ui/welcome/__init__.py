"""The welcome window: open a vault, create one, try the demo, join an event from a kit."""
