"""insult: insulting words aimed at a person (addressed, named, predicated or named by what they did)."""

from __future__ import annotations

import re
from functools import lru_cache

from gazete.moderation.hostility import PORTRAYING_RE, names_an_attack, subject_participle, taken_for
from gazete.moderation.lexicons import (
    ADDRESSING_SUFFIXES,
    INSULT_ANIMAL,
    INSULT_IDIOM_NEXT,
    INSULT_LITERAL,
    INSULT_SPELLINGS,
    INSULT_STRONG,
    INSULT_WHEN_ADDRESSED,
    INSULT_WORDS,
    NON_PERSON_NOUNS,
    PARTICIPLE_SUBJECTS,
    PERSON_HEAD_STEMS,
    PERSON_WORDS,
    SECOND_PERSON,
    SECOND_PERSON_SUFFIXES,
    SELF_QUESTION,
)
from gazete.moderation.normalize import CIRCUMFLEX_FOLD, TURKISH_LETTERS, WORD_MEMO, ascii_fold
from gazete.moderation.rules.base import Comment, content_reason, lowered_word, span_of
from gazete.moderation.verdict import Reason, Span

CODE = "insult"
ADDRESSED_SCORE = 0.9
STRONG_SCORE = 0.9
GROUP_SCORE = 0.7
PLAIN_SCORE = 0.6
WINDOW = 3
#: Insults written as two words: the first word joins the second (``geri zekalı`` = ``gerizekalı``).
SPLIT_INSULT_HEADS = {"geri": "zekal"}
#: A compound's head noun: a vowel-final noun with the possessive -sı/-si/-su/-sü and maybe a case ending
#: (``sobası``, ``arısının``, ``şakasına``). After a vowel the accusative takes -yı, so this ending is no
#: object: ``odun sobası`` is a stove, ``eşek arısı`` a hornet, ``eşek şakası`` a prank.
COMPOUND_HEAD_RE = re.compile(r"(\w+[aeıioöuü])s[ıiuü](?:n[ıiuü]n|nda|nde|ndan|nden|na|ne|n[ıiuü]|yla|yle)?")
#: After an animal or a thing, a consonant-final head with the possessive -ı/-i/-u/-ü makes a compound too
#: (``eşek sütü``, ``domuz eti``, ``köpek postunu``): nobody is called a donkey in ``eşek sütünden sabun``.
#: Only for those words: after ``salak`` the same ending is the accusative of a person (``salak adamı``).
THING_COMPOUND_HEAD_RE = re.compile(
    r"(\w{2,}[^\Waeıioöuü])[ıiuü](?:n[ıiuü]n|nda|nde|ndan|nden|na|ne|n[ıiuü]|yla|yle)?"
)
NOT_COMPOUND_HEADS = frozenset(["gibi", "bile", "yine", "beni", "seni", "onu", "bunu", "şunu", "bizi", "sizi", "yani"])
"""Words that end like a compound's head and are none (``eşek gibi durdu``, ``köpek seni``)."""
PARTICIPLE_HEAD_RE = re.compile(r"\w*[dt][ıiuü]ğ\w*")
"""A verb's participle (``köpek olduğunu``): no compound's head."""
PERSON_HEAD_OPENINGS = ("adam", "herif", "ogl", "cocug", "kiz", "kari", "insan", "kadin", "evlad")
"""Openings (folded) of person nouns after an animal word: the animal is said of them (``eşek herifi``)."""
#: A word of calling someone something, negated or named as a deed (folded keys): ``hain demeyin``,
#: ``hain demedik``, ``hain denmez``, ``hain demeyi bırakalım``, ``hain ilan etmek yanlış``.
NEGATED_CALLING_RE = re.compile(
    r"(?:deme(?:di|yin|yiniz|yelim|yiz|mek|meli|meliyiz|mis|z)\w*|denme(?:z|meli)\w*"
    r"|etme(?:di|yin|yiniz|yelim|mek|meli)\w*|yapmaz\w*|yapmiyor\w*|yapamaz\w*)"
)
NAMING_CALLING = frozenset(["demek", "demeyi", "demesi", "demeleri", "demenin", "etmek", "etmeyi", "etmesi", "etmenin"])
"""Calling named as a deed: what follows says whether the commenter condemns it."""
CALLING_CONDEMNED = ("birak", "vazgec", "yanlis", "haksiz", "ayip", "cirkin", "yakism", "hata", "utanc")
"""Openings (folded) of words that condemn a calling just named (``… demeyi bırakalım``, ``… demek yanlış``)."""
PASSIVE_LABELLING_RE = re.compile(r"edil(?:iyor|di|mis|en|ir)\w*")
"""After ``… ilan``, a passive told (folded: ``ediliyorum``, ``edildik``, ``edilmiş``): someone labelled, no call."""
PORTRAYING_FOLDED_RE = re.compile(ascii_fold(PORTRAYING_RE.pattern))
"""After an insult, hostility's portrayal told (``aptal gösteriyor``, ``aptal göstermek için``) folded like the keys."""
OTHERS_CALLING = frozenset(["diyenler", "diyen", "diyenlere", "diyenleri", "diyenlerin"])
"""Others who call someone so, named (``bana hain diyenler var``): the calling reported, not the commenter's."""
CALLING_ENDORSED = ("hakli", "dogru", "yerden")
"""Openings (folded) of words that take the others' calling as the commenter's own (``… diyenler haklı``)."""
LABELLING = ("etiket", "yafta", "damga", "asagila", "hakaret", "karala", "otekiles")
"""Openings (folded) of words that say ``… diye`` was a label stuck on someone (``yobaz diye etiket yapıştırmak``)."""


