"""Click groups whose subcommands are built when asked for, so that ``cio --help`` and one command
import only what they use."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import click


class LazyGroup(click.Group):
    """A group over a table ``name -> (short help, loader)``; ``loader()`` builds the command."""

    def __init__(self, name: str, table: Callable[[], dict[str, tuple[str, Callable[[], click.Command]]]], **kw: Any):
        super().__init__(name, **kw)
        self._table = table

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._table())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        entry = self._table().get(cmd_name)
        if entry is None:
            return None
        command = entry[1]()
        self.commands[cmd_name] = command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The table's short help, without building (and importing) every command.
        rows = [(name, help_text) for name, (help_text, _loader) in sorted(self._table().items())]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def from_module(path: str) -> Callable[[], click.Command]:
    module_name, _, attribute = path.partition(":")

    def load() -> click.Command:
        module = importlib.import_module(module_name, __package__)
        return getattr(module, attribute)()

    return load
