"""The capture workspace: where a note-taker types remarks, by theme, as they are spoken."""
