"""Messages for calls with the wrong arguments that a newcomer can act on.

Python's own ``TypeError`` names the function it raised in (``_TrackMixin.__init__()``, a private
class), and for ``segments.get(id=7)`` says only that ``segment_id`` is missing. :func:`explain`
rebuilds the message from the signature: the public name, an unknown keyword called unknown (with
the closest accepted name), a positional argument that must be a keyword said so, and the
accepted arguments listed. :func:`explained` applies it to a function, costing nothing on a
correct call (the signature is only consulted after Python refused the call).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["explain", "explained"]

F = TypeVar("F", bound=Callable[..., Any])
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def _accepted(params: list[inspect.Parameter]) -> str:
    positional = [p.name for p in params if p.kind in _POSITIONAL]
    keyword = [p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY]
    parts = []
    if positional:
        parts.append(f"positional or keyword: {', '.join(positional)}")
    if keyword:
        parts.append(f"keyword only: {', '.join(keyword)}")
    return "; ".join(parts) if parts else "no arguments"


def explain(where: str, signature: inspect.Signature, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
    """A better message for ``where(*args, **kwargs)`` failing to bind to ``signature``, or ``None``
    when the arguments bind (the ``TypeError`` came from somewhere else)."""
    params = list(signature.parameters.values())
    try:
        signature.bind(*args, **kwargs)
        return None
    except TypeError as exc:
        original = str(exc)
    accepted = _accepted(params)
    if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        names = {p.name for p in params if p.kind is not inspect.Parameter.POSITIONAL_ONLY}
        unknown = [k for k in kwargs if k not in names]
        if unknown:
            import difflib  # only on this error path: not worth importing with the SDK

            hints = []
            for name in unknown:
                close = difflib.get_close_matches(name, sorted(names), n=1, cutoff=0.6)
                hints.append(f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
            noun = "keyword argument" if len(unknown) == 1 else "keyword arguments"
            return f"{where}() got an unknown {noun} {', '.join(hints)}; it accepts {accepted}"
    positional = [p for p in params if p.kind in _POSITIONAL]
    if not any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in params) and len(args) > len(positional):
        keyword = [p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY]
        takes = ", ".join(p.name for p in positional) or "none"
        return (
            f"{where}() takes {len(positional)} positional argument{'s' if len(positional) != 1 else ''} ({takes})"
            f" but {len(args)} {'was' if len(args) == 1 else 'were'} given; the others must be passed by keyword"
            + (f" ({', '.join(f'{k}=...' for k in keyword)})" if keyword else "")
        )
    return f"{where}(): {original}; it accepts {accepted}"


def explained(function: F) -> F:
    """``function`` (an ``__init__``) raising :func:`explain`'s message, naming the instance's public
    class, when it is called with arguments it does not accept."""
    full = inspect.signature(function)
    signature = full.replace(parameters=list(full.parameters.values())[1:])  # without self

    @functools.wraps(function)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return function(self, *args, **kwargs)
        except TypeError:
            message = explain(type(self).__name__, signature, args, kwargs)
            if message is None:
                raise
            raise TypeError(message) from None

    return wrapper  # type: ignore[return-value]
