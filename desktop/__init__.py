"""Asesmen: offline competency assessment for Indonesian civil servants."""

__version__ = "0.1.0"
