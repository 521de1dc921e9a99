"""Placeholder for `python -m codegen check`; being written."""


def add_arguments(parser):
    pass


def run(args):
    raise SystemExit("check: not implemented yet")
