"""What the fork server imports before it forks the pipeline's workers (``worker_start=
"forkserver"``, :class:`~pipeline.core.Pipeline`).

A spawned worker imports Presidio, spaCy, the recognisers and the rest from scratch, so each
worker holds its own copy of every module's objects. With the fork server, a clean process
started for the purpose imports them once here and forks each worker from itself, so the
workers share those pages copy-on-write until they write to them.

Forking is safe only from a process with one thread (a lock held by another thread at the fork
stays held for ever in the child). So nothing imported here may start a thread, and nothing is
loaded: no spaCy model, no ONNX session (each worker loads its own after the fork, as it does
when spawned). In particular **ONNX Runtime is not imported here**: importing its Python module
alone starts a native thread (it waits on a timed condition variable; measured with gdb,
onnxruntime 1.32), so the workers import it after the fork. OpenBLAS, loaded with numpy, starts
a thread per core on import unless told otherwise; the workers run one thread each, so it is
told one (``OPENBLAS_NUM_THREADS``, a deployment's own value wins).

Presidio (and so spaCy's thinc) is imported with PyTorch and ``transformers`` hidden
(:mod:`redaction.without_torch`), which unhides them after: PyTorch is blocked for good only in
the worker, by :func:`pipeline.workers.start_worker`, as when it is spawned, because a worker
re-imports the main module of the program first (as a spawned one does) and that may import
libraries (scikit-learn, through SciPy) that fail with PyTorch blocked.
"""

from __future__ import annotations

import gc
import os

# before numpy is imported: one OpenBLAS thread, so the fork server stays single-threaded
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from contracts.settings import set_model_environment

set_model_environment()  # before Presidio reads PRESIDIO_DEVICE

from redaction.without_torch import import_presidio_without_torch  # noqa: E402

import_presidio_without_torch()

# what a worker imports to unpickle its initialiser's arguments and run a batch (no model)
import spacy  # noqa: E402, F401
from presidio_analyzer.nlp_engine import SpacyNlpEngine  # noqa: E402, F401

import pipeline.workers  # noqa: E402, F401
import redaction.recognizers  # noqa: E402
import redaction.recognizers.prefilter  # noqa: E402
import redaction.redactor  # noqa: E402, F401
import retrieval.embedder  # noqa: E402
import retrieval.static  # noqa: E402, F401

# The imported objects go to the garbage collector's permanent generation: a worker's
# collections then never walk (and so never write to, and copy) the pages they share.
gc.freeze()
