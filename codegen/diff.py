"""Placeholder for `python -m codegen diff`; being written."""


def add_arguments(parser):
    pass


def run(args):
    raise SystemExit("diff: not implemented yet")
