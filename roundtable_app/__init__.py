"""Roundtable: capture and publish unattributed summaries of Chatham House Rule meetings."""

__version__ = "0.1.0"
