"""Tests of reportedly.ingest (a package so its module names do not clash with other dirs)."""
