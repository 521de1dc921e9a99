"""``python -m codegen outdated``: has Customer.io published specs newer than the pinned ones?

Downloads each API's current spec (the same download and validation as ``codegen fetch``, from
the official URLs or ``--base-url``/``$CUSTOMERIO_SPEC_BASE_URL``) into a temporary folder, compares
it with the lock (sha256) and, where it differs, with the pinned file (``codegen diff``). Nothing
in the repository changes.

Exit status: 0 every spec is current; 1 at least one changed (the ``codegen diff`` summary of each
is printed, and the last line, ``summary: …``, is one line fit for a pull request title); 2 a
download failed (network, HTTP error, not a spec), said on stderr; the others are still compared.
``--summary-file FILE`` also writes that one line to FILE (CI reads it).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from codegen import lockfile
from codegen.apis import APIS, LOCK_FILE
from codegen.diff import diff_specs
from codegen.diff_report import summary_line
from codegen.fetch import DEFAULT_TIMEOUT, FetchError, _positive_seconds, download, source_url, validate_spec


def add_arguments(parser) -> None:
    parser.add_argument("--api", choices=list(APIS), action="append", help="check only this API (default: all)")
    parser.add_argument("--base-url", help="download from BASE_URL/<spec file> (default: $CUSTOMERIO_SPEC_BASE_URL)")
    parser.add_argument("--timeout", type=_positive_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS")
    parser.add_argument("--summary-file", type=Path, help="also write the one-line summary to this file")
    parser.add_argument("--keep", type=Path, help="keep the downloaded specs in this folder (default: a temporary one)")


def run(args, *, lock_path: Path | None = None) -> int:
    lock = lockfile.load_lock(lock_path or LOCK_FILE)
    names = args.api or list(APIS)
    changed: list[str] = []
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="codegen-outdated-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            api = APIS[name]
            url = source_url(api, args.base_url)
            try:
                raw, headers = download(url, args.timeout)
                new = validate_spec(raw, headers.get("Content-Type"))
            except FetchError as exc:
                print(f"outdated {name}: cannot download {url}: {exc}", file=sys.stderr)
                failed.append(name)
                continue
            (folder / api.spec_file).write_bytes(raw)
            new_sha = lockfile.sha256_hex(raw)
            pinned_sha = (lock.get(name) or {}).get("sha256")
            if new_sha == pinned_sha:
                print(f"{name}: current (sha256 {new_sha[:12]})")
                continue
            pinned_raw = api.spec_path.read_bytes()
            diff = diff_specs(
                json.loads(pinned_raw),
                new,
                old_label=f"specs/{api.spec_file}",
                new_label=url,
                old_sha256=lockfile.sha256_hex(pinned_raw),
                new_sha256=new_sha,
            )
            line = summary_line(diff).removeprefix("Summary: ")
            if diff.identical:
                line = "same content, different bytes"
            print(f"{name}: upstream changed (sha256 {str(pinned_sha)[:12]} -> {new_sha[:12]}): {line}")
            changed.append(f"{name}: {line}")
    summary = "; ".join(changed) if changed else "no changes"
    if failed:
        print(f"outdated: network or download failure for {', '.join(failed)} (see above); exit 2", file=sys.stderr)
    print(f"summary: {summary}")
    if args.summary_file:
        args.summary_file.write_text(summary + "\n", encoding="utf-8")
    if failed:
        return 2
    return 1 if changed else 0