DENIALS = frozenset(["degil", "degildir", "degiller", "degildi"])
"""Folded forms of ``değil`` after an insult word: the quality denied (``deprem hain değil``)."""
DENIAL_TAKEN_BACK = frozenset(["mi", "de", "da", "ama", "resmen", "dupeduz", "ki"])
"""Folded words after ``değil`` that ask or outbid rather than deny (``aptal değil mi``, ``geri zekalı değil de ne``,
``aptal değil resmen …``, ``gerizekalı değil ama ondan farkı yok``)."""


PLURAL_CASE_ENDINGS = ("lara", "lere", "lari", "leri", "larin", "lerin", "larla", "lerle")
"""Folded endings of a plural in a case (``budalalara``, ``aptalları``): an insult word said of many, pointed at or
addressed; not an animal's or a thing's (``köpekleri zehirleyen``, ``hayvanlara``), which are most often the animals."""
PLURAL_CASE_EXCLUDED = INSULT_ANIMAL | INSULT_LITERAL | frozenset(["hain"])
"""Insult words whose plural in a case is not read: animals and things (most often the animals), and ``hain``, whose
``bu hainlere`` stands mostly in threats and death wishes the learnt model reports as what they are."""
POINTING = frozenset(["bu", "su", "o", "bunca", "boyle"])
"""Folded words that point at the people an insult in a case is said of (``bu budalalara``, ``şu aptalları``)."""


@lru_cache(maxsize=WORD_MEMO)
def insult_base(key: str) -> tuple[str, str] | None:
    """Split ``aptalsın`` into (``aptal``, ``sın``); return None when the word is no insult."""
    if key in INSULT_WORDS:
        return key, ""
    for suffix in SECOND_PERSON_SUFFIXES:
        base = key[: -len(suffix)]
        # "cahilsin", "yalancısınız": the words insulting only said to the reader take only its copula
        addressed_only = suffix in ADDRESSING_SUFFIXES and base in INSULT_WHEN_ADDRESSED
        if key.endswith(suffix) and (base in INSULT_WORDS or addressed_only):
            return base, suffix
    for ending in PLURAL_CASE_ENDINGS:
        base = key[: -len(ending)]
        if key.endswith(ending) and base in INSULT_WORDS and base not in PLURAL_CASE_EXCLUDED:
            return base, ending  # "budalalara", "aptalları": the plural, in a case (not "köpeklere": dogs)
    return None


def _addressed(index: int, keys: list[str], comment: Comment) -> bool:
    """Tell whether a word near ``index`` addresses someone or names a person."""
    lo, hi = max(0, index - WINDOW), min(len(keys), index + WINDOW + 1)
    for other in range(lo, hi):
        if other == index:
            continue
        if keys[other] in SECOND_PERSON or keys[other] in PERSON_WORDS:
            return True
        word = comment.words[other].text
        if abs(other - index) <= 2 and word[:1].isupper() and comment.is_known_name(word):
            return True
    return False


