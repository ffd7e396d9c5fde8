"""`python -m ngo_digest` runs the command line."""

from .cli import main

main()
