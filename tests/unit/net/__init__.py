"""Tests of app.net against real loopback HTTP servers."""
