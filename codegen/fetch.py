"""Placeholder for `python -m codegen fetch`; being written."""


def add_arguments(parser):
    pass


def run(args):
    raise SystemExit("fetch: not implemented yet")
