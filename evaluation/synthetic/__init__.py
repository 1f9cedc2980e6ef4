"""Synthetic evaluation data: invented UK letters labelled with their personal data.

* :mod:`evaluation.synthetic.uk_pii` - the first UK set (Faker names, six templates), the one
  the first recognisers were tuned on;
* :mod:`evaluation.synthetic.uk_layouts` - hand-written UK letter layouts in four families
  (dev, heldout, dev2, heldout2), written apart from the recognisers;
* :mod:`evaluation.synthetic.uk_layouts_heldout3`, ``_heldout4``, ``_heldout5``, ``_heldout6``,
  ``_heldout7``, ``_heldout8``, ``_heldout9``, ``_heldout10``, ``_heldout11``, ``_heldout12``,
  ``_heldout13``, ``_heldout14`` - later blind families, one module each, on the machinery of :mod:`evaluation.synthetic.uk_layouts_shared`.

Every row is SYNTHETIC; report results on it as such.
"""
