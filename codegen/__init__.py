"""Build step: pinned Customer.io specs -> normalised specs -> generated clients.

Run as ``python -m codegen <command>``; see ``python -m codegen --help``.
"""
