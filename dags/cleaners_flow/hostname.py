"""`[core] hostname_callable` of the stack: CLEANERS_HOSTNAME if set, else the FQDN (Airflow's default).

Two Celery workers on one machine (the integration test) would otherwise record the same hostname on
their task instances; in docker compose every container has its own hostname and the variable is unset.
"""

from __future__ import annotations

import os
import socket


def get_hostname() -> str:
    return os.environ.get("CLEANERS_HOSTNAME") or socket.getfqdn()
