"""The event-setup dialog: event fields, themes, agenda and protected terms."""
