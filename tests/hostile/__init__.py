"""Hostile input: a reader must survive any file and never let one drive the terminal."""
