"""Supervisor UI pieces: table models for shipments, tracking, outcome-unknown creates, open jobs
and handover parcels."""
