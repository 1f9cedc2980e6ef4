"""Is a lower-case word a name? Two well-kept word lists answer it offline.

People write their own and their family's names in lower case in texts and web forms ("hi its
chiamaka oyelaran from ..."), where nothing but the words around them says they are names. A
word after such a cue is taken as a name when it is a known given name or surname (the name
lists of every locale ``faker`` ships: about 28,000 given names and 24,000 surnames) or when it is
rare in English (``wordfreq`` Zipf frequency under 3.5, i.e. fewer than about three in a million
words); never when it is a function word. Both lists load once, on first use.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import Any

#: rarer than this (Zipf scale: 3 = once per million words) and not a known word: a name
RARE_ZIPF = 3.5


@cache
def _names() -> frozenset[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module_info in pkgutil.iter_modules(person.__path__):
        try:
            module = importlib.import_module(f"{person.__name__}.{module_info.name}")
        except ImportError:
            continue
        provider = getattr(module, "Provider", None)
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            values: Any = getattr(provider, "__dict__", {}).get(attr)
            if isinstance(values, dict):
                values = values.keys()
            if isinstance(values, (list, tuple, set, frozenset)) or hasattr(values, "keys"):
                names.update(v.lower() for v in values if isinstance(v, str) and v.isalpha())
    return frozenset(names)


@cache
def _function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {
        "im",
        "ive",
        "id",
        "its",
        "pls",
        "plz",
        "thx",
        "thanks",
        "hi",
        "hello",
        "hey",
        "ok",
        "okay",
        "x",
        "xx",
        "xxx",
    }


def is_function_word(word: str) -> bool:
    return word.lower().strip("'’") in _function_words()


#: romanised Chinese, Vietnamese and Korean names, which faker's lists hold in other scripts
_ROMANISED = frozenset(
    """
li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
su lu ding shen ren yao jin qian tan ng wong lee chan cheung lam ho chow leung kwok yip tsang
fung mok nguyen tran le pham hoang phan vu vo dang bui do ngo duong ly kim park choi jung kang
cho yoon jang lim shin oh seo kwon hwang ahn song hong jun yan ling hui ming jing xin hao jie
lei yi mei fang qing ying yun hua bo chao gang jian kai long ning ping qiang rui tao ting xiu
yong zhen zhi ziyi minh anh thi van duc hieu linh trang huong tuan quang
""".split()
)


#: common surnames of Great Britain that faker's lists lack (checked against them): without
#: these "Davies", "Khan" or "Begum" read as ordinary words, and a firm named after its owner
#: ("Ahmed Khan Solicitors") went out in clear
_BRITISH_SURNAMES = frozenset(
    """
davies edwards shaw khan begum chapman hussain barker stevens pearson saunders payne ball booth
rees dunn hawkins parry sutton yates hodgson robson watkins moss chambers sharp potter
pritchard read stevenson hammond hewitt barber slater whitehead frost akhtar woodward thomson
greenwood kemp poole bond davidson fowler middleton lees iqbal islam uddin hossain aslam raza
rehman butt sheikh qureshi siddiqui mirza nawaz mohamud warsame mehta kowalski wisniewski
lewandowski
""".split()
)


#: given names common in Britain's South Asian, West African, Somali, Scottish and Welsh
#: communities that faker's lists lack (checked against them)
_BRITISH_GIVEN_NAMES = frozenset(
    """
shahid sajid wasim naveed faisal rizwan nasreen shazia rukhsana nazia saima hafsa sana rubina
parveen shabana farzana nusrat tahira shamima rahima jaspreet harpreet gurpreet manpreet
sukhwinder baljit amrit rajinder kuldeep sunil anil rajesh ramesh suresh mahesh dinesh kavita
sunita rekha vijay sanjay ajay chidi chioma oluwaseun tunde bola funmilayo segun abdi hodan
fadumo eilidh morag ffion cerys dafydd gethin sioned owain
""".split()
)


def is_known_name(word: str) -> bool:
    lower = word.lower()
    return (
        lower in _names()
        or lower in _ROMANISED
        or lower in _BRITISH_SURNAMES
        or lower in _BRITISH_GIVEN_NAMES
    )


@cache
def _given_names() -> frozenset[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module_info in pkgutil.iter_modules(person.__path__):
        try:
            module = importlib.import_module(f"{person.__name__}.{module_info.name}")
        except ImportError:
            continue
        provider = getattr(module, "Provider", None)
        for attr in ("first_names", "first_names_male", "first_names_female"):
            values: Any = getattr(provider, "__dict__", {}).get(attr)
            if isinstance(values, dict):
                values = values.keys()
            if isinstance(values, (list, tuple, set, frozenset)) or hasattr(values, "keys"):
                names.update(v.lower() for v in values if isinstance(v, str) and v.isalpha())
    return frozenset(names)


def is_given_name(word: str) -> bool:
    lower = word.lower()
    return lower in _given_names() or lower in _ROMANISED or lower in _BRITISH_GIVEN_NAMES


def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def is_rare_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") < RARE_ZIPF


#: an English word at least this common (Zipf: about 1.6 in a million words) is no one's whole
#: name unless a name list holds it
ORDINARY_ZIPF = 3.2


def is_ordinary_word(word: str) -> bool:
    """A capitalised word that is an ordinary English word and no known name: "Item",
    "Referred", "Queries", "Pupil" (but not "Rose", "Grace", "Bryn")."""
    return (
        len(word) > 1  # an initial ("P PUN", "W Chung") is a name's
        and word.isalpha()
        and not is_known_name(word)
        and zipf(word) >= ORDINARY_ZIPF
    )


def could_be_name(word: str) -> bool:
    """A lower-case word written where a name is expected: is it one?"""
    bare = word.strip("'’.-")
    if len(bare) < 2 or not any(c.isalpha() for c in bare) or is_function_word(bare):
        return False
    parts = [p for p in bare.replace("'", "-").replace("’", "-").split("-") if p]
    return any(
        is_known_name(p) or (is_rare_word(p) and not _inflected_common_word(p)) for p in parts
    )


def _inflected_common_word(word: str) -> bool:
    """ "borned", "adress" are misspellings of ordinary words, not names."""
    from wordfreq import zipf_frequency

    low = word.lower()
    for suffix in ("ed", "d", "ing", "s", "ly"):
        if (
            low.endswith(suffix)
            and len(low) - len(suffix) >= 3
            and zipf_frequency(low[: -len(suffix)], "en") >= 4.0
        ):
            return True
    return False


__all__ = [
    "RARE_ZIPF",
    "could_be_name",
    "is_function_word",
    "is_given_name",
    "is_known_name",
    "is_ordinary_word",
    "is_rare_word",
    "zipf",
]
