"""Benchmarks of customerio-sdk against plain httpx and the official Customer.io packages.

Run ``make bench`` (or ``python -m bench`` with the ``bench`` extra installed). Everything runs
against a loopback server (:mod:`bench.server`) in one run, so every ratio compares numbers measured
on the same machine minutes apart. Nothing here is a test: speed lives here, behaviour in tests/.
"""
