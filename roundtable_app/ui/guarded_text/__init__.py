"""Text widgets that check what is typed: the guard's live underlining and its fixes, the
dismissal dialog, and the spell-checker. Capture, Review, the reword dialog and Event setup use
them alike.
"""
