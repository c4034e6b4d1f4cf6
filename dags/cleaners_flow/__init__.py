"""Plain-Python logic behind the `clean_corpus` DAG (no Airflow imports here).

The DAG files in this folder are thin: each task calls one function of `cleaners_flow.steps`, so the
same code runs under `dag.test()`, the Celery workers, the concurrency test and the benchmark.
"""
