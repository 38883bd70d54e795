"""Spark jobs that run ``polybius.pipeline`` and ``polybius.fuse`` unchanged on a cluster.

``extract.run_extract`` (articles -> events by month), ``fuse.run_fuse`` (events ->
incidents), ``load.load_output`` (Parquet -> store), ``submit`` (spark-submit entry).
pyspark is imported only inside the job functions; see docs/spark.md.
"""
