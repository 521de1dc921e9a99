"""Cold import in fresh interpreters: ``time.perf_counter()`` around the statements, in a new
process each run (interpreter start-up excluded), variants interleaved, median of the runs."""

from __future__ import annotations

import subprocess
import sys

from ._common import median

# The base URL only has to be a valid loopback URL: constructing a client sends nothing.
_URL = "http://127.0.0.1:9"
VARIANTS: dict[str, str] = {
    "import httpx": "import httpx",
    "import customerio (official)": "from customerio import CustomerIO",
    "import customerio_sdk + 3 clients": (
        "from customerio_sdk import TrackClient, AppClient, PipelinesClient\n"
        f"TrackClient(site_id='s', api_key='k', base_url='{_URL}')\n"
        f"AppClient(api_key='k', base_url='{_URL}')\n"
        f"PipelinesClient(write_key='k', base_url='{_URL}/v1')"
    ),
    "one generated App operation": "from customerio_app_api.api.segments import list_segments",
    # what the first app.segments.list() imports: the resource module and the operation module
    "App client + one App method's modules": (
        "from customerio_sdk import AppClient\n"
        f"app = AppClient(api_key='k', base_url='{_URL}')\n"
        "app.segments.list\n"
        "from customerio_app_api.api.segments import list_segments"
    ),
}

_TEMPLATE = "import time\n_t = time.perf_counter()\n{body}\nprint(time.perf_counter() - _t)\n"


def _once(body: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _TEMPLATE.format(body=body)], capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip().splitlines()[-1])


def run(runs: int = 9) -> dict[str, float]:
    """Median seconds per variant (a first, unmeasured round fills the bytecode caches)."""
    samples: dict[str, list[float]] = {name: [] for name in VARIANTS}
    for round_ in range(runs + 1):
        for name, body in VARIANTS.items():
            seconds = _once(body)
            if round_:
                samples[name].append(seconds)
    return {name: median(values) for name, values in samples.items()}
