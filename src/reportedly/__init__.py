"""reportedly: who said what, to whom, on whose authority, and when."""

__version__ = "0.1.0"