def _names_doers(index: int, keys: list[str]) -> bool:
    """Tell whether a participle near ``index`` names the people who did something (``bunu yapanlar``)."""
    lo, hi = max(0, index - WINDOW), min(len(keys), index + WINDOW + 1)
    return any(keys[other] in PARTICIPLE_SUBJECTS for other in range(lo, hi) if other != index)


DOER_PARTICIPLE_RE = re.compile(r"\w{2,}[ae]n")
"""A word ending like a subject participle (``alan``, ``veren``): who did something, when the word model agrees."""


def _doers_named_before(index: int, comment: Comment) -> bool:
    """Tell whether a subject participle stands just before ``index`` (``bu aracı alan salakları``: those who did it).

    The word model tells the participle (``al``+``an``) from a noun ending alike (``insan``, ``zaman``).
    """
    word = lowered_word(comment.words[index - 1].text, comment.lang)
    return DOER_PARTICIPLE_RE.fullmatch(word) is not None and subject_participle(word)


def spelt_as_insult(typed: str, base: str) -> bool:
    """Tell whether a word as typed can be the insult ``base``: each Turkish letter typed must be the insult's.

    ASCII typing is allowed (``gerizekali``); a Turkish letter the insult lacks makes another word.

    >>> spelt_as_insult("adi", "adi"), spelt_as_insult("adı", "adi"), spelt_as_insult("alcaksın", "alcak")
    (True, False, True)
    """
    spelling = INSULT_SPELLINGS.get(base, base)
    return all(letter == wanted for letter, wanted in zip(typed, spelling, strict=False) if letter in TURKISH_LETTERS)


def typed_words(comment: Comment) -> list[str]:
    """Return the comment's words lower-cased but not folded, joined like the keys (kept on the comment).

    Only the circumflex is dropped: it is written or left out at will (``geri zekâlı`` is ``geri zekalı``).
    """
    analysis = comment.analysis
    if analysis.insult_typed is None:
        lowered = [lowered_word(token.text, comment.lang).translate(CIRCUMFLEX_FOLD) for token in comment.words]
        analysis.insult_typed = join_split_insults(lowered)
    return analysis.insult_typed


def modifies_a_compound(index: int, typed: list[str]) -> bool:
    """Tell whether the word at ``index`` is the first noun of a compound (``odun sobası``), from the typed words.

    >>> modifies_a_compound(0, ["odun", "sobası"]), modifies_a_compound(0, ["salak", "adamı"])
    (True, False)
    >>> modifies_a_compound(0, ["salak", "kocası"]), modifies_a_compound(0, ["salak", "kişi"])
    (False, False)
    """
    following = typed[index + 1] if index + 1 < len(typed) else ""
    head = COMPOUND_HEAD_RE.fullmatch(following)
    return head is not None and head.group(1) not in PERSON_HEAD_STEMS


def thing_compound(index: int, typed: list[str], keys: list[str]) -> bool:
    """Tell whether the animal or thing word at ``index`` begins a compound with a consonant-final head (``eşek sütü``).

    >>> thing_compound(0, ["eşek", "sütünden"], ["esek", "sutunden"])
    True
    >>> thing_compound(0, ["eşek", "adamı"], ["esek", "adami"]), thing_compound(0, ["eşek", "gibi"], ["esek", "gibi"])
    (False, False)
    """
    following = typed[index + 1] if index + 1 < len(typed) else ""
    if following in NOT_COMPOUND_HEADS or PARTICIPLE_HEAD_RE.fullmatch(following):
        return False
    return THING_COMPOUND_HEAD_RE.fullmatch(following) is not None and not keys[index + 1].startswith(
        PERSON_HEAD_OPENINGS
    )


def _next_word_adjacent(comment: Comment, index: int) -> bool:
    """Tell whether only spaces part the word at ``index`` from the next (``eşek sütü``, not ``hayvan, futbolcu``)."""
    words = comment.words
    return index + 1 < len(words) and not comment.text[words[index].end : words[index + 1].start].strip()


def _ends_its_clause(comment: Comment, index: int) -> bool:
    """Tell whether the word at ``index`` closes its clause: the last word, or punctuation follows it.

    A predicate noun stands there (``Komşum tam bir öküz, …``); not the first noun of ``tam bir köpek sever``.
    """
    return not _next_word_adjacent(comment, index)


