"""The desktop app: Qt widgets, item models and dialogs over the vault service.

Kept free of imports so that ``import roundtable_app.ui.x`` loads only what ``x`` needs.
"""
