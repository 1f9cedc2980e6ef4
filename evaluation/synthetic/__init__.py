"""Synthetic evaluation data: invented UK letters labelled with their personal data.

* :mod:`evaluation.synthetic.uk_pii` - the first UK set (Faker names, six templates), the one
  the first recognisers were tuned on;
* :mod:`evaluation.synthetic.uk_layouts` - hand-written UK letter layouts in four families
  (dev, heldout, dev2, heldout2), written apart from the recognisers.

Every row is SYNTHETIC; report results on it as such.
"""