def called_in_talk(index: int, keys: list[str]) -> bool:
    """Tell whether the insult at ``index`` is a word of calling talked about, not used (``hain demeyin``).

    The calling is negated (``birbirimize hain demedik``, ``bu beni hain yapmaz``), named as a deed and
    condemned (``hain ilan etmeyi bırakın``, ``hain demek de yanlış``) or a label reported with ``diye``
    (``yobaz diye etiket yapıştırmak``).

    >>> called_in_talk(1, ["birbirimize", "hain", "demeyelim"]), called_in_talk(1, ["ona", "hain", "demek", "lazım"])
    (True, False)
    >>> called_in_talk(0, ["hain", "ilan", "etmeyi", "birakin"]), called_in_talk(0, ["hain", "diyorum"])
    (True, False)
    >>> called_in_talk(2, ["kimse", "sana", "hain", "demedi"]), called_in_talk(1, ["sana", "hain", "demeyecegim"])
    (True, False)
    >>> called_in_talk(1, ["kadinlari", "aptal", "gosteriyor"]), called_in_talk(1, ["onu", "aptal", "goster"])
    (True, False)
    """
    if any(word in SECOND_PERSON for word in keys[max(0, index - 2) : index]) and "kimse" not in keys[
        max(0, index - 4) : index
    ]:
        return False  # ``sana mankafa demeyeceğim ama …``: saying it by saying one will not; not ``kimse sana …``
    after = keys[index + 1 : index + 6]
    for offset, word in enumerate(after[:3]):
        if word == "ilan" or word == "de" or word == "da":
            continue  # ``hain ilan etmek``, ``hain de demedik``
        if offset and after[offset - 1] == "ilan" and PASSIVE_LABELLING_RE.fullmatch(word):
            return True  # ``her yorumda hain ilan ediliyorum``: a labelling told, the commenter its target
        if word == "diye":
            return any(later.startswith(LABELLING) for later in after[offset + 1 : offset + 4])
        if PORTRAYING_FOLDED_RE.fullmatch(word):
            return True  # ``kadınları aptal gösteren reklam``: a portrayal told, the commenter calls no one so
        if word in OTHERS_CALLING:
            return not any(later.startswith(CALLING_ENDORSED) for later in after[offset + 1 : offset + 3])
        if NEGATED_CALLING_RE.fullmatch(word):
            return after[offset + 1 : offset + 2] not in (["ama"], ["fakat"], ["ancak"])
        if word in NAMING_CALLING:
            verdict = [later for later in after[offset + 1 : offset + 4] if later not in ("de", "da", "hem")][:2]
            # "… demek yanlış", "… demek doğru değil", "… ilan etmek de çözüm değil"; not "… demek yanlış değil"
            if verdict[1:] == ["degil"]:
                return not verdict[0].startswith(CALLING_CONDEMNED)
            return any(later.startswith(CALLING_CONDEMNED) for later in verdict)
        return False
    return False


def insult_at(index: int, keys: list[str], comment: Comment) -> tuple[str, str] | None:
    """Return (insult, suffix) for the word at ``index`` when it is an insult word used as one, else None.

    Not one: a word typed with a Turkish letter the insult lacks (``adı``), or a bare insult noun that
    is the first noun of a compound (``odun sobası``, ``eşek arısı``).
    """
    split = insult_base(keys[index])
    if split is None:
        return None
    typed = typed_words(comment)
    if not spelt_as_insult(typed[index], split[0]):
        return None
    if keys[index + 1 : index + 2] and keys[index + 1] in ONE_OF_A_KIND and split[0] not in INSULT_ANIMAL:
        return split  # "ezik biri", "salak birisi": one of a kind, no compound ("odun sobası")
    if not split[1] and _next_word_adjacent(comment, index) and modifies_a_compound(index, typed):
        return None  # "odun sobası"; not "öküz, arabasını …": a comma ends the word's clause
    thing = split[0] in INSULT_ANIMAL or split[0] in INSULT_LITERAL
    if thing and not split[1] and _next_word_adjacent(comment, index) and thing_compound(index, typed, keys):
        return None
    return split


