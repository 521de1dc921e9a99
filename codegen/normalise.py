"""Placeholder for `python -m codegen normalise`; being written."""


def add_arguments(parser):
    pass


def run(args):
    raise SystemExit("normalise: not implemented yet")
