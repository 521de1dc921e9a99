"""Typed Python SDK for Customer.io."""