TOIL_STEMS = ("yorul", "calis", "kos", "terle", "usu", "acik", "uyu", "bagir")
"""Verbs (folded) of the speaker's toil that an animal simile intensifies (``köpek gibi çalıştık``)."""


def _own_toil(following: list[str]) -> bool:
    """Tell whether the word after ``gibi`` is a verb of toil (``yorulduk``, ``çalışıyorum``)."""
    return bool(following) and following[0].startswith(TOIL_STEMS)


FIRST_PERSON_DEED_RE = re.compile(r"\w{2,}(?:dim|dum|tim|tum|dik|duk|tik|tuk|yorum|yoruz|misim|musum|misiz|musuz)")
"""A first-person past, present or reported verb (folded: ``bekledim``, ``baktık``, ``duruyorum``, ``yazmışım``)."""
NOUN_IN_TIM_RE = re.compile(r"\w*(?:egit|uret|yonet|ogret|ilet|denet|yatir)im\w*")
"""Nouns (folded) ending like a first-person past (``eğitim``, ``üretim``, ``yönetim``)."""
CLAUSE_BREAK_RE = re.compile(r"[.,;:!?…\n]")
SELF_SIMILE_REACH = 6


def _own_deed_likened(index: int, keys: list[str], comment: Comment) -> bool:
    """Tell whether an insult word with ``gibi`` likens the speaker's own deed (``salak gibi bekledim``).

    The speaker mocks themselves: the clause's predicate (its last word, within six words after ``gibi``) is a
    first-person verb and nobody is addressed near it (``seni salak gibi gördük`` calls someone one; ``Hakem hayvan
    gibi düdük çaldı, … izledik`` likens the referee's deed). The word said twice is a manner too (``salak salak
    güldük``, ``salak salak goller yiyoruz``), read the same way (``aptal aptal konuşma`` is said to someone).

    >>> from gazete.moderation.config import DEFAULT_CONFIG
    >>> def own(text):
    ...     comment = Comment(text, "tr", DEFAULT_CONFIG)
    ...     keys = joined_keys(comment)
    ...     return any(_own_deed_likened(i, keys, comment) for i in range(len(keys)))
    >>> own("Salak salak güldük, oğlum repliği unuttu."), own("Aptal gibi saati yanlış yazmışım.")
    (True, True)
    >>> own("Aptal aptal konuşma, önce oku."), own("Kaleci yine salak salak gol yedi.")
    (False, False)
    """
    if index > 0 and keys[index - 1] == keys[index]:
        index -= 1  # the second of "salak salak": read from the first
    if keys[index + 1 : index + 2] not in (["gibi"], [keys[index]]):
        return False
    if any(key in SECOND_PERSON for key in keys[max(0, index - WINDOW) : index + 2 + SELF_SIMILE_REACH]):
        return False
    tokens = comment.words
    for other in range(index + 2, min(len(keys), index + 2 + SELF_SIMILE_REACH)):
        clause_ends = other + 1 == len(tokens) or CLAUSE_BREAK_RE.search(
            comment.text[tokens[other].end : tokens[other + 1].start]
        )
        if clause_ends:
            key = keys[other]
            return FIRST_PERSON_DEED_RE.fullmatch(key) is not None and NOUN_IN_TIM_RE.fullmatch(key) is None
    return False


INTENSIFIERS = frozenset(["manyak"])
"""Insult words that slang also makes an intensifier before a thing (``manyak bir gol``, ``manzara manyak güzel``)."""
NOT_A_THING = POINTING | frozenset(["mi", "mı", "mu", "mü", "misin", "misiniz", "gibi", "ve", "ya", "degil", "herif"])
"""Words after ``manyak`` that keep it a person's name (``manyak mısın``, ``Manyak bu adam``, ``manyak gibi``)."""


