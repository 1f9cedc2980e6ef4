"""The blind single-module UK layout families (heldout3 onwards) are frozen: their seed-0, 1,000-row sets and
allow-lists must not change, or every figure already reported on them (README's redaction
table) silently stops describing the set. The hashes were recorded before the families' shared
machinery moved into evaluation/synthetic/uk_layouts_shared.py and checked byte-identical after.
A deliberate change to a family needs a new family (or new hashes, with the figures re-measured)."""

from __future__ import annotations

import hashlib

import pytest

from evaluation.synthetic import (
    uk_layouts_heldout3,
    uk_layouts_heldout4,
    uk_layouts_heldout5,
    uk_layouts_heldout6,
    uk_layouts_heldout7,
    uk_layouts_heldout8,
    uk_layouts_heldout9,
    uk_layouts_heldout10,
    uk_layouts_heldout11,
    uk_layouts_heldout12,
    uk_layouts_heldout13,
    uk_layouts_heldout14,
    uk_layouts_heldout15,
    uk_layouts_heldout16,
    uk_layouts_heldout17,
    uk_layouts_heldout18,
    uk_layouts_heldout19,
    uk_layouts_heldout20,
    uk_layouts_heldout21,
    uk_layouts_heldout22,
    uk_layouts_heldout23,
    uk_layouts_heldout24,
    uk_layouts_heldout25,
    uk_layouts_heldout26,
)

