"""reader: a calm terminal reader for French AI-industry news."""

__version__ = "0.1.0"