def _intensifies_a_thing(index: int, keys: list[str], comment: Comment) -> bool:
    """Tell whether an intensifier word stands before a thing it praises (``Manyak bir ses``, ``manyak kurtarış``).

    The next word (after ``bir``) follows with only a space, names no person, and nobody is addressed.

    >>> from gazete.moderation.config import DEFAULT_CONFIG
    >>> def reads(text):
    ...     comment = Comment(text, "tr", DEFAULT_CONFIG)
    ...     return _intensifies_a_thing(0, joined_keys(comment), comment)
    >>> reads("Manyak bir gol, tribünler yıkıldı."), reads("Manyak kurtarış kaleci abi!"), reads("Manyak bu adam.")
    (True, True, False)
    >>> reads("Manyak mısın sen?"), reads("Manyak herif."), reads("Manyak bi insan lazım"), reads("manyak oluyor")
    (False, False, False, False)
    """
    if keys[index] not in INTENSIFIERS:
        return False
    at = index + 2 if keys[index + 1 : index + 2] in (["bir"], ["bi"]) else index + 1
    if at >= len(keys) or comment.text[comment.words[at - 1].end : comment.words[at].start].strip():
        return False
    following = keys[at]
    if following in NOT_A_THING or following in PERSON_WORDS or following.startswith((*PERSON_HEAD_OPENINGS, "ol")):
        return False  # "manyak bi insan", "manyak oluyor": a person called one
    return not any(key in SECOND_PERSON for key in keys[max(0, index - WINDOW) : index + WINDOW + 1])


CALLED_THINGS = frozenset(["pislik"])
"""Literal words that ``tam bir`` may say of a place or a state as well as of a person (``Sokaklar tam bir pislik``)."""


def score_word(index: int, keys: list[str], comment: Comment) -> float:
    """Return the lexical insult score of the word at ``index`` (0 when it is no insult)."""
    split = insult_at(index, keys, comment)
    if split is None or index in comment.quoted_words:
        return 0.0  # no insult, or one quoted (``Bakan muhalefete 'hain' dedi``)
    if not split[1] and called_in_talk(index, keys):
        return 0.0  # ``birbirimize hain demeyelim``: the word talked about, nobody called it
    base, suffix = split
    if base in INSULT_ANIMAL and keys[index + 1 : index + 2] == ["gibi"] and _own_toil(keys[index + 2 : index + 3]):
        return 0.0  # ``köpek gibi yorulduk``: a simile for the speaker's own toil
    if not split[1] and _intensifies_a_thing(index, keys, comment):
        return 0.0  # "Manyak bir gol": slang praise of a thing
    if _own_deed_likened(index, keys, comment):
        return 0.0  # ``salak gibi üç saat bekledim``: the speaker mocks their own deed
    following = keys[index + 1] if index + 1 < len(keys) else ""
    if following == "bir" and index + 2 < len(keys):
        following = keys[index + 2]
    if not suffix and following in NON_PERSON_NOUNS and following not in PERSON_WORDS:
        return 0.0
    if not suffix and names_an_attack(following):
        return 0.0  # "hain saldırının failleri": the attack is called treacherous
    if following in DENIALS and not (keys[index + 2 : index + 3] and keys[index + 2] in DENIAL_TAKEN_BACK):
        return 0.0  # "deprem hain değil": the word denied, not said
    if following in SELF_QUESTION or (keys[index + 1 : index + 2] in (["mi"], ["mı"], ["mu"], ["mü"])
                                      and keys[index + 2 : index + 3] and keys[index + 2] in SELF_QUESTION):
        return 0.0  # "hain mi oluyoruz?": the speaker's own rhetorical question
    if taken_for(keys, index):
        return 0.0  # "bizi aptal yerine koymasın": taken for a fool, nobody called one
    thing = base in INSULT_ANIMAL or base in INSULT_LITERAL
    if thing and following in INSULT_IDIOM_NEXT:
        return 0.0  # "eşek kadar": grown up
    if suffix in PLURAL_CASE_ENDINGS:
        # "bu budalalara kim güvendi": said of those pointed at; "gerçek hainleri ayırt edemez olduk" names no one
        pointed = index > 0 and (keys[index - 1] in POINTING or _doers_named_before(index, comment))
        return ADDRESSED_SCORE if pointed or _addressed(index, keys, comment) else 0.0
    if suffix in {"lar", "ler"}:
        if _addressed(index, keys, comment):
            return ADDRESSED_SCORE
        # "köpekler" are dogs, unless the comment names the people they stand for ("bunu yapan köpekler")
        return 0.0 if thing and not _names_doers(index, keys) else GROUP_SCORE
    if suffix or _addressed(index, keys, comment):
        return ADDRESSED_SCORE
    called = keys[index - 2 : index] == ["tam", "bir"] and base not in CALLED_THINGS
    if thing and called and _ends_its_clause(comment, index):
        return STRONG_SCORE  # "Komşum tam bir öküz.": someone called the animal ("tam bir pislik" may be a place)
    if thing:
        # "köpek" alone is a dog; "bunu yapan köpek" is aimed at people, though not at anyone named; "ezik biri",
        # "hayvan herif" say it of a person.
        person_next = following in PERSON_WORDS or following in ONE_OF_A_KIND
        return PLAIN_SCORE if person_next or _names_doers(index, keys) else 0.0
    return STRONG_SCORE if base in INSULT_STRONG else PLAIN_SCORE