PINNED = {
    # family: (sha256 of pii_uk_layouts_<family>.jsonl, of allow_list_uk_layouts_<family>.txt)
    "heldout3": (
        "dcabb1e2b531cc4df390bf1cff3025c21239cd8a9cfb8740f0e6b06261105252",
        "45fc947686fb152bd4af13cab9a9a15f15b509c6b753588c556422a2f58d2978",
    ),
    "heldout4": (
        "1dbd9a1a37ede1c1dd477f0be8e64d2a66deac0490e9f3fdc958e9ea746ad1df",
        "962546db598a9bb0b829c80ebad8d66b7a8387fc850fef11b7bec5fa6b4ada64",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout5": (
        "5f620e4bab1832131e90cda16a61aee49a4e5b5d3c11955d6e8004d5501cf701",
        "aacbaee7033b9e67dd086a9c0d185e9df33c8ce8d3f8acf236513d8017b2217e",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout6": (
        "14a83dfc12af056701ac463decc09adc7528f0509a335b36bf94dcf1c0203531",
        "9f9cebccd7e8f02e8f67cebdad761e0835aae74bea005b4fced61e6a1c9f1256",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout7": (
        "13a03bfa709d26b1b54d28b77e12e2a0cc8329233551672715b72d11eecced5c",
        "8df19d21d0822871c43401f12ac55a6c218729466aa1583dde7e26a883dc5fa5",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout8": (
        "08dda11d1d1a4fed98e36055d026cc485cfc1e8d5db28e95405a04b40192fffe",
        "0611bee9c9daf26f7f985f306797508fc6a20b38a31ab1ee0abc79bfe8731943",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout9": (
        "1cecb31946d651e8789cc1929046f0f75dc3ca2d6dc9538cc15dd281938ec393",
        "9b95c42708830268a892a8b4e1c9e7abfdffc3f76e49307554c91cc35234e798",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout10": (
        "1759472b2ab78ff38dd1372fc288258f0d871bd116dbdd4cadd75dbc71b240f1",
        "3202e17c65010cd6d17a850ffd7431408419144b03b0bd252c682bf64df5dbf1",
    ),
    "heldout11": (
        "0e55b043f33a49e89b3bbe241491ccc5d7c2b483c41f3d770e6f235fe49bfb75",
        "3eb5ed761263774827ab6a136a7214d66a8ed8121469dcbc5649afee9db23bc4",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout12": (
        "58377022884bfe2850f8569458c4e69faa354d1c0fa9274b7b9acd3919fabce6",
        "f19ff7724f534deee8db4022cc0f95246514ad8fcd65c77c4b51299ddca4bc62",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout13": (
        "07003041c1f9b88ed06bbb31c0ce17a88f53f8295306abf5c189b41a48488bdc",
        "1719047f46c1c7c5c8fcbf70de827788c3119a385821d237e9160f437ea6e89c",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout14": (
        "307e503c8e7953dd08d4e9f5c182deb8e4673452d7128447b54911193d0fb198",
        "7fbb35d1048dd47b0e09f3506c401dfa4eced5fe7ccebab272bd4508353048c8",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout15": (
        "41060433bc249486cb376e636b5df264b86f72c56e9d90eedb3d9987e1a33cf2",
        "1c2bce8b11cfec154f10751da1837b101591099230a5a694c69da466981a7409",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout16": (
        "fec3e5ab9175551691657d61ec1634d259a63908117a3abeb21714368816f4fc",
        "3afa30b2a76adc7e1e6260dc8be7b3cfb130cdf4125e4e8509836b9facb3da76",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout17": (
        "a1b88eb9ce2b62114c23a6e7f77fb6b0a0a6fe926a186fcf804b8d88951d7321",
        "20113d90c0b5fbdf50e3f9838cf2e5d0dc85667234c92217fa5bbb3885e026ff",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout18": (
        "81d6232e5a7b322029439227e00d0519f1023a189d2721881dbf205d737c52e7",
        "425e82da11df83936e403497a995300a8d51fc0d5b2976e74eda0e418fad4ff4",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout19": (
        "8766f95ca5e57c66d6bed550db4855ec14e1532624b695ec1c05d98acbb37b30",
        "afd923946f2fa89a484915da37e1b840df08db8b8c1a19e36f5e6ca2a9ec5f93",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout20": (
        "1eaed55e4614491399d8b051b41b3e2ad098ae24d252cc1590644868c2b3541f",
        "646d53b6b76bb635774274fcef38b07a1be56d97adcb8a0a2c095e6b9b4b7c81",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout21": (
        "9d33847c6544310bf4befa8656029397c9f82d07d21f07b9d2e71c1052d05942",
        "9679fb341bb57a52e2b7c42722eebd051b7763216921b77bc983b22ca6b359e3",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout22": (
        "85952ba5b604631853d73e0e1da3fd8c90c8c2ba4ea068333df05ae3cf5b70e5",
        "373d825b12d784d13d60b5722e018fd7e0e7b6ccaf5bbed932eceb2ee35e9319",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout23": (
        "7b8397eed255173115d3aa201f9888b3e52c5d50e52eeb1742a992ca333a485f",
        "0e70093aec7a052646a78cebdd3d5b68bc2613f95c58d4c099c66c4107c097ab",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout24": (
        "5d96be4b28a87adab9003f78968aa8521374605f2019fa545b580f4bcf0e5174",
        "7ea0c9ad913be476ef3a89355151a6593817193129424276b990200d31c2410a",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout25": (
        "b86841ff1042f41f8661f65e7ed1258fbbe2f17ffc53eafd914add28010b3415",
        "9d309e55580e96c147ab9eaaab2025688425889a82be325c98f414248fa908d6",
    ),
    # pinned when written, before anyone scored it (blind): it must reach the lead unchanged
    "heldout26": (
        "98ba808b6bb04e470161e1699deabbea360ecc8b7aed29304b7df6248dd251bd",
        "0514b682f9dedd7c675ba246c3c2307ad75f2b2f1b3f7e4197b82a3d462b890f",
    ),
}
MODULES = {
    "heldout3": uk_layouts_heldout3,
    "heldout4": uk_layouts_heldout4,
    "heldout5": uk_layouts_heldout5,
    "heldout6": uk_layouts_heldout6,
    "heldout7": uk_layouts_heldout7,
    "heldout8": uk_layouts_heldout8,
    "heldout9": uk_layouts_heldout9,
    "heldout10": uk_layouts_heldout10,
    "heldout11": uk_layouts_heldout11,
    "heldout12": uk_layouts_heldout12,
    "heldout13": uk_layouts_heldout13,
    "heldout14": uk_layouts_heldout14,
    "heldout15": uk_layouts_heldout15,
    "heldout16": uk_layouts_heldout16,
    "heldout17": uk_layouts_heldout17,
    "heldout18": uk_layouts_heldout18,
    "heldout19": uk_layouts_heldout19,
    "heldout20": uk_layouts_heldout20,
    "heldout21": uk_layouts_heldout21,
    "heldout22": uk_layouts_heldout22,
    "heldout23": uk_layouts_heldout23,
    "heldout24": uk_layouts_heldout24,
    "heldout25": uk_layouts_heldout25,
    "heldout26": uk_layouts_heldout26,
}


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("family", sorted(PINNED))
def test_family_output_is_pinned(family, tmp_path) -> None:
    jsonl = tmp_path / f"pii_uk_layouts_{family}.jsonl"
    MODULES[family].main(["-o", str(jsonl), "--n", "1000", "--seed", "0"])
    allow = tmp_path / f"allow_list_uk_layouts_{family}.txt"
    assert (_sha256(jsonl), _sha256(allow)) == PINNED[family]
