"""Placeholder for `python -m codegen generate`; being written."""


def add_arguments(parser):
    pass


def run(args):
    raise SystemExit("generate: not implemented yet")
