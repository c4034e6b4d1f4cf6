# The cleaners Airflow image: the official apache/airflow 3.3.2 image plus the project, installed from our lock.
# (python3.11 variant: requirements.lock is compiled for Python 3.11.)
ARG AIRFLOW_IMAGE=apache/airflow:3.3.2-python3.11
FROM ${AIRFLOW_IMAGE}

USER airflow
WORKDIR /opt/cleaners

# Dependencies first (cached layer). The lock pins celery 5.6.3: celery 5.7 breaks the celery provider
# (ImportError: cannot import name 'retry' from 'celery.backends.database').
COPY --chown=airflow:0 requirements.lock pyproject.toml ./
RUN pip install --no-cache-dir "apache-airflow==3.3.2" -r requirements.lock \
 && python -c "import celery, sys; v = tuple(map(int, celery.__version__.split('.')[:2])); sys.exit(v >= (5, 7))"

# A C compiler: setup.py compiles the per-line hot stage modules with Cython (from the lock); without
# one they install as pure Python (about 1.6x the CPU per document).
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libc6-dev \
 && rm -rf /var/lib/apt/lists/*
USER airflow

# The library, and the stack script the airflow-init service runs.
COPY --chown=airflow:0 setup.py ./
COPY --chown=airflow:0 cleaners ./cleaners
COPY --chown=airflow:0 scripts/airflow_stack.py ./scripts/airflow_stack.py
RUN printf '# cleaners\n' > README.md \
 && pip install --no-cache-dir --no-deps --no-build-isolation . \
 && cleaners version \
 && python -c "import cleaners, cleaners.runner, cleaners.catalog"

WORKDIR /opt/airflow