def join_split_insults(keys: list[str]) -> list[str]:
    """Return ``keys`` with two-word insults joined on their second word (``geri zekalı`` → ``gerizekalı``).

    >>> join_split_insults(["çok", "geri", "zekalısın"])
    ['çok', '', 'gerizekalısın']
    """
    joined = list(keys)
    for index in range(len(keys) - 1):
        second = SPLIT_INSULT_HEADS.get(keys[index])
        if second is not None and keys[index + 1].startswith(second):
            joined[index], joined[index + 1] = "", keys[index] + keys[index + 1]
    return joined


def joined_keys(comment: Comment) -> list[str]:
    """Return the comment's :attr:`~gazete.moderation.rules.base.Comment.word_keys` with two-word insults joined.

    Kept on the comment (:class:`~gazete.moderation.rules.base.SharedAnalysis`).
    """
    analysis = comment.analysis
    if analysis.insult_keys is None:
        analysis.insult_keys = join_split_insults(comment.word_keys)
    return analysis.insult_keys


GENITIVE_ENDINGS = ("nin", "nun", "in", "un")
"""Folded endings of a noun's genitive (``soysuzun``, ``aptalın``, ``gerizekalının``)."""
ONE_OF_A_KIND = frozenset(["biri", "birisi", "teki", "tekisi"])
"""Folded words after a genitive that make it "one of them" (``soysuzun biri``, ``aptalın teki``): someone so called."""


def one_of_a_kind(index: int, keys: list[str]) -> str | None:
    """Return the insult word of ``soysuzun biri``, ``ahmağın teki`` at ``index`` (genitive, then biri/teki), else None.

    Animals and things are left out: ``köpeğin biri bahçeye girmiş`` is most often a dog.

    >>> one_of_a_kind(1, ["firinci", "soysuzun", "biri"]), one_of_a_kind(0, ["ahmagin", "teki"])
    ('soysuz', 'ahmak')
    >>> one_of_a_kind(0, ["kopegin", "biri"]), one_of_a_kind(0, ["soysuzun", "evi"])
    (None, None)
    """
    if index + 1 >= len(keys) or keys[index + 1] not in ONE_OF_A_KIND:
        return None
    key = keys[index]
    for ending in GENITIVE_ENDINGS:
        stem = key[: -len(ending)]
        if key.endswith(ending) and len(stem) > 2:
            for base in (stem, stem[:-1] + "k") if stem.endswith("g") else (stem,):  # ğ before a vowel: ahmağın
                if base in INSULT_WORDS and base not in INSULT_ANIMAL and base not in INSULT_LITERAL:
                    return base
    return None


def _one_of_a_kind_score(index: int, keys: list[str], comment: Comment) -> float:
    """Score ``soysuzun biri`` at ``index``: a person called the insult (0 when quoted or another word)."""
    base = one_of_a_kind(index, keys)
    if base is None or index in comment.quoted_words:
        return 0.0
    return ADDRESSED_SCORE if _softened_as_insult(typed_words(comment)[index], base) else 0.0


def _softened_as_insult(typed: str, base: str) -> bool:
    """:func:`spelt_as_insult` for a case form, whose k softened before the ending may be typed ğ (``salağın``).

    >>> _softened_as_insult("salağın", "salak"), _softened_as_insult("adın", "adi")
    (True, False)
    """
    return spelt_as_insult(typed, base) or spelt_as_insult(typed.replace("ğ", "k"), base)


SINGULAR_CASE_ENDINGS = (
    "a", "e", "ya", "ye", "i", "u", "yi", "yu", "in", "un", "nin", "nun", "la", "le", "yla", "yle", "dan", "den",
    "tan", "ten",
)
"""Folded endings of a singular noun in a case (``salağa``, ``gerizekalıya``, ``aptalı``, ``cahilden``)."""


