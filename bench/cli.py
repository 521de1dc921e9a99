"""Start-up of the ``cio`` command line: whole processes, wall clock, cold (a new process each run).

``cio --help`` and ``cio app segments list`` (one real request to the embedded mock), against
``python -c "import httpx"`` measured in the same run, variants interleaved, median of the runs.
Interpreter start-up is inside every figure, so the ratio is what a person at a shell feels.
``PYTHONDONTWRITEBYTECODE`` is removed from the children's environment: an installed package has
its bytecode compiled (pip does it), and the unmeasured first round writes it for this checkout.

    python -m bench.cli [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time

from ._common import APP_KEY, median


def _cio() -> str:
    found = shutil.which("cio", path=os.path.dirname(sys.executable))
    if found is None:
        raise SystemExit("the cio console script is not installed: pip install -e '.[dev]'")
    return found


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _measure(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child alone: user + system)."""
    cpu, start = _children_cpu(), time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, _children_cpu() - cpu


def run(runs: int = 9) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds per variant (a first, unmeasured round fills the bytecode caches).

    The CPU figure is the child's own (the mock answering in this process is not in it) and moves
    less than the wall clock when the machine is shared."""
    from customerio_sdk.testing import MockServer

    cio = _cio()
    with MockServer() as mock:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(CUSTOMERIO_APP_API_KEY=APP_KEY, CIO_APP_BASE_URL=mock.app_url)
        variants = {
            'python -c "import httpx"': [sys.executable, "-c", "import httpx"],
            "cio --help": [cio, "--help"],
            "cio app segments list (mock)": [cio, "app", "segments", "list"],
        }
        walls: dict[str, list[float]] = {name: [] for name in variants}
        cpus: dict[str, list[float]] = {name: [] for name in variants}
        for round_ in range(runs + 1):
            for name, argv in variants.items():
                wall, cpu = _measure(argv, env)
                if round_:
                    walls[name].append(wall)
                    cpus[name].append(cpu)
    return {name: (median(walls[name]), median(cpus[name])) for name in variants}


TARGET = 2.0


def report(results: dict[str, tuple[float, float]], runs: int) -> list[str]:
    base_wall, base_cpu = results['python -c "import httpx"']
    lines = [
        f"## `cio` start-up (whole process, cold; median of {runs})",
        "",
        "| command | wall ms | × httpx (wall) | CPU ms | × httpx (CPU) | target | met (wall) |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    for name, (wall, cpu) in results.items():
        ratio = wall / base_wall
        target = "" if name.startswith("python") else f"≤ {TARGET}×"
        met = "" if not target else ("yes" if ratio <= TARGET else "**no**")
        lines.append(
            f"| {name} | {wall * 1000:.0f} | {ratio:.2f} | {cpu * 1000:.0f} | {cpu / base_cpu:.2f} | {target} | {met} |"
        )
    lines += ["", 'httpx = `python -c "import httpx"`, measured in the same run.']
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.cli", description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    print("\n".join(report(run(args.runs), args.runs)))


if __name__ == "__main__":
    main()
