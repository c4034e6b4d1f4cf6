"""Pipeline version: part of every record, bumped when cleaning output may change."""

PIPELINE_VERSION = "0.1.0"
