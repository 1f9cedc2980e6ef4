"""Import Presidio (and so spaCy) with PyTorch hidden.

thinc, spaCy's machine-learning layer, imports PyTorch whenever it is installed, only to offer
PyTorch layers and GPU support that ``en_core_web_sm`` (a thinc/numpy model) never uses; and
Presidio imports ``transformers.pipeline`` (hence PyTorch) for a transformer NER engine this
product does not use. In the main process those imports alone held about 300 MB. The
pipeline's worker processes block PyTorch for good (:mod:`pipeline.core`); the main process
hides it, and ``transformers``, only while Presidio is first imported, then unhides them, so a
later real use (the PyTorch embedding backend, the ONNX export, a local generative drafter)
imports them normally.
"""

from __future__ import annotations

import sys

_HIDDEN = ("torch", "transformers")


def import_presidio_without_torch() -> None:
    if "presidio_analyzer" in sys.modules or any(
            sys.modules.get(name) is not None for name in _HIDDEN):
        return  # imported already, or PyTorch is there anyway: nothing to save
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment] - "import torch" fails
    try:
        import presidio_analyzer  # noqa: F401
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