def _singular_case_forms() -> dict[str, str]:
    """Return each folded singular case form of an insult word (of five letters or more) → the insult word.

    Animals and things are left out (``köpeğe`` is most often a dog), and ``hain`` (``bu hainin`` stands mostly in
    curses the other rules read). A final k softens before a vowel (``salağa``, folded ``salaga``).
    """
    forms: dict[str, str] = {}
    for base in INSULT_WORDS - INSULT_ANIMAL - INSULT_LITERAL - {"hain"}:
        if len(base) < 5:
            continue
        for ending in SINGULAR_CASE_ENDINGS:
            stem = base[:-1] + "g" if base.endswith("k") and ending[0] in "aeiu" else base
            forms.setdefault(stem + ending, base)
    return forms


SINGULAR_CASE_FORMS = _singular_case_forms()


def pointed_singular(index: int, keys: list[str], comment: Comment) -> str | None:
    """Return the insult word of ``bu salağa``, ``yazan gerzeğe`` at ``index``: one person in a case, pointed at.

    Unpointed, a case form is mostly a likeness or a saying (``aptala anlatır gibi``), left to the learnt model.
    """
    base = SINGULAR_CASE_FORMS.get(keys[index])
    if base is None or index == 0 or index in comment.quoted_words:
        return None
    if keys[index - 1] not in POINTING and not _doers_named_before(index, comment):
        return None
    return base if _softened_as_insult(typed_words(comment)[index], base) else None


def word_scores(comment: Comment) -> list[float]:
    """Return :func:`score_word` of every word of the comment over its joined keys (kept on the comment).

    The insult rule, the tone cues and the cleared words all ask it; each word is scored once.
    """
    analysis = comment.analysis
    if analysis.insult_scores is None:
        keys = joined_keys(comment)
        # A word that is no insult word scores 0 (score_word's first test): most words, told by the memo alone.
        # A genitive before biri/teki (soysuzun biri) is read apart: insult_base knows no genitive.
        analysis.insult_scores = [
            score_word(index, keys, comment)
            if insult_base(key) is not None
            else _one_of_a_kind_score(index, keys, comment)
            if keys[index + 1 : index + 2] and keys[index + 1] in ONE_OF_A_KIND
            else ADDRESSED_SCORE
            if key in SINGULAR_CASE_FORMS and pointed_singular(index, keys, comment)
            else 0.0
            for index, key in enumerate(keys)
        ]
    return analysis.insult_scores


MIND_WORDS = frozenset(["kafan", "kafaniz", "beynin", "beyniniz"])
"""The reader's head or brain (folded), whose not working is an insult (``kafan çalışmıyor``)."""
NOT_WORKING = frozenset(["calismiyor", "basmiyor"])
"""Verbs (folded) that say a head does not work (``çalışmıyor``, ``basmıyor``)."""


def _mind_faulted(keys: list[str], quoted: frozenset[int] = frozenset()) -> list[int]:
    """Return the indexes of the head words said not to work (``Kafan çalışmıyor mu?``): the reader insulted.

    Words at ``quoted`` indexes are someone else's (``"kafan basmıyor" dediği haberde geçiyor``).

    >>> _mind_faulted(["kafan", "calismiyor", "mu"]), _mind_faulted(["makine", "calismiyor"])
    ([0], [])
    >>> _mind_faulted(["kafan", "basmiyor", "dedigi"], frozenset({0, 1}))
    []
    """
    return [
        index
        for index, key in enumerate(keys[:-1])
        if key in MIND_WORDS and keys[index + 1] in NOT_WORKING and index not in quoted
    ]


def check(comment: Comment) -> Reason | None:
    """Flag insults aimed at a person; the classifier's insult score can raise the score."""
    best = 0.0
    spans: list[Span] = []
    for index, score in enumerate(word_scores(comment)):
        if score:
            best = max(best, score)
            spans.append(span_of(comment.text, comment.words[index]))
    keys = comment.word_keys
    for index in _mind_faulted(keys, comment.quoted_words) if not NOT_WORKING.isdisjoint(keys) else ():
        best = max(best, ADDRESSED_SCORE)
        spans.extend(span_of(comment.text, comment.words[at]) for at in (index, index + 1))
    return content_reason(CODE, best, tuple(spans), comment)
