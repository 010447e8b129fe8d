"""The hostility model: a *target* (a group, a belief, a person present) and a *hostile act* toward it.

A comment is hostile when it names or points at a target and does something hostile to it: calls for
violence, expulsion or death (``gönderilsin``, ``asılsın``, ``bir tanesi bile kalmasın``), threatens in
the first person (``kapını çalarız``, ``gününü görürsün``), compares it to animals, disease or dirt,
generalises a negative trait over it (``hepsi hırsız``, ``…tan adam çıkmaz``), denies its rights,
uses a slur, or — for beliefs — mocks the sacred, calls a faith a lie or believers stupid or damned.
Words are read by :mod:`gazete.moderation.morphology`, so every inflection counts, and the verb's
mood, person and negation decide (``gönderilsin`` calls for it, ``gönderildi`` reports it,
``gönderilmemeli`` argues against it). Condemnation and reports of hostility (``… demek yanlış``,
``ırkçılığı kınıyorum``) clear the generalisations and slurs they quote; nothing clears a threat.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from gazete.moderation.hostility_words import (
    ABLATIVE_ENDINGS,
    ADJACENT_OBJECT_STEMS,
    ALLAH_IDIOMS,
    ALWAYS_VIOLENT_VERBS,
    AMONG,
    ASKED_NEVER_FROM,
    BARE_IMPERATIVES,
    BELIEF_HOSTILE,
    BELIEF_HOSTILE_EXACT,
    BELIEF_TARGETS,
    BENEFICIARY,
    BENIGN_OBJECTS,
    BORDER,
    BURIED,
    BURIED_WISHED,
    CAUGHT,
    COMPOUND_HEADS,
    CONDEMNING_PREFIXES,
    CONSPIRACY,
    COORDINATORS,
    COPULA_ENDINGS,
    CURSED_THINGS,
    DEATH_NOUNS,
    DEATH_VERBS,
    DEATH_WISH_VERBS,
    DEHUMANISING,
    DESTINATION_VERBS,
    DISABILITY_INSULT_CUES,
    DISEASE_WISHED,
    DISEASE_WISHED_DATIVE,
    DONE_ENDINGS,
    EXPEL_VERBS,
    EXPLOITING,
    GENERAL_CONSTRUCTIONS,
    GENERALISERS,
    GIVEN_IF_ASKED,
    GIVEN_TO,
    GLOAT_PHRASES,
    GLOATING,
    GROUP_ANAPHORA,
    HARMED_OBJECTS,
    HARMING,
    HATEWORTHY,
    HEARTH,
    HENNA,
    HOMELAND_PREFIXES,
    HUSBANDRY_VERBS,
    IDIOM_AFTER,
    IDIOM_BEFORE,
    INSHALLAH,
    LIFE_NOUNS,
    LIGHT_VERB_NOUNS,
    LITERAL_ANIMAL_BEFORE,
    LOOKALIKE_PREFIXES,
    NECESSITY,
    NEGATED_HARM_VERBS,
    NEGATORS,
    NEVER_FROM,
    NO_INTENT_STEMS,
    NONE_FOUND,
    NOT_DESTINATIONS,
    NOT_GROUP_PREFIXES,
    NOT_HOSTILE,
    NOT_SEEING,
    NOT_VERBS,
    OTHER_SUBJECTS,
    OWN_PRONOUNS,
    PERSON_DEATH_STEMS,
    PERSON_PRESENT,
    PLACES_TO_STAY,
    PLAIN_OBJECTS,
    PLURAL_ENDINGS,
    POSSESSED_THINGS,
    PRAISE_PAIRS,
    PRAISE_PREFIXES,
    REHABILITATED,
    RELIGIOUS_KINDS,
    REPORTED_BY,
    REPORTING,
    SEEING_CURSE,
    SEXISM_CUES,
    SLURS,
    SLURS_ALONE,
    STATE_COMPLEMENTS,
    STATUS_DENIED,
    STATUS_ENDINGS,
    STATUS_FILLERS,
    TAKING_VERBS,
    TARGET_GROUPS,
    THING_OBJECTS,
    THREAT_OBJECTS,
    THREAT_VERBS,
    TRAITS,
    UNCONDITIONAL_DEATH,
    UNSEEN_DAYS,
    VIOLENT_VERBS,
    VIRTUES,
    WANTING,
    WISH_ENDINGS,
    WOMANS_PLACE,
    WORD_NAMED,
)
from gazete.moderation.lexicons import ATTACK_OPENINGS
from gazete.moderation.morphology import PERSON_1, PERSON_2, StemTable, VerbReading, VerbTable
from gazete.moderation.normalize import (
    WORD_MEMO,
    Token,
    ascii_fold,
    has_turkish_letters,
    in_spans,
    quoted_spans,
    tr_lower_word,
)
from gazete.moderation.rules.base import by_first_word
from gazete.moderation.spelling_model import get_model

OFFENSIVE = "offensive"
BELIEF = "belief_attack"
STRONG = 0.95
CLEAR = 0.9
WINDOW = 8
"""How many words apart a target and a hostile noun may stand (comments are short; sentences matter more)."""
THREAT_OBJECT_WINDOW = 3

GROUP_TABLES = {kind: StemTable(stems) for kind, stems in TARGET_GROUPS.items()}
DEHUMANISING_TABLE = StemTable(DEHUMANISING)
TRAIT_TABLE = StemTable(TRAITS, other_words=("ajans", "pist"))
"""The traits; ``ajansı``, an agency's, is no spy's (``ajan``) with an ending, ``piste`` (to the track) no ``pis``."""
SLUR_TABLE = StemTable(SLURS)
SLUR_ALONE_TABLE = StemTable(SLURS_ALONE)
BELIEF_TABLE = StemTable(BELIEF_TARGETS)
BELIEF_HOSTILE_TABLE = StemTable(BELIEF_HOSTILE)
DISABILITY_TABLE = GROUP_TABLES["disability"]
SEXISM_TABLE = StemTable(SEXISM_CUES)
GLOATING_TABLE = StemTable(GLOATING, other_words=("üzülmeme", "üzülmemi"))
"""``üzülmeme``, ``üzülmemiz`` are the verbal noun (``üzülmeme engel değil``: nothing keeps me from grieving), not the
gloat ``üzülmem``."""
DEATH_NOUN_TABLE = StemTable(DEATH_NOUNS)
INABILITY_RE = re.compile(
    r"(?!edilem|olam)(?!\w*m[ae]y[ae]$)(?!\w*[ıiuü][ln][ae]m[ae][zy])\w{2,}(?:[ae]m[ae]z|[ae]m[ae]y|m[ae]zl[ae]r)\w*"
)
"""A verb of inability or a negative habit (``yönetemez``, ``beceremiyorlar``, ``anlamazlar``); not the
past (``annelerimiz okuyamadı``: they had no chance to, no stereotype), an infinitive in the dative
(``mayalamaya kadar``) nor a passive (``kıyafetiyle açıklanamaz``, said of an act)."""
VERBS = VerbTable(VIOLENT_VERBS | DEATH_VERBS | EXPEL_VERBS | NEGATED_HARM_VERBS | THREAT_VERBS)

DENIED_JUDGEMENT_RE = re.compile(
    r"(?:(?:sayıl|görül|edil|et|den|diye)m(?:[ae]z|[ıiuü]yor|[ae]m[ae]l|[ae]y)|(?:yap|kıl)m(?:[ae]z|[ıiuü]yor|[ae]m[ae]l)"
    r"|olma(?:dığ|yan))\w*"
)
"""A judgement denied after a noun (``hastalık kabul edilmiyor``, ``hastalık sayılmaz``, ``salgın denmez``, ``bütün
Suriyelileri suçlu yapmaz``), or the noun's being denied (``hastalık olmadığı``, ``hastalık olmayan``)."""
NO_SURVIVOR_RE = re.compile(
    r"(?:çık|dön|kal|kurtul)(?:[ae]?m[ae]z|[ae]?m[ae]y[ae]c[ae]k|[ae]n olmaz|[ae]n olmayacak)"
    r"(?:s[ıi]n(?:[ıi]z)?|l[ae]r)?"
)
"""After ``sağ``, no one coming out, back or away alive, said of what will be (``sağ çıkan olmaz``,
``sağ dönemeyecek``); not a report of what was (``sağ çıkan olmadı``)."""
OBLIQUE_CASE_RE = re.compile(
    r"(?:l[ae]r)?(?:[ıiuü]?n)?(?:[yn]?[ae]|[dt][ae]|[dt][ae]n|[yn]?l[ae]|[ıiuü]?yl[ae]|[sn]?[ıiuü]n)"
)
"""Endings of the dative, locative, ablative, instrumental and genitive, maybe after the plural."""
SACRED_TABLE = StemTable(["ibadet", "ibadethane", "kutsal", "din", "mabet", "namaz"])
"""What a faith's place, rite or book is held to be: denied of it (``cemevi ibadethane değil``), an attack."""
ONLY_KNOWN = re.compile(r"\w{2,}(?:m[ae]z|m[ae]zl[ae]r)")
"""A negative aorist after ``… -dan başka`` (``dondurmacıdan başka meslek bilmez``): all a group is said to know."""
DOER_RE = re.compile(r"\w{2,}(?:[ae]n|[ae]nlar|[ae]nler|[ae]n[ıi]|[ae]nlar[ıi]|[ae]nler[ıi])")
"""Participles that name who did something (``döven``, ``kapatan``, ``yapanları``)."""
FIRST_PERSON_RE = re.compile(
    r"(?!(?:yorum|durum|tutum|konum|bölüm|ölüm|kurum|doğum)$)"
    r"\w*(?:yorum|yoruz|yom|yoz|[ıiuü]m|[ıiuü]z|d[ıiuü]m|d[ıiuü]k|c[ae][mz])$"
)
"""A first-person verb ending: after ``diye`` it makes the wish the commenter's own (``ölsün diye dua ediyorum``).
Not the nouns that end like one (``… diye yorum yazanlar``: those who comment so)."""
SPEAKERS_OWN_RE = re.compile(r"\w+[ıiuü]m(?:[ıiuü]z)?(?:[ae]|d[ae]|d[ae]n|[ıiuü]|[ıiuü]n)?")
"""A noun the speaker owns (``aklıma``, ``evimde``, ``ehliyetimi``): said of oneself, not of women."""
AORIST_RE = re.compile(r"\w+(?<!m[ae]z)(?<!m[ae])(?:[ıiuüae]r|[ıiuüae]rler|[ıiuüae]rlar)")
"""A positive aorist (``verir``, ``alırlar``); not ``vermez``."""
SENTENCE_END_RE = re.compile(r"[.!?…\n]")
"""A mark that ends a sentence."""
ADDRESS_FORMS = frozenset(["hocam", "hocalarım"])
"""Words that address someone (``hocam``: any teacher, coach or elder), never a faith's clergy spoken of."""
HOME_FORMS = frozenset(["evde", "evinde", "evdedir", "evindedir"])
"""The forms of ``ev`` that put a woman at home (``kadın evde oturmalı``), as words, not stems: ``evden kaçmak``
is leaving it."""
OBJECT_CASE_RE = re.compile(r"\w+(?:l[ae]r[ıi]|l[ae]r[ae]|l[ae]r[ıi]m[ıi]z[ıa]|[ıi]|y[ae]|[^aeıioöuü][ae])")
"""A group word in the accusative or dative (``kadınları``, ``kadına``): what the verb is done to, not its doer."""
ADDRESSED_OBJECTS = frozenset(["seni", "sizi"])
"""The reader threatened, when named after ``bul`` (``bulurum seni``)."""
CONDEMNING_STEMS = ("aşağıla", "hakaret", "kına", "yaftala", "damgala", "karala", "ötekileştir", "etiketle")
"""Verbs that condemn the words reported before them (``… diye aşağılamayı bırakalım``, ``… diye yaftalamak``)."""
SAYING_IT = frozenset(
    [
        "demek", "demenin", "demesi", "demeleri", "söylemek", "söylemenin", "savunmak", "iddiası", "iddiasına",
        "iddiasını", "etmek", "etmenin", "görmek", "saymak", "göstermek", "göstermenin", "eşitlemek", "bağdaştırmak",
        "özdeşleştirmek", "sözü", "sözünü", "sözleri", "sözlerini", "lafı", "lafını", "ifadesi", "ifadesini",
        "ifadeleri", "söylemi", "söylemini",
    ]
)
"""Saying a view as a topic (``… demek``, ``… savunmak``, ``… sözü``): what follows says whether the commenter holds
it (``kadının yeri evidir sözü kabul edilemez``)."""
VIEW_REJECTED = frozenset(
    [
        "yanlış", "yanlıştır", "haksızlık", "haksızlıktır", "ayıp", "ayıptır", "ırkçılık", "ırkçılıktır", "saçma",
        "saçmalık", "çirkin", "nefret", "adaletsizlik", "adaletsizliktir", "katılmıyorum", "katılmıyoruz", "karşıyım",
        "karşıyız", "suçtur", "cahillik", "cahilliktir", "edilemez", "utanç", "utançtır",
    ]
)
"""Words that reject a view just named (``… demek yanlış``, ``… demek ırkçılıktır``)."""
VIEW_NEGATORS = frozenset(["değil", "değildir"])
"""Alone after a view named, they reject it (``… demek doğru değil``, ``mümkün değil``); after a word that rejects,
they deny the rejection (``… demek ırkçılık değil``)."""
ENDORSING = (
    "katılıyor", "katılırım", "katılıyoruz", "aynen", "destekliyorum", "desteklerim", "sonuna", "haklı", "tebrik"
)
"""Words that make reported words the commenter's own (``… diyene katılıyorum``, ``aynen``)."""
FROM_HOMELAND_RE = re.compile(r"(?:ülke|memleket|yurt|vatan|topraklar|şehir|kent|ilçe|mahalle|köy)\w*?[dt][ae]n")
"""A place in the ablative before a verb of expulsion (``ülkeden``, ``topraklarımızdan``, ``mahalleden``)."""
SPORT_OPENINGS = (
    "maç", "takım", "gol", "lig", "transfer", "kadro", "forvet", "stoper", "kaleci", "hakem", "taraftar",
    "şampiyon", "deplasman", "derbi", "penaltı", "antrenman", "futbol", "basketbol", "voleybol", "taktik",
    "sezon",
)
"""Words of sport: with them ``hoca`` is a coach (``hocanın taktiği``), not a man of religion."""
SAYING = ("diye", "diyen", "dey", "demek", "dedi")
"""Words after a statement that report it (``… evidir diyenler``)."""
POINTERS = frozenset(["bu", "bunlar", "böyleleri", "böylelerinin", "öyleleri", "onlar", "onların"])
"""Words that point back to people named before (``bu çocuklar``)."""
HOME_PLACE_RE = re.compile(r"(?:ev|evi|evidir|evdir|evleri|evleridir|mutfak|mutfaktır|mutfağı|mutfağıdır)")
"""The home or the kitchen named as someone's place (``kadının yeri evidir``)."""
STAY_CALL_RE = re.compile(r"(?:kal|dur|otur)(?:s[ıu]n(?:l[ae]r)?|m[ae]l[ıi](?:d[ıi]r|l[ae]r)?)")
"""A call to stay (``kalsın``, ``durmalı``, ``otursunlar``, ``oturmalıdır``)."""
SPEAKER_COPULA_RE = re.compile(r"\w{3,}(?:y?[ıiuü]m|y?[ıiuü]z)")
"""A first-person ending (``aleviyim``, ``kürdüm``, ``hemşireyim``, ``türküz``; ``hocamız``): the speaker's own."""
GLOAT_WINDOW = 4
"""Words between a death and the gloat said of it (``ölse kimse üzülmez``, ``gebermiş, iyi olmuş``)."""
GOD_NAMES = ("allah", "tanrı", "rabb", "rabbim", "mevla")
"""Names of God a curse calls on (``Allah canını alsın``): no faith attacked by that."""
FALLING_RE = re.compile(r"(?:çök|göç|yıkıl|yağ|yağdır|in)(?P<mood>s[ıiuü]n(?:l[ae]r)?|m[ae]s[ıiuü]n[ıiuü])")
"""A collapse or a rain wished (``çöksün``, ``yıkılsın``, ``yağdırsın``, ``çökmesini``)."""
FALLEN_ON = frozenset(
    ["başına", "başlarına", "başınıza", "üstüne", "üstlerine", "üstünüze", "üzerine", "üzerlerine", "tepesine",
     "tepelerine"]
)
"""Where a wished collapse or rain of stones falls: on someone's head."""
LOCATIVE_RE = re.compile(r"\w{2,}(?:[dt][ae])")
"""A word in the locative (``kâğıtta``, ``dışında``): where something is."""
DERIVED_TAIL_RE = re.compile(r"(?:[cç][ıiuü]|s[ıiuü]z)")
"""A derivation that makes another word of an animal or dirt word (``sürücü``, ``çöpçü``, ``mikropsuz``); not
``-lı`` (``kanserli hücre`` still likens)."""
POSSESSED_IN_A_CASE_RE = re.compile(r"\w+(?:l[ae]r)?[ıiuü]n(?:[ıiuü]|[ae]|d[ae]|d[ae]n)")
"""A noun owned by a third person, in a case (``hayvanlarını``, ``köpeğine``, ``sürüsünden``): someone's own."""
NEGATIVE_PARTICIPLE_RE = re.compile(r"\w{2,}m[ae]y[ae]n")
"""A negative subject participle (``dinlemeyen``, ``okumayan``): before ``kalmasın``, whoever has not done it."""
PRIVATIVE_RE = re.compile(r"\w{2,}(?:sız|siz|suz|süz)")
"""A word with the privative suffix (``cezasız``, ``susuz``): a state someone is left in."""
DATIVE_RE = re.compile(r"\w{2,}(?:y[ae]|n[ae]|[^aeıioöuü][ae])$")
"""A word in the dative (``okula``, ``Konya'ya``, ``şenliğine``): where someone goes."""
HATING = HATEWORTHY | frozenset(["ediyorum", "ederim", "ediyoruz", "ederiz", "ettim", "ettik", "edin", "edelim"])
"""First-person (or called-for) forms of ``etmek`` after ``nefret``: hatred voiced."""


@dataclass(frozen=True)
class Finding:
    """One hostile act found: its reason code, its kind, the words it spans (indexes) and its score."""

    code: str
    kind: str
    first: int
    last: int
    score: float


@dataclass
class _Read:
    """A comment's words read once: lower-case forms, targets, hostile nouns and verbs, by index."""

    forms: list[str]
    groups: dict[int, str]
    anaphora: set[int]
    persons: set[int]
    beliefs: set[int]
    verbs: dict[int, VerbReading]
    neutralised: bool
    proper: frozenset[int] = frozenset()
    """Indexes of words written with a capital inside a sentence (names: ``Suriye'ye``)."""
    individuals: frozenset[int] = frozenset()
    """Group words that name one person (``bu hoca``, ``şu Suriyeli``): no group to expel."""
    praises: bool = False
    """Whether the comment thanks or congratulates (``tebrikler``, ``emeğine sağlık``): a group named
    there is praised, and a set phrase, trait or stereotype near it is not said against it."""
    sentences: tuple[int, ...] = ()
    """The sentence each word stands in (how many ``.``, ``!``, ``?``, ``…`` or line breaks stand before it)."""
    reported_until: int = -1
    """When only reporting words neutralise the comment, the index of the last one (else -1): hostility whose
    hostile word stands after it and its head is the commenter's own (:func:`_said_after_report`)."""

    def same_sentence(self, first: int, second: int) -> bool:
        """Tell whether two words stand in one sentence (always, when sentences were not read)."""
        return not self.sentences or self.sentences[first] == self.sentences[second]

    def in_sentence_of(self, indexes: AbstractSet[int], index: int) -> set[int]:
        """Return the ``indexes`` that stand in the sentence of ``index``."""
        return {other for other in indexes if self.same_sentence(other, index)}

    @cached_property
    def joined(self) -> str:
        """Return the forms joined by spaces: a word begins with a string only if this holds it (one search)."""
        return " ".join(self.forms)

    @cached_property
    def targets(self) -> frozenset[int]:
        """Return whom a hostile act may be aimed at: the group words, the pointers back at them and the persons."""
        return frozenset(self.groups) | self.anaphora | self.persons


PEOPLE_OF = ("insan", "halk", "ahali")
"""Nouns for the people of a place (``oranın insanı``, ``buranın halkı``)."""
PLACE_POINTED = ("oranın", "buranın", "oraların", "bölgenin", "yörenin", "şehrin", "kentin")
"""A place pointed at in the genitive: with :data:`PEOPLE_OF` after it, a region's people as a group."""
REGIONS = ("ege", "karadeniz", "doğu", "güneydoğu", "trakya", "akdeniz", "marmara", "anadolu", "doğunun", "egenin",
           "karadenizin")
"""Regions named before :data:`PEOPLE_OF` (``Ege insanı``, ``Karadeniz halkı``): their people as a group."""
KIND_OF_PEOPLE = ("insan", "adam", "kişi", "tip")
"""People said to be of a kind (``bu tür insanlar``, ``o tip adamlar``)."""
KIND_WORDS = frozenset(["tür", "tip", "cins", "çeşit", "türden", "tipte", "cinsten"])
"""Words of a kind between a pointer and people (``bu tür``, ``o tip``, ``böyle cinsten``)."""
KIND_POINTERS = frozenset(["bu", "o", "şu", "böyle", "öyle", "bunun", "onun", "bunların", "onların"])
"""Words that point at the kind (``bu tür``, ``onların tipi``)."""


def _a_kind_pointed(forms: list[str], index: int) -> bool:
    """Tell whether the people word at ``index`` is pointed at as a kind (``bu tür insanlar``, ``o tip adamlardan``).

    Said so, a group the comment does not name: ``Bu tür insanlar çocuklardan uzak tutulmalı``.

    >>> _a_kind_pointed(["bu", "tür", "insanlar"], 2), _a_kind_pointed(["her", "tür", "insan"], 2)
    (True, False)
    """
    return forms[index - 1] in KIND_WORDS and forms[index - 2] in KIND_POINTERS


def _forms(tokens: list[Token], text: str) -> list[str]:
    """Return each word Turkish-lower-cased without apostrophes (from ``text``, same offsets)."""
    return [tr_lower_word(text[token.start : token.end]).replace("'", "").replace("’", "") for token in tokens]


def _is_allah_idiom(forms: list[str], index: int) -> bool:
    """Tell whether ``Allah`` at ``index`` stands in an everyday idiom (``Allah razı olsun``)."""
    if not forms[index].startswith(("allah", "tanrı")):
        return False
    return any(word in ALLAH_IDIOMS for word in forms[max(0, index - 3) : index + 4])


def _paradise_wished(forms: list[str], index: int) -> bool:
    """Tell whether ``cennet`` at ``index`` is the mourner's blessing (``Mekânın cennet olsun``), no faith spoken of.

    >>> _paradise_wished(["mekânın", "cennet", "olsun"], 1), _paradise_wished(["cennette", "huri", "vaadi"], 0)
    (True, False)
    """
    if not forms[index].startswith("cennet"):
        return False
    before = forms[index - 1] if index else ""
    return _next_word(forms, index).startswith("olsun") or before.startswith(("mekan", "mekân"))


HAVEN_REACH = 3
"""Words before ``cennet`` in which ``için`` makes it a haven for someone (``dolandırıcılar için tam bir cennet``)."""


def _a_haven(forms: list[str], index: int) -> bool:
    """Tell whether ``cennet`` at ``index`` is a haven or a likening, no faith spoken of.

    For someone (``dolandırıcılar için tam bir cennet``), in a compound after a bare noun (``vergi cenneti``,
    ``hırsızlar cenneti``; not ``Müslümanların cenneti``, a genitive's), or likened (``cennet gibi bir ülke``).

    >>> _a_haven(["piyasa", "dolandırıcılar", "için", "cennet"], 3), _a_haven(["vergi", "cenneti"], 1)
    (True, True)
    >>> _a_haven(["müslümanların", "cenneti", "yalan"], 1), _a_haven(["cennet", "masal"], 0)
    (False, False)
    """
    form = forms[index]
    if not form.startswith("cennet"):
        return False
    if "için" in forms[max(0, index - HAVEN_REACH) : index] or _next_word(forms, index).startswith("gibi"):
        return True
    before = forms[index - 1] if index else ""
    return form.startswith("cenneti") and bool(before) and GENITIVE_RE.fullmatch(before) is None


def _benign_object(forms: list[str], index: int, stem: str) -> bool:
    """Tell whether the verb at ``index`` has an object that makes it a plain deed (``el atsın``, ``ceza kesilsin``).

    >>> _benign_object(["parkı", "temizleyin"], 1, "temizle")
    True
    >>> _benign_object(["onları", "parktan", "temizle"], 2, "temizle")
    False
    """
    objects = BENIGN_OBJECTS.get(stem)
    if not objects:
        return False
    before = [form for form in forms[max(0, index - 4) : index] if form and form not in ("bir", "bi", "da", "de")]
    # a group's name is no deed's object, though it begin like one ("Afganlar" is no "af", amnesty); a place in the
    # ablative is where from, not what ("travestileri parktan temizlemek": the people are the object)
    reach = 1 if stem in ADJACENT_OBJECT_STEMS else 3
    return any(
        form.startswith(objects) and group_kind(form) is None and not form.endswith(ABLATIVE_ENDINGS)
        for form in before[-reach:]
    )


def _condemned_report(forms: list[str], index: int) -> bool:
    """Tell whether the words up to ``index`` are reported with ``diye`` and condemned (``… diye aşağılamayalım``).

    >>> _condemned_report(["kayseriliyi", "cimri", "diye", "aşağılamayı", "bırakalım"], 1)
    True
    >>> _condemned_report(["ölsün", "diye", "dua", "ediyorum"], 0)
    False
    """
    for offset in (1, 2):
        if index + offset < len(forms) and forms[index + offset] == "diye":
            return any(word.startswith(CONDEMNING_STEMS) for word in forms[index + offset + 1 : index + offset + 4])
    return False


def _view_rejected(forms: list[str], index: int) -> bool:
    """Tell whether the words up to ``index`` are a view the comment names to reject (``… demek yanlış``).

    >>> _view_rejected(["hepsini", "suçlu", "ilan", "etmek", "adaletsizlik"], 1)
    True
    >>> _view_rejected(["gitsin", "demek", "lazım"], 0), _view_rejected(["pis", "demek", "ırkçılık", "değil"], 0)
    (False, False)
    """
    for offset in range(1, 4):
        if index + offset < len(forms) and forms[index + offset] in SAYING_IT:
            after = forms[index + offset + 1 : index + offset + 5]
            rejecting = any(word in VIEW_REJECTED for word in after)
            negated = any(word in VIEW_NEGATORS for word in after)
            # "… demek gerçekçi değil" rejects by the negator alone; "… demek ırkçılık değil" denies the rejection
            return rejecting != negated
    return False


DECISION_OPENINGS = ("karar", "dilekçe", "kural", "yasa", "kanun", "imza", "yönetmelik", "genelge")
"""Nouns of a decision or a petition (``… diye karar alınmalı``, ``… diye imza toplayalım``)."""
CALL_RE = re.compile(r"\w+(?:m[ae]l[ıi](?:d[ıi]r|y[ıi]z)?|s[ıiuü]n(?:l[ae]r)?|[ae]l[ıi]m|y[ae]l[ıi]m)")
"""A verb that calls for something: necessity (``almalı``), a third-person wish (``çıkarılsın``), a first-person
plural proposal (``toplayalım``)."""


def _decision_called(after: list[str]) -> bool:
    """Tell whether the words after ``diye`` call for a decision or a petition that says it (``karar almalı``).

    >>> _decision_called(["muhtarlık", "karar", "almalı"]), _decision_called(["karar", "verdi"])
    (True, False)
    >>> _decision_called(["bağıran", "adam", "tutuklansın"])
    False
    """
    opened = next((at for at, word in enumerate(after[:3]) if word.startswith(DECISION_OPENINGS)), None)
    return opened is not None and any(
        CALL_RE.fullmatch(word) or word in NECESSITY for word in after[opened + 1 : opened + 3]
    )


def reported(forms: list[str], index: int) -> bool:
    """Tell whether the verb at ``index`` is someone else's words the comment reports (``… diye bağıran``).

    >>> reported(["kimi", "asalım", "diyor"], 1), reported(["ölsün", "diye", "dua", "ediyorum"], 0)
    (True, False)
    """
    if _view_rejected(forms, index):
        return True  # "Suriyelilerin tamamı gitsin demek hem gerçekçi değil": a view named to be rejected
    following = forms[index + 1 : index + 3]
    for offset, form in enumerate(following):
        if form in REPORTED_BY:
            after = forms[index + offset + 2 : index + offset + 7]
            if any(word.startswith(ENDORSING) for word in after):
                return False  # "… temizleyelim diyen arkadaşa katılıyorum": reported, then made the commenter's own
            if form == "diye":
                if _condemned_report(forms, index):
                    return True  # "… diye aşağılamayı bırakalım": the commenter condemns the words
                if _decision_called(after):
                    return False  # "… alınmasın diye muhtarlık karar almalı": the words are what the commenter wants
                return not any(FIRST_PERSON_RE.fullmatch(word) for word in after[:4] if word)
            return True
    return False


SENT_TO_STEMS = ("gönder", "yolla", "çıkar", "topla")
"""Expelling verbs that, with a dative, give or raise something for someone (``yardım gönderelim``, ``ses çıkar``)."""
RECIPIENT_REACH = 5
"""Words at most between a dative group and the verb it receives from; farther, the group is the topic of an earlier
clause and the verb may send someone else away (``Araplara ev satışı durdurulsun, … kendileri ülkeden çıkarılsın``)."""


def _recipient(read: _Read, group: int, index: int, stem: str) -> bool:
    """Tell whether the group word at ``group`` is whom something is sent or raised for, not the one sent away.

    The group in the dative (``Suriyelilere yardım gönderin``), or a bare group word before a plural dative
    (``Suriyeli çocuklara yapılanlara da ses çıkaralım``); only for :data:`SENT_TO_STEMS`: closing doors or
    banning places to a group (``kapatın``, ``yasaklansın``) excludes it in the dative too.

    >>> from gazete.moderation.normalize import words
    >>> def test(text, stem):
    ...     return _recipient(read_comment(words(text), text), 0, len(words(text)) - 1, stem)
    >>> test("Suriyeli çocuklara yardım gönderelim", "gönder"), test("Suriyelilere yardım gönderelim", "gönder")
    (True, True)
    >>> test("Suriyelileri ülkelerine gönderin", "gönder"), test("Suriyelilere kapıları kapatın", "kapat")
    (False, False)
    """
    if stem not in SENT_TO_STEMS or index - group > RECIPIENT_REACH or not read.same_sentence(group, index):
        return False
    forms = read.forms
    if _bare_group(read, group):  # "Yehova" ends as a dative does
        return group + 1 < len(forms) and PLURAL_DATIVE_RE.fullmatch(forms[group + 1]) is not None
    return DATIVE_RE.fullmatch(forms[group]) is not None


def _to_a_place(
    forms: list[str], index: int, verb: VerbReading, proper: frozenset[int], groups: dict[int, str]
) -> bool:
    """Tell whether a verb of going goes somewhere that is no homeland (``okula gitmeli``, ``Konya'ya gidin``)."""
    if verb.stem not in DESTINATION_VERBS:
        return False
    around = [form for form in forms[max(0, index - 4) : index + 3] if form]
    if any(form.startswith(HOMELAND_PREFIXES) and not _no_homeland(form) for form in around):
        return False
    if any(form in OTHER_SUBJECTS for form in forms[max(0, index - 3) : index]):
        return True  # "herkes bir kez gitsin": everyone goes, not the group
    for other in range(index - 1, max(-1, index - 5), -1):  # back from the verb to its subject
        form = forms[other]
        if other in groups or form in GROUP_ANAPHORA:
            break  # "… partiye oyum gidecek, hepsi gitsin": the dative belongs to another verb
        if form and form not in NOT_DESTINATIONS and DATIVE_RE.fullmatch(form):
            return verb.person == PERSON_2 or other not in proper
    # "mutlaka gidin": a reader sent to a place, not a group sent away
    return verb.mood == "imperative" and verb.person == PERSON_2 and index - 1 not in proper


LANDS = ("ülke", "memleket", "yurd", "vatan")
"""Words of a land, which in the genitive qualify what follows (``bu ülkenin vatandaşı``)."""
LIKE_A_HOMELAND = ("vatandaş", "yurttaş", "dağıt", "dağıl")
"""Words that begin like a homeland word and are none (``vatandaşı``: a citizen; ``dağıtın``: hand out)."""


def _no_homeland(form: str) -> bool:
    """Tell whether a word that begins like a homeland word names no place anyone is sent to or from.

    A land in the genitive qualifies what follows (``bu ülkenin vatandaşı``), and a citizen is no land.

    >>> _no_homeland("ülkenin"), _no_homeland("vatandaşı"), _no_homeland("ülkesine"), _no_homeland("geldiğin")
    (True, True, False, False)
    """
    return form.startswith(LIKE_A_HOMELAND) or (form.startswith(LANDS) and GENITIVE_RE.fullmatch(form) is not None)


def _next_word(forms: list[str], index: int) -> str:
    """Return the word after ``index``, or an empty string after the last one."""
    return forms[index + 1] if index + 1 < len(forms) else ""


def _hatred_voiced(forms: list[str], index: int) -> bool:
    """Tell whether ``nefret`` at ``index`` is the speaker's own (``nefret ediyorum``), not hate named to condemn it,
    or ``ırkçı`` is said of a whole people (``Almanların hepsi ırkçıdır``): an accusation, itself a generalisation."""
    if forms[index].startswith("ırkçı"):
        return RACIST_ALL_RE.fullmatch(forms[index]) is not None and not ALL_OF_THEM.isdisjoint(
            forms[max(0, index - 3) : index]
        )
    return forms[index].startswith("nefret") and _next_word(forms, index) in HATING


RACIST_ALL_RE = re.compile(r"ırkçı(?:dır|dırlar|lar|lardır)?")
"""``ırkçı`` as a predicate (``ırkçıdır``, ``ırkçılar``), not ``ırkçılık`` (racism) named."""
ALL_OF_THEM = frozenset(["hepsi", "hepsinin", "tamamı", "bütün", "hep", "topu"])
"""Words before ``ırkçı`` that make it said of a whole people (``hepsi içten içe ırkçı``)."""


def _denied(forms: list[str], index: int) -> bool:
    """Tell whether the word at ``index`` is denied (``bunu söylemek ırkçılık değil``): no condemnation then.

    Also through the head of its compound (``nefret söylemi değil``, ``ırkçılık suçu sayılmaz``).

    >>> _denied(["ırkçılık", "değil"], 0), _denied(["nefret", "söylemi", "değil"], 0), _denied(["nefret", "söylemi"], 0)
    (True, True, False)
    """
    following = _next_word(forms, index)
    return following in STATUS_DENIED or (following in DENIED_HEADS and _next_word(forms, index + 1) in STATUS_DENIED)


DENIED_HEADS = frozenset(["söylemi", "söylem", "suçu", "dili", "düşmanlığı"])
"""Heads of a compound whose denial denies the condemning word before them (``nefret söylemi değil``)."""


def _hated(forms: list[str], index: int, group_targets: set[int]) -> int | None:
    """Return the index of the group that ``nefret`` at ``index`` is aimed at, in the ablative, or None.

    ``Göçmenlerden nefret ediyorum`` and ``nefret ediyorum bu milletten`` aim at a group;
    ``ırkçılıktan nefret ediyorum`` does not, whatever groups the comment names later.
    """
    if _next_word(forms, index) in HATEWORTHY:
        return _near(group_targets, index, 6)  # "en nefret edilesi millet"
    for other in [*range(index - 1, max(-1, index - 4), -1), *range(index + 2, min(len(forms), index + 5))]:
        if forms[other].endswith(ABLATIVE_ENDINGS):
            aimed = other in group_targets or forms[other].startswith(("millet", "insanlar", "bunlar", "onlar"))
            return other if aimed else None
    return None


TOLD_VERB_RE = re.compile(r"\w+(?:[ıiuü]?yor\w*|[dt][ıiuü](?:l[ae]r)?|m[ıiuü]ş\w*)")
"""A verb told in the present or the past (``yaşıyor``, ``geldi``, ``olmuş``)."""


def _asked_why(read: _Read, index: int) -> bool:
    """Tell whether ``neden``/``niye``/``nasıl`` (:data:`WHY_NOT`) stands just before the call at ``index``.

    Within :data:`WHY_REACH` words, in its sentence: asked why it should be, the call is refused.

    >>> from gazete.moderation.normalize import words
    >>> text = "Kadın oyuncular neden yaşlanınca sahneden silinsin?"
    >>> _asked_why(read_comment(words(text), text), 5)
    True
    >>> text = "Bu hainler neden hâlâ yaşıyor, asılsınlar."
    >>> _asked_why(read_comment(words(text), text), 5)
    False
    """
    forms = read.forms
    for other in range(max(0, index - WHY_REACH), index):
        if forms[other] in WHY_NOT and read.same_sentence(other, index):
            # "neden hâlâ yaşıyor, asılsınlar": a verb between asks about another deed
            return not any(TOLD_VERB_RE.fullmatch(form) for form in forms[other + 1 : index])
    return False


def _denied_after(forms: list[str], index: int) -> bool:
    """Tell whether what the word at ``index`` says is denied by the words after it.

    >>> _denied_after(["hırsız", "değiller"], 0), _denied_after(["hastalık", "kabul", "edilmiyor"], 0)
    (True, True)
    >>> _denied_after(["hastalık", "sayılmalı"], 0), _denied_after(["ahlaksız", "olmak", "değildir"], 0)
    (False, True)
    >>> _denied_after(["suçlu", "yapmaz"], 0), _denied_after(["kaçakçılık", "yapmaya"], 0)
    (True, False)
    """
    following = _next_word(forms, index)
    if following in NEGATORS:
        return True
    for form in forms[index + 1 : index + 3]:
        if form in ("kabul", "olarak", "olmak", "olmanın", "ilan"):
            continue  # "hastalık kabul edilmiyor", "ahlaksız olmak değildir", "suçlu ilan etmeyelim"
        return form in NEGATORS or bool(DENIED_JUDGEMENT_RE.fullmatch(form))
    return False


NO_ONE_BEFORE_TRAIT = frozenset(["kimse"])
"""The subject that makes a trait after it said of no one (``yargılanmadan kimse suçlu sayılamaz``); not its object
(``kimseyi beğenmeyen kibirli …``)."""
TRAIT_REDIRECTED = frozenset(["asıl", "gerçek"])
"""Words that turn a trait after them onto those the speaker blames instead of a group (``asıl suçlular onlar``)."""
TRAIT_NO_ONE_REACH = 3
"""Words before a trait ``kimse`` may stand (``kimse de suçlu``)."""


def _said_of_no_one_else(forms: list[str], index: int, group: int) -> bool:
    """Tell whether the trait at ``index`` is said of no one (``kimse suçlu``) or of the real culprits (``asıl suçlu``).

    ``Yargılanmadan kimse suçlu sayılabilir mi?``; ``göçmen taşıyan organizatörler …, asıl suçlular onlar``: the group
    named before is defended, not called guilty. The group right before (``Suriyeliler asıl suçlu``) or after it
    (``asıl suçlu Suriyeliler``) is the one blamed.

    >>> _said_of_no_one_else(["kimse", "suçlu", "sayılabilir", "mi"], 1, 0)
    True
    >>> _said_of_no_one_else(["göçmen", "taşıyanlar", "asıl", "suçlular"], 3, 0)
    True
    >>> _said_of_no_one_else(["suriyeliler", "asıl", "suçlu"], 2, 0)
    False
    >>> _said_of_no_one_else(["asıl", "suçlu", "onlar"], 1, 2)
    False
    """
    if forms[index - 1 : index] and forms[index - 1] in TRAIT_REDIRECTED and group < index - 2:
        return True
    return not NO_ONE_BEFORE_TRAIT.isdisjoint(forms[max(0, index - TRAIT_NO_ONE_REACH) : index])


def _an_act_called_treacherous(read: _Read, index: int) -> bool:
    """Tell whether ``hain`` at ``index`` is said of the attack after it, not of people (``hain darbe girişimi``).

    Not when a group stands right before it, whose predicate it is (``Kürtler hain, darbe yaparlar``), nor before a
    doer (``hain darbeciler``: a ``c`` after the attack's opening).

    >>> from gazete.moderation.normalize import words
    >>> def act(text: str) -> bool:
    ...     read = read_comment(words(text), text)
    ...     return _an_act_called_treacherous(read, read.forms.index("hain"))
    >>> act("Hain darbe girişiminden sonra dernekler kapatıldı"), act("Bu hain pusuda iki asker şehit oldu")
    (True, True)
    >>> act("Hain darbeciler yargılansın"), act("Kürtler hain, darbe yaparlar")
    (False, False)
    """
    forms = read.forms
    if not forms[index].startswith("hain") or index - 1 in read.groups:
        return False
    return names_an_attack(ascii_fold(_next_word(forms, index)))


def names_an_attack(key: str) -> bool:
    """Tell whether a folded word names an attack, a disease or a force of nature (``saldirinin``), not a doer.

    A ``c`` after the opening makes the doer (``darbecilerin``: people). The insult rule reads an insult word before
    one as said of the attack too (:mod:`gazete.moderation.rules.insult`: ``hain saldırının failleri``).

    >>> names_an_attack("saldirinin"), names_an_attack("pusuda"), names_an_attack("darbecilerin")
    (True, True, False)
    >>> names_an_attack("hakem")
    False
    """
    return any(key.startswith(opening) and key[len(opening) : len(opening) + 1] != "c" for opening in ATTACK_OPENINGS)


def _doer_nearer(read: _Read, first: int, group: int | None) -> bool:
    """Tell whether a doer (a person word or a participle: ``döven adam``) stands nearer a phrase than the group."""
    if group is None:
        return False
    between = range(group + 1, first)
    return any(index in read.persons or DOER_RE.fullmatch(read.forms[index]) for index in between)


def _an_argument(form: str) -> bool:
    """Tell whether a dehumanising word stands in a case that makes it a thing acted on or spoken of.

    In the dative, locative, ablative, instrumental or genitive (``köpeğiyle``, ``kasaba``,
    ``hayvanların``, ``pazarında``), or as a possessed burden or ill (``vergi yükü``, ``şap hastalığı``),
    it names real animals and things, not what a group is called (``bunlar hayvan``, ``… yük``,
    ``… hastalık``, ``köpek gibi``).

    >>> _an_argument("köpeğiyle"), _an_argument("hayvanların"), _an_argument("yükü"), _an_argument("hayvanlar")
    (True, True, True, False)
    """
    stem = DEHUMANISING_TABLE.stem_of(form)
    if stem is None:
        return False
    ending = form[len(stem) :]
    if stem in POSSESSED_THINGS and ending[:1] in ("ü", "u", "ı", "i", "s", "n"):
        return True
    return bool(ending) and OBLIQUE_CASE_RE.fullmatch(ending) is not None


ACCUSATIVE_ENDING_RE = re.compile(r"(?:l[ae]r[ıi]|y[ıiuü])")
"""The accusative of an animal word after the plural or a vowel (``koyunları``, ``sürüyü``), not ``-ı`` alone, which
may be the possessive (``köpeği``)."""


def _acted_on(form: str) -> bool:
    """Tell whether a dehumanising word is an accusative object: an animal handled (``sürüyü bekliyor``).

    >>> _acted_on("sürüyü"), _acted_on("koyunları"), _acted_on("sürüsü"), _acted_on("hayvanlar")
    (True, True, False, False)
    """
    stem = DEHUMANISING_TABLE.stem_of(form)
    return stem is not None and ACCUSATIVE_ENDING_RE.fullmatch(form[len(stem) :]) is not None


def _pointed_or_likened(forms: list[str], index: int) -> bool:
    """Tell whether the word at ``index`` is pointed at (``bu hastalıktan``) or likened (``böceğe süt vermek gibi``).

    ``kendi … gibi`` between them likens nothing to it: the word is cared for as one's own (``sürüyü kendi malı gibi
    koruyor``).
    """
    if forms[index - 1 : index] in (["bu"], ["şu"]):
        return True
    after = forms[index + 1 : index + 4]
    likening = next((at for at, form in enumerate(after) if form.startswith("gibi")), None)
    return likening is not None and "kendi" not in after[:likening]


def _real_animal(read: _Read, index: int) -> bool:
    """Tell whether the animal word at ``index`` names real animals in its sentence, not what someone is called.

    A kept animal described by a condition (``topal koyunu``, ``kör kedi``), someone's own in the accusative
    (``köylü hayvanını``), or in a sentence about keeping, treating or slaughtering animals (``veteriner``, ``yem``,
    ``kurban``, ``kesim``, ``hayvancılık``). Never when likened right after (``hayvan gibi``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Topal koyunu sürüden ayırıp veterinere götürdük."
    >>> _real_animal(read_comment(words(text), text), 1)
    True
    >>> text = "Bunlar hayvan gibi yaşıyor, ahırda büyümüşler."
    >>> _real_animal(read_comment(words(text), text), 1)
    False
    """
    forms = read.forms
    form = forms[index]
    if _next_word(forms, index).startswith("gibi"):
        return False
    if form.startswith(HERD) and index > 0 and forms[index - 1].startswith(KEPT_ANIMALS):
        return _real_animal(read, index - 1)  # "sokak köpekleri sürü olmuş": the herd is the animals'
    if form.startswith(HERD) and _next_word(forms, index).startswith(PASTURES):
        return True  # "sürü köye iner", "sürüyü yaylaya çıkardık": a herd driven between pastures and the village
    if not form.startswith(KEPT_ANIMALS):
        return False
    if index > 0 and (read.groups.get(index - 1) == "disability" or forms[index - 1] in LITERAL_ANIMAL_BEFORE):
        return True  # "topal koyunu"; "sokak köpekleri", "üç köpek": real animals
    if OWNED_ANIMAL_RE.fullmatch(form) or HAVING_ANIMAL_RE.fullmatch(form) or _animal_owned(forms, index):
        return True
    if _next_word(forms, index).startswith(ANIMAL_CARE_HEADS):
        return True  # "hayvan hakları", "köpek barınağı", "kedi maması": a compound about real animals
    if any(word.startswith(SPOTS) and LOCATIVE_RE.fullmatch(word) for word in forms[max(0, index - 2) : index]):
        return True  # "cemevinin bahçesinde bir köpek": an animal placed somewhere, not anyone likened
    return any(
        word.startswith(LIVESTOCK_CONTEXT) and read.same_sentence(other, index) and _next_word(forms, other) != "gibi"
        for other, word in enumerate(forms)
    )


SPOTS = ("bahçe", "avlu", "kapı", "önünde", "damında", "çatısında", "kulübe")
"""Places an animal is told to be (``cemevinin bahçesinde bir köpek``): in the locative, real animals there."""
ANIMAL_CARE_HEADS = ("hak", "barına", "mama", "refah", "hastane", "sahip", "sever", "dost", "bakım", "kulübe")
"""Heads of a compound after an animal word that make it real animals (``hayvan hakları``, ``köpek maması``)."""
HERD = ("sürü",)
"""A herd, real when its animals are named right before it (``sokak köpekleri sürü olmuş``)."""
PASTURES = ("köye", "köyden", "meraya", "meradan", "yaylaya", "yayladan", "ağıla", "ağıldan", "otlağa", "otlaktan")
"""Places a real herd is driven to or from (``sürü köye iner``), right after the herd."""
KEPT_ANIMALS = ("hayvan", "köpe", "koyun", "keçi", "inek", "domuz", "kedi", "tavuk")
"""Animals that are kept, treated and slaughtered (not ``sürü``, the herd a people is likened to)."""
OWNED_ANIMAL_RE = re.compile(r"\w{2,}[^lr][ıiuü]n[ıiuü]")
"""An animal someone owns, in the accusative (``hayvanını``, ``köpeğini``, ``koyununu``): handled; not a plural
(``hastalıklarını``)."""
HAVING_ANIMAL_RE = re.compile(r"(?:hayvan|köpek|koyun|keçi|inek|domuz|kedi|tavuk)l[ıiuü](?!k)\w{0,6}")
"""An animal word made an adjective of having one (``köpekli yolcu``, ``kedili evler``); not ``domuzluk``."""
HAVING_AFTER = frozenset(["olan", "olanlar", "olanlara", "olanların", "olanları", "var", "yok", "sahibi", "sahipleri"])
"""Words after a possessed animal that say someone has it (``köpeği olan``, ``kedisi var``)."""


def _animal_owned(forms: list[str], index: int) -> bool:
    """Tell whether the animal word at ``index`` is someone's own pet or working animal (``köpeği olan vatandaş``).

    >>> _animal_owned(["rehber", "köpeği", "olan", "vatandaşlar"], 1), _animal_owned(["köpek", "gibiler"], 0)
    (True, False)
    """
    return _next_word(forms, index) in HAVING_AFTER and forms[index][-1] in "ıiuü"


LIVESTOCK_CONTEXT = (
    "veteriner", "mera", "yem", "kurban", "kesim", "otlat", "sağım", "besici", "hayvancılık", "yayla", "kuzu",
    "buzağı", "tırnak", "aşıla",
)
"""Words of keeping, treating and slaughtering animals: in their sentence an animal word names real animals (not
``ahır``, which people are likened to: ``ahır gibi kokuyor``)."""


def _listed_beside(forms: list[str], index: int, group: int) -> bool:
    """Tell whether the words between ``index`` and ``group`` list them side by side (``hayvanlar hem de köylüler``)."""
    between = forms[min(index, group) + 1 : max(index, group)]
    return len(between) <= 2 and any(form in COORDINATORS for form in between)


def _beneficiaries(forms: list[str], groups: dict[int, str]) -> set[int]:
    """Return the group words that name whom a thing is for (``engelli vatandaşlar için``), not a target.

    A set phrase nearby (``çok iyi olmuş``) is then said of the thing done for them. ``bizim için``
    is the speaker's, and leaves the group a target (``suriyeliler bizim için bir yük``).
    """
    kept = set()
    for index in groups:
        for offset, form in enumerate(forms[index + 1 : index + 3]):
            if form in BENEFICIARY and (offset == 0 or forms[index + 1] not in OWN_PRONOUNS):
                kept.add(index)
    return kept


PRAISE_REFUSED = ("etmesin", "etmeyin", "etmem", "etmiyorum", "etmeyiz", "etmemeli", "edilmesin", "edilmemeli")
"""Negated forms of ``et-`` after a word of praise: the praise refused (``kimse tebrik etmesin``)."""


def _praises(forms: list[str]) -> bool:
    """Tell whether the comment thanks or congratulates (``tebrik ederim``, ``helal olsun``, ``emeğine sağlık``)."""
    for form, following in zip(forms, [*forms[1:], ""][: len(forms)], strict=True):  # each word and the next
        if form.startswith(PRAISE_PREFIXES) and following.startswith(PRAISE_REFUSED):
            continue  # "kimse tebrik etmesin": praise refused
        if form.startswith(PRAISE_PREFIXES) or (form, following) in PRAISE_PAIRS:
            return True
        if following == "sağlık" and form.startswith(("emeğ", "emek", "eline", "eller")):
            return True
    return False


def _neutralised(forms: list[str]) -> bool:
    """Tell whether the comment condemns or reports hostility rather than voicing it."""
    return _condemned(forms) or _reported_until(forms) >= 0


def _condemned(forms: list[str]) -> bool:
    """Tell whether the comment condemns hostility (``ırkçılığı kınıyorum``), not denying it is hate."""
    return any(
        form.startswith(CONDEMNING_PREFIXES)
        and not (form == "kına" or form.startswith(HENNA))
        and not _hatred_voiced(forms, index)
        and not _denied(forms, index)
        for index, form in enumerate(forms)
    )


def _reported_until(forms: list[str]) -> int:
    """Return the index of the comment's last reporting word (``… diyenler``, ``söyleyen``), or -1 for none.

    What stands before it is what someone said; words the commenter endorses (``aynen``, ``katılıyorum``) are
    not reported. Hostility after the last one is the commenter's own (``Trans olduğunu söyleyen o şarkıcı tam
    bir ucube``).
    """
    if REPORTING.isdisjoint(forms) or any(form.startswith(ENDORSING) for form in forms):
        return -1
    # "ne demek istediğimi": demek with istemek is to mean, no saying reported
    reporting = [
        index
        for index, form in enumerate(forms)
        if form in REPORTING and not (form == "demek" and _next_word(forms, index).startswith("iste"))
    ]
    if not reporting:
        return -1
    if any(forms[index] in REPORTING_NOUNS for index in reporting):
        return len(forms)  # "… demek cahilliktir": what follows judges the saying, the whole comment is a report
    return reporting[-1]


REPORTING_NOUNS = frozenset(["demek", "demekle"])
"""Reporting words that name the saying itself (``"Bütün Aleviler dinsiz" demek cahilliktir``): a judgement after
them is of the saying, so they report the whole comment; a participle (``söyleyen``, ``diyenler``) names a person."""


def condemns_or_reports(tokens: list[Token], text: str) -> bool:
    """Tell whether a comment condemns or reports hostility (``ırkçılığı kınıyorum``, ``… diyenler``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Göçmenleri fare gibi gösteren karikatür utanç verici."
    >>> condemns_or_reports(words(text), text), condemns_or_reports(words("Fare gibiler."), "Fare gibiler.")
    (True, False)
    """
    return _neutralised(_forms(tokens, text))


def _group_openings() -> tuple[tuple[int, frozenset[str]], ...]:
    """Return, per opening length of the group tables, the openings their stems begin with."""
    by_length: dict[int, set[str]] = {}
    for table in GROUP_TABLES.values():
        by_length.setdefault(table.opening_length, set()).update(table.openings)
    return tuple((length, frozenset(openings)) for length, openings in sorted(by_length.items()))


GROUP_OPENINGS = _group_openings()


def group_kind(form: str) -> str | None:
    """Return the kind of the first group table ``form`` is a form of (``kürtlerin`` → ``ethnic``), or None.

    A word that begins like no table's stems (most words) is settled by one look-up per stem opening
    length. A comment's words are read through the memo of :func:`_form_reading`.
    """
    if not any(form[:length] in openings for length, openings in GROUP_OPENINGS):
        return None
    for kind, table in GROUP_TABLES.items():
        if form in table:
            return kind
    return None


@lru_cache(maxsize=WORD_MEMO)
def _form_reading(form: str) -> tuple[str | None, bool, VerbReading | None, bool]:
    """Return what :func:`read_comment` reads in a word alone, once per word (words repeat between comments).

    Its group kind (:func:`group_kind`); whether it names a belief (not an address such as ``hocam``); its
    reading as a verb of the tables on its own (a bare imperative only when listed: ``as``, not ``yaz``); and
    whether it may be a verb at all, which :func:`read_comment` asks before joining a light-verb noun before
    it (``yok`` + ``et``).
    """
    verbal = not (form in NOT_VERBS or form.startswith(LOOKALIKE_PREFIXES))
    reading = VERBS.read(form) if verbal else None
    if reading is not None and reading.mood == "imperative" and reading.person == PERSON_2 and form == reading.stem:
        reading = reading if reading.stem in BARE_IMPERATIVES else None
    return group_kind(form), form in BELIEF_TABLE and form not in ADDRESS_FORMS, reading, verbal


IDIOM_BEFORE_BY_WORD: dict[str, tuple[str, ...]] = {
    before: tuple(start for other, start in IDIOM_BEFORE if other == before) for before, _start in IDIOM_BEFORE
}
"""The beginnings that make an idiom with the word before them (:data:`IDIOM_BEFORE`), by that word."""


PLURAL_HEAD_RE = re.compile(r"l[ae]r")
"""A plural in the noun after a group word (``Ezidi aileleri``): the group word qualifies many people."""


FOUNDERS = frozenset(["kuran", "kuranlar", "kuranları", "kuranlara", "kuranların", "kuranlardan"])
"""``kuran`` and its plural forms: after an object, those who set something up (``uygulamasını kuranları``)."""


def _founding(tokens: list[Token], forms: list[str], index: int) -> bool:
    """Tell whether a lower-case ``kuran`` is the participle of ``kurmak`` (``bu düzeni kuran``), not the Qur'an.

    >>> from gazete.moderation.normalize import words
    >>> _founding(words("bu düzeni kuran"), ["bu", "düzeni", "kuran"], 2)
    True
    >>> _founding(words("Kuran okuyan"), ["kuran", "okuyan"], 0)
    False
    >>> _founding(words("uygulamasını kuranları"), ["uygulamasını", "kuranları"], 1)
    True
    """
    return (
        forms[index] in FOUNDERS
        and index > 0
        and tokens[index].text[:1].islower()
        and forms[index - 1].endswith(("ı", "i", "u", "ü", "yı", "yi"))
    )


def read_comment(tokens: list[Token], text: str, quoted: frozenset[int] = frozenset()) -> _Read:
    """Read the words of a comment: targets, verbs and whether it condemns hostility.

    Words at ``quoted`` indexes (inside quotation marks: reported speech) are read as blanks.
    """
    forms = _forms(tokens, text)
    merged = [
        "" if index in quoted or form in NOT_HOSTILE or form.startswith(NOT_GROUP_PREFIXES) else form
        for index, form in enumerate(forms)
    ]
    for index, form in enumerate(merged[1:], start=1):
        if (starts := IDIOM_BEFORE_BY_WORD.get(merged[index - 1])) is not None and form.startswith(starts):
            merged[index] = ""
        if merged[index - 1] in IDIOM_AFTER and form.startswith(IDIOM_AFTER[merged[index - 1]]):
            merged[index - 1] = ""
        elif (
            index > 1
            and merged[index - 1] == "bir"
            and (starts := IDIOM_AFTER.get(merged[index - 2])) is not None
            and form.startswith(starts)
        ):
            merged[index - 2] = ""  # "kör bir kuruş": the idiom with an article between
    if "sınır" in merged:
        for index in range(len(merged) - 1):
            if merged[index] == "sınır" and merged[index + 1].startswith("dış"):
                merged[index + 1] = "sınırdışı" + merged[index + 1][4:]
                merged[index] = ""
    groups: dict[int, str] = {}
    beliefs: set[int] = set()
    verbs: dict[int, VerbReading] = {}
    handles = _handle_spans(text)
    # "Hoca gitmeli, takım çok kötü oynuyor": among words of sport the hoca is the coach, no clergy
    coached = any(form.startswith(SPORT_OPENINGS) for form in merged)
    for index, form in enumerate(merged):
        if not form:
            continue
        kind, belief, reading, verbal = _form_reading(form)
        if form.startswith("hoca") and (coached or _titled(tokens, text, index)):
            kind, belief = None, False  # the coach; a name's title ("Şenol Hoca", "Nasreddin Hoca")
        if kind is None and index > 0 and form.startswith(PEOPLE_OF) and merged[index - 1] in PLACE_POINTED + REGIONS:
            kind = "regional"  # "oranın insanından adam olmaz", "Ege insanı": the people of a place or region
        if kind is None and index > 0 and _unbelief_told(merged, index):
            kind = "nonbeliever"  # "Allah'a inanmayan bir avukat", "inancı olmayan birine": unbelievers, not named
        if kind is None and index > 0 and form.startswith("olmayan") and merged[index - 1] in OUTSIDERS_OF:
            kind = "ethnic"  # "Türk olmayan herkes", "bizden olmayanlar": a people named as the others
        if kind is None and index > 1 and form.startswith(KIND_OF_PEOPLE) and _a_kind_pointed(merged, index):
            kind = "pointed"  # "bu tür insanlar": a group pointed at, not named
        if kind == "gender" and _one_of_both_or_kin(merged, index):
            kind = None  # "kız kardeşim" (a sister), "kadın erkek fark etmez" (women and men alike): no group
        if kind is not None and not _speakers_own(merged, index) and not in_spans(tokens[index].start, handles):
            groups[index] = kind
        # "hocamız", our teacher or imam, is one of the speaker's own
        ours = form.startswith("hoca") and _speakers_own(merged, index)
        if (
            belief
            and not ours
            and not _is_allah_idiom(merged, index)
            and not _founding(tokens, merged, index)
            and not _paradise_wished(merged, index)  # "Mekânın cennet olsun": the mourner's blessing
            and not _a_haven(merged, index)  # "dolandırıcılar için cennet", "vergi cenneti": a haven
        ):
            beliefs.add(index)
        if verbal and index > 0 and merged[index - 1] in LIGHT_VERB_NOUNS:
            reading = VERBS.read(merged[index - 1] + form) or reading  # "yok et", read joined first
        if reading is not None:
            verbs[index] = reading
    # "hepsi", "bunlar" stand for a group only once one is named ("Hükümet de muhalefet de aynı, hepsi gitsin").
    anaphora = {index for index, form in enumerate(merged) if form in GROUP_ANAPHORA} if groups else set()
    anaphora = {index for index in anaphora if not _doers_pointed_at(merged, groups, index)}
    persons = {index for index, form in enumerate(merged) if form in PERSON_PRESENT}
    proper = frozenset(
        index
        for index, token in enumerate(tokens)
        if index and text[token.start : token.start + 1].isupper() and not _sentence_start(text, token.start)
    )
    praises = _praises(merged)
    individuals = frozenset(
        index
        for index in groups
        if (
            (index and merged[index - 1] in ("bu", "şu", "o"))
            or merged[index] in ONE_HOCA  # "Hoca artık gitmeli": one man, the coach or the imam, not a people
        )
        and not merged[index].endswith(PLURAL_ENDINGS)
        and not PLURAL_HEAD_RE.search(_next_word(merged, index))  # "şu Ezidi ailelerini": many
    )
    condemned = _condemned(merged)
    reported_until = -1 if condemned else _reported_until(merged)
    return _Read(
        merged, groups, anaphora, persons, beliefs, verbs, condemned or reported_until >= 0, proper, individuals,
        praises, _sentences(tokens, text), reported_until,
    )


OUTSIDERS_OF = frozenset(["türk", "bizden", "yerli", "bizim", "milletimizden", "soyumuzdan"])
"""What others are named by not being (``Türk olmayan herkes``, ``bizden olmayanlar``): a people as the others."""
BELIEVED_IN = ("allaha", "tanrıya", "dine", "ahirete", "allahına", "dinine")
"""What unbelievers are told by not believing in (``Allah'a inanmayan``), in the dative."""
FAITH_HELD = frozenset(["inancı", "imanı", "dini", "inançları", "imanları", "dinleri"])
"""A faith as what someone has not (``inancı olmayan``, ``dini olmayanlar``)."""


def _unbelief_told(forms: list[str], index: int) -> bool:
    """Tell whether the word at ``index`` names people by their unbelief: ``Allah'a inanmayan``, ``inancı olmayan``.

    >>> _unbelief_told(["allaha", "inanmayanın", "sözü"], 1), _unbelief_told(["inancı", "olmayan", "birine"], 1)
    (True, True)
    >>> _unbelief_told(["habere", "inanmayan"], 1), _unbelief_told(["parası", "olmayan"], 1)
    (False, False)
    """
    form, before = forms[index], forms[index - 1]
    if form.startswith("inanmayan"):
        return before in BELIEVED_IN
    return form.startswith("olmayan") and before in FAITH_HELD


ONE_HOCA = frozenset(["hoca"])
"""``hoca`` in the singular: one man (a coach, a teacher, an imam) told to go, not a people expelled."""


def _titled(tokens: list[Token], text: str, index: int) -> bool:
    """Tell whether the word at ``index`` follows a capitalised name as its title (``Şenol Hoca``, ``Nasreddin Hoca``).

    Unlike :func:`read_comment`'s ``proper`` words, the first word of a comment counts when something other than a
    sentence's lead stands before it (``@Ali Hoca``, a handle's name).

    >>> from gazete.moderation.normalize import words
    >>> text = "Biz de Nasreddin Hoca anlatıyoruz."
    >>> _titled(words(text), text, 3), _titled(words(text), text, 0)
    (True, False)
    """
    if index == 0:
        return False
    previous = tokens[index - 1]
    name = text[previous.start : previous.end]
    apart = text[previous.end : tokens[index].start].strip()
    if not name[:1].isupper() or _sentence_start(text, previous.start) or apart:
        return False
    return group_kind(tr_lower_word(name)) is None  # "Amerikalı hocaları": a people's, no name's title


HANDLE_RE = re.compile(r"@\w+")
"""A user's handle (``@Ayşe_Hanım``), whose words split at the underscore: a person addressed, no group named."""


def _handle_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every handle in ``text`` (``@Ayşe_Hanım``), found once per comment.

    >>> _handle_spans("@Ayşe_Hanım katılıyorum"), _handle_spans("Ayşe Hanım katılıyorum")
    ([(0, 11)], [])
    """
    return [match.span() for match in HANDLE_RE.finditer(text)] if "@" in text else []


BARE_GROUP_WORDS = frozenset().union(*TARGET_GROUPS.values()) - {"hanım"}
"""The group tables' words as listed, which may end like a first-person copula (``gayrimüslim``, ``dinsiz``,
``kötürüm``) without one. Not ``hanım``, mostly a title (``Sunucu hanım``, ``Ayşe Hanım``): no group named."""


def _speakers_own(forms: list[str], index: int) -> bool:
    """Tell whether the group word at ``index`` is what the speaker is, not whom the comment speaks of.

    ``Aleviyim``, ``Kürtüz``, ``Eşcinsel bir hemşireyim``, ``sağır olacağım``: the speaker names their own
    identity or state (a first-person copula on the word or on the noun it qualifies, or a first-person ``ol-``).
    The same ending is the first-person possessive (``hocamız``, our imam): one of the speaker's own, spoken of
    as such, not a group aimed at.
    """
    if SPEAKER_COPULA_RE.fullmatch(forms[index]) and forms[index] not in BARE_GROUP_WORDS:  # not "gayrimüslim"
        return True
    if index > 0 and forms[index - 1] in OWN_KIN:
        return True  # "Ağabeyim felçli", "Oğlum otizmli": a relative's condition, no group
    following = forms[index + 1 : index + 3]
    if following[:1] == ["bir"] and len(following) == 2 and SPEAKER_COPULA_RE.fullmatch(following[1]):
        return True
    if following and OWN_BEING_RE.fullmatch(following[0]):
        return True  # "Karslı olduğumu her yerde söylerim", "Laz olduğumuz için"
    if "olarak" in following and any(
        FIRST_PERSON_RE.fullmatch(form) for form in forms[index + 2 : index + 2 + OWN_ROLE_REACH]
    ):
        return True  # "Kadın aşçılar olarak … duyuyoruz": the speakers' own group, as which they speak
    return bool(following) and following[0].startswith("ol") and FIRST_PERSON_RE.fullmatch(following[0]) is not None


PLURAL_SUBJECT_ENDINGS = ("lar", "ler")
"""A group named in the plural without a case: the subject of its clause, the doer itself."""


def _doers_pointed_at(forms: list[str], groups: dict[int, str], index: int) -> bool:
    """Tell whether ``onlar``, ``hepsi`` at ``index`` points at the doers of a deed done to a group, not at the group.

    ``Göçmenleri botlara bindiren organizatörler yakalanmış. Asıl suçlu onlar``: after the group named last, a
    subject participle and the noun it heads (who did it) stand before the pointer; they are whom it points at,
    unless that noun is itself a group word or the group was named as the subject (``Suriyeliler``).

    >>> forms = ["göçmenleri", "botlara", "bindiren", "organizatörler", "yakalanmış", "asıl", "suçlu", "onlar"]
    >>> _doers_pointed_at(forms, {0: "migrant"}, 7), _doers_pointed_at(["göçmenler", "geldi", "hepsi"], {0: "m"}, 2)
    (True, False)
    """
    named = [group for group in groups if group < index]
    if not named:
        return False
    last = max(named)
    if forms[last].endswith(PLURAL_SUBJECT_ENDINGS):
        return False  # "Suriyeliler gelen yardımları satıyor, hepsi …": the group itself does it
    return any(
        forms[between]
        and _people_noun(forms[between + 1])
        and between + 1 not in groups
        and subject_participle(forms[between])
        for between in range(last + 1, index - 1)
    )


COLLECTIVES = ("çete", "şebeke", "grup", "örgüt", "adam", "kişi")
"""Nouns of people in the singular that a participle may head (``yapan çete``, ``bindiren adam``)."""


def _people_noun(form: str) -> bool:
    """Tell whether ``form`` may name the people a participle heads: a plural or a collective (not ``bir şey``)."""
    return PLURAL_HEAD_RE.search(form) is not None or form.startswith(COLLECTIVES)


KIN_AFTER_SEX = ("kardeş", "arkadaş")
"""Nouns a sex's word makes a relative or a friend (``kız kardeşim``, ``kız arkadaşı``): one person, no group."""
BOTH_SEXES = {"kadın": "erkek", "erkek": "kadın", "kız": "oğlan", "oğlan": "kız", "kadınlı": "erkekli",
              "erkekli": "kadınlı"}
"""A sex's word with the other right after or before it (``kadın erkek fark etmez``, ``kızlı oğlanlı``): everyone."""


def _one_of_both_or_kin(forms: list[str], index: int) -> bool:
    """Tell whether a sex's word names a sibling or friend, or both sexes together, not women as a group.

    >>> _one_of_both_or_kin(["kız", "kardeşim", "evde"], 0), _one_of_both_or_kin(["mutfakta", "kadın", "erkek"], 1)
    (True, True)
    >>> _one_of_both_or_kin(["kadınlar", "evde"], 0)
    False
    """
    form, following = forms[index], _next_word(forms, index)
    if form in ("kız", "kadın", "bayan") and following.startswith(KIN_AFTER_SEX):
        return True
    other = BOTH_SEXES.get(form)
    previous = forms[index - 1] if index else ""
    return other is not None and (following.startswith(other) or previous.startswith(other))


OWN_KIN = frozenset([
    "annem", "babam", "oğlum", "kızım", "eşim", "kardeşim", "ağabeyim", "abim", "ablam", "dedem", "ninem",
    "anneannem", "babaannem", "amcam", "dayım", "teyzem", "halam", "yeğenim", "torunum", "kocam", "karım",
    "çocuğum", "oğlumuz", "kızımız", "çocuğumuz",
])
"""The speaker's relatives: a group word right after one tells that relative's condition (``Ağabeyim felçli``)."""
OWN_ROLE_REACH = 10
"""Words after ``X olarak`` within which a first-person form makes X the speakers' own group."""
OWN_BEING_RE = re.compile(r"olduğum(?:uz)?(?:u|a|da|dan|la)?")
"""The first person's participle of ``olmak`` (``olduğumu``, ``olduğumuz``): what the speaker is."""


def _sentences(tokens: list[Token], text: str) -> tuple[int, ...]:
    """Return the sentence of each word: how many sentence ends stand before it.

    >>> from gazete.moderation.normalize import words
    >>> text = "Sinagog saldırısını kınıyorum. Terör bitsin!  Yeter"
    >>> _sentences(words(text), text)
    (0, 0, 0, 1, 1, 2)
    """
    # The marks, found once: a word opens a sentence when a mark stands between it and the word before it.
    marks = [match.start() for match in SENTENCE_END_RE.finditer(text)]
    if not marks:
        return (0,) * len(tokens)
    found: list[int] = []
    sentence = 0
    previous_end = 0
    next_mark = 0
    for token in tokens:
        while next_mark < len(marks) and marks[next_mark] < previous_end:
            next_mark += 1
        if found and next_mark < len(marks) and marks[next_mark] < token.start:
            sentence += 1
        found.append(sentence)
        previous_end = token.end
    return tuple(found)


def _sentence_start(text: str, start: int) -> bool:
    """Tell whether the word at ``start`` opens a sentence (only spaces and quotes after . ! ? or the start)."""
    index = start - 1  # back over what rstrip(SENTENCE_LEAD) would strip, without copying the text before the word
    while index >= 0 and text[index] in SENTENCE_LEAD:
        index -= 1
    return index < 0 or text[index] in ".!?\n:;"


SENTENCE_LEAD = frozenset(" \t\"'“‘«(")
"""What may stand between a sentence's end and its first word (spaces, opening quotes and brackets)."""


def _near(indexes: AbstractSet[int] | dict[int, str], index: int, window: int = WINDOW) -> int | None:
    """Return the index in ``indexes`` nearest to ``index`` within ``window`` words, or None."""
    near = [other for other in indexes if other != index and abs(other - index) <= window]
    return min(near, key=lambda other: abs(other - index)) if near else None


NOUNS_OF_DEATH_WISHES = DISEASE_WISHED | LIFE_NOUNS | UNSEEN_DAYS | FALLEN_ON | frozenset(["sağ", "altında", "başına"])
"""Besides the death nouns, the words a death wish or threat is read from in :func:`_verb_findings`' first loop."""
PREFIXES_OF_DEATH_WISHES = ("nefret", *DISEASE_WISHED_DATIVE)
"""The beginnings of the other words that loop reads from (hatred voiced, a disease wished on someone)."""


FALLEN_INTO_PEOPLE = ("yer", "el", "ayağ", "ayak", "başı", "kucağ", "pençe", "tuzağ")
"""Openings of datives a fall into is a harm or a capture (``yere düşsün``, ``elime düşsün``, ``tuzağa düşsün``)."""


FALLING_QUANTITIES = ("fiyat", "kira", "faiz", "enflasyon", "oran", "zam", "vergi", "dolar", "avro", "euro", "döviz",
                      "sıcaklık", "ısı", "maliyet", "fatura", "ücret", "rakam", "yağış", "yağmur", "not")
"""Openings of what falls as a number or from the sky (``fiyatlar da düşsün``, ``faizler düşsün``, ``yağmur da``)."""
PARTICLES_BEFORE_FALL = frozenset(["da", "de", "biraz", "artık", "bir", "bi", "hemen", "azıcık"])
"""Words that may stand between a falling quantity and ``düş-`` (``fiyatlar da biraz düşsün``)."""


def _fallen_into_a_thing(forms: list[str], index: int) -> bool:
    """Tell whether ``düş-`` at ``index`` falls back, into a thing or as a number (``fiyatlar da düşsün``).

    >>> _fallen_into_a_thing(["sisteme", "geri", "düşsün"], 2), _fallen_into_a_thing(["hesaba", "düşsün"], 1)
    (True, True)
    >>> _fallen_into_a_thing(["fiyatlar", "da", "düşsün"], 2), _fallen_into_a_thing(["bu", "adam", "düşsün"], 2)
    (True, False)
    >>> _fallen_into_a_thing(["uçağı", "yere", "düşsün"], 2), _fallen_into_a_thing(["elime", "düşsün"], 1)
    (False, False)
    >>> _fallen_into_a_thing(["inşallah", "düşsün"], 1)
    False
    """
    before = forms[index - 1] if index else ""
    if before == "geri":
        return True
    subject = index - 1
    while subject > 0 and forms[subject] in PARTICLES_BEFORE_FALL:
        subject -= 1
    if subject >= 0 and forms[subject].startswith(FALLING_QUANTITIES):
        return True
    return DATIVE_RE.fullmatch(before) is not None and not before.startswith(FALLEN_INTO_PEOPLE)


def _verb_findings(read: _Read) -> list[Finding]:
    """Find calls for violence, expulsion and death, death wishes and threats from the verbs."""
    found = []
    forms = read.forms
    # A word begins with a string only if the words joined hold it: one search rules most comments out.
    joined = read.joined
    wishes = not INSHALLAH.isdisjoint(forms)
    hell = "cehennem" in joined and any(form.startswith("cehennem") for form in forms)
    likened = {i for i, f in enumerate(forms) if f.startswith("gibiler")} if "gibiler" in joined else set()
    group_targets = set(read.groups) | read.anaphora | likened
    targets = read.targets | group_targets
    # "hak etmedi" (did not deserve it) denies what "hak ettiler" gloats over
    gloating = {
        index
        for index, form in enumerate(forms)
        if form in GLOATING_TABLE and not (form == "hak" and _next_word(forms, index).startswith("etm"))
    }
    god = any(name in joined for name in ("allah", "tanrı", "rabb")) and any(
        form.startswith(("allah", "tanrı", "rabb")) for form in forms
    )
    for index, form in enumerate(forms):
        death_noun = form in DEATH_NOUN_TABLE
        if not death_noun and form not in NOUNS_OF_DEATH_WISHES and not form.startswith(PREFIXES_OF_DEATH_WISHES):
            continue  # none of the words the checks below begin with: most words
        following = _next_word(forms, index)
        if form in DISEASE_WISHED and following != "cezası" and (
            _wanted_after(forms, index)
            or _become_wished(forms, index)
            or _suffered_wished(forms, index, wishes)
        ):
            found.append(_finding(OFFENSIVE, "death_wish", index, None, STRONG))
        if _hatred_voiced(forms, index) and (hated := _hated(forms, index, group_targets)) is not None:
            found.append(_finding(OFFENSIVE, "hatred", index, hated, CLEAR))
        wished_after = forms[index + 1 : index + 4]
        # "ölüm cezası geri gelsin": the death penalty called for, a view, not a death wished on anyone
        # "hiçbir annenin oğlunun tabutu çıkmasın": that no one's coffin come out is wished, no one cursed
        no_ones = not NO_ONES.isdisjoint(forms[max(0, index - NO_ONE_REACH) : index])
        if death_noun and "nurla" not in wished_after and not following.startswith("ceza") and any(
            other.startswith(DEATH_WISH_VERBS)
            and _wished_form(other, wishes)
            and not (no_ones and DENIED_WISH_RE.fullmatch(other) is not None)
            for other in wished_after
        ):
            found.append(_finding(OFFENSIVE, "death_wish", index, None, STRONG))
        if form == "sağ" and (
            NO_SURVIVOR_RE.fullmatch(" ".join(forms[index + 1 : index + 3])) or NO_SURVIVOR_RE.fullmatch(following)
        ):
            found.append(_finding(OFFENSIVE, "threat", index, index + 1, STRONG))
        cut_short = wished_after[:1] == ["kısa"] and _wished_form(_next_word(wished_after, 0), wishes)
        if form in LIFE_NOUNS and (cut_short or any(_life_taken(other, wishes) for other in wished_after)):
            # "Allah canını alsın", "ömrünü kısa etsin"
            found.append(_finding(OFFENSIVE, "death_wish", index, None, STRONG))
        curse = death_noun and following in SEEING_CURSE  # "ölünü göreyim"
        struck = form.startswith(DISEASE_WISHED_DATIVE) and following in CAUGHT  # "kansere yakalan"
        unseen = form in UNSEEN_DAYS and following in NOT_SEEING and (
            wishes or following.endswith(("sin", "sinler"))
        )  # "inşallah yarının sabahını göremez"
        # "inşallah çığın altında kalır"; the optative wishes by itself ("enkaz altında kalsınlar")
        buried = form == "altında" and following in BURIED and (wishes or following in BURIED_WISHED)
        if curse or struck or unseen or buried:
            found.append(_finding(OFFENSIVE, "death_wish", index, index + 1, STRONG))
        if form == "başına" and any(
            (reading := read.verbs.get(other)) is not None
            and reading.stem == "gel"
            and reading.mood == "optative"
            and not reading.negated  # "kimsenin başına gelmesin": may it befall no one
            for other in range(index + 1, min(len(forms), index + 5))
        ):
            found.append(_finding(OFFENSIVE, "death_wish", index, None, STRONG))
        elif form in FALLEN_ON and (fallen := _fall_wished(forms, index)) is not None:
            found.append(_finding(OFFENSIVE, "death_wish", index, fallen, STRONG))  # "başlarına çöksün"
    for index, verb in read.verbs.items():
        stem = verb.stem
        if reported(forms, index) or _benign_object(forms, index, stem):
            continue
        following = _next_word(forms, index)
        called = _called_for(read, index)
        target = _near(targets, index)
        group = _near(group_targets - read.individuals, index, WINDOW + 4)
        cursed = god and verb.mood == "optative" and verb.person != PERSON_1
        harmful = called or verb.first_person_intent or verb.mood == "curse" or cursed
        # "kendi ellerimle gömerim": harm done with one's own hands is aimed at someone, named or not
        own_hands = verb.first_person_intent and "ellerimle" in forms[max(0, index - OWN_HANDS_REACH) : index]
        aimed = stem in ALWAYS_VIOLENT_VERBS or target is not None or own_hands
        if not aimed and stem in VIOLENT_VERBS and verb.first_person_intent and not verb.negated and not verb.passive:
            # "beni ağlatanı kurşuna dizerim": the one who did it, named by a participle, is threatened
            target = _doer_object_before(forms, index)
            aimed = target is not None
        if forms[index - 1 : index] == ["lütfen"]:
            continue  # "Lütfen silin": a request
        if called and _asked_why(read, index):
            continue  # "Kadın oyuncular neden sahneden silinsin?": the call asked why, so refused
        if stem in VIOLENT_VERBS and not verb.negated and harmful and aimed:
            kind = "threat" if verb.person == PERSON_1 else "violence"
            found.append(_finding(OFFENSIVE, kind, index, target, STRONG))
            continue
        if stem in VIOLENT_VERBS and not verb.negated and verb.first_person_intent:
            harmed = _objects_before(forms, index, HARMED_OBJECTS, THREAT_OBJECT_WINDOW + 1)
            if harmed:  # "kafanı taşla yararım", "şubelerini ateşe vereceğiz"
                found.append(_finding(OFFENSIVE, "threat", index, harmed[0], STRONG))
                continue
        if stem in UNCONDITIONAL_DEATH and (
            verb.person == PERSON_1
            or FIRST_PERSON_RE.fullmatch(forms[index]) is not None
            or (
                (target is None or (forms[index].startswith("kahrolas") and _cursed_thing_next(forms, index)))
                and _curses_a_thing(forms, index)
            )
            or ABOUT_TO_RE.fullmatch(_next_word(forms, index)) is not None
        ):
            # "okuyunca kahroldum" (I was crushed), "Kahrolsun savaş!" (a slogan), "gebermek üzereydik sıcaktan"
            # (we were about to die of the heat): no one's death wished
            continue
        if stem == "yan" and _a_light_shines(forms, index):
            continue  # "Işıklar hep yansın", "mumlar yansın": a light wished to shine, no one burnt
        if stem in DEATH_VERBS and following.startswith("gibi"):
            continue  # "sıcaktan cehennemde yanacak gibiyiz", "ölecek gibi oldum": a likening, no death wished
        if stem == "düş" and _fallen_into_a_thing(forms, index):
            continue  # "randevu sisteme geri düşsün": a thing falls back into a list, no one falls to death
        if stem in DEATH_VERBS and not verb.negated:
            # a gloat is said of the death in its sentence ("ölen hacılar için … daha iyi önlem" is no gloat)
            gloat = _near(read.in_sentence_of(gloating, index), index, GLOAT_WINDOW) is not None
            wished = (verb.mood in ("optative", "curse") and verb.person != PERSON_1) or (
                verb.mood == "imperative" and stem in UNCONDITIONAL_DEATH
            )
            hoped = wishes or hell or gloat
            # "yarın ölse lira değer kazanır": a death that would better the world is wished (people's deaths only)
            better = (
                verb.mood == "conditional"
                and stem in BETTER_OFF_DEATHS
                and not forms[index].endswith(("m", "k"))  # "ölseydim", "ölsek": the speaker's own death
                and OWN_KIN.isdisjoint(forms[max(0, index - 3) : index])  # "annem ölse kimse ağlamaz mı": one's own
                and _better_off(read, index)
            )
            wished = wished or (
                verb.mood in ("aorist", "future", "conditional") and verb.person != PERSON_1 and (hoped or better)
            )
            wished = wished or (gloat and verb.mood in ("participle", "past"))
            # "ölmesini istiyorum", "ölmesini bu kadar istedim"
            wished = wished or (verb.mood == "infinitive" and _wanted_after(forms, index))
            deserved = verb.mood == "conditional" and _deserved_after(forms, index)  # "ölse yeridir"
            wished = wished or deserved
            aimed_at = target is not None or hell or deserved or verb.mood in ("optative", "infinitive")
            aimed_at = aimed_at or (wishes and stem in PERSON_DEATH_STEMS) or better  # "inşallah … boğulur"
            if wished and (stem in UNCONDITIONAL_DEATH or aimed_at):
                found.append(_finding(OFFENSIVE, "death_wish", index, target, STRONG))
                continue
            if stem in UNCONDITIONAL_DEATH and verb.mood not in ("progressive", "past"):
                found.append(_finding(OFFENSIVE, "death_wish", index, target, CLEAR))
                continue  # not "insan kahroluyor" (one is crushed), told, no wish
        expels = called or (verb.first_person_intent and stem not in NO_INTENT_STEMS)
        expels = expels and not (index > 0 and forms[index - 1] in THING_OBJECTS)  # "bunu ayırmak"
        if group is None and called and stem in EXPEL_VERBS and FROM_HOMELAND_RE.fullmatch(forms[index - 1]):
            # "Yahudilerin … tapuları iptal edilip ülkeden çıkarılmalılar": sent out of the country, the group
            # named far before as the one spoken of (not "mültecilere yardım eden …": a dative is someone else)
            subjects = {
                other for other in group_targets - read.individuals if not OBJECT_CASE_RE.fullmatch(forms[other])
            }
            group = _near(subjects, index, len(forms))
        if (
            stem in EXPEL_VERBS
            and not verb.negated
            and group is not None
            and expels
            and not _neither_nor(forms, index)
            and not _to_a_place(forms, index, verb, read.proper, read.groups)
            and not _recipient(read, group, index, stem)
            and not _exporting(forms, index, verb, group)
        ):
            found.append(_finding(OFFENSIVE, "expel", index, group, STRONG))
            continue
        wished_not = verb.calls or verb.mood == "curse" or (verb.mood in ("aorist", "conditional") and wishes)
        spared_none = forms[index - 1 : index] in (["sağ"], ["canlı"]) and (verb.first_person_intent or verb.calls)
        # "onu yaşatmam", "sizi yaşatmayacağız": the speaker will not let someone named live
        unspared = stem == "yaşat" and verb.person == PERSON_1 and forms[index - 1 : index] != [] and (
            forms[index - 1] in SPARED_OBJECTS and not following.startswith(NEEDED)
        )  # not "onu yaşatmam gereken …": a noun, what I must keep alive
        if stem in NEGATED_HARM_VERBS and verb.negated and (spared_none or unspared):  # "kimseyi sağ bırakmayız"
            found.append(_finding(OFFENSIVE, "threat" if verb.person == PERSON_1 else "violence", index, None, STRONG))
            continue
        before = forms[index - 1] if index else ""
        if stem in ("kal", "bırak") and (
            before in STATE_COMPLEMENTS or PRIVATIVE_RE.fullmatch(before) or _left_in_a_state(forms, index, read.proper)
        ):
            continue  # "kimse cezasız kalmamalı", "evsiz bırakılmamalı", "kâğıtta kalmasın": a state, not survival
        if stem == "kal" and NEGATIVE_PARTICIPLE_RE.fullmatch(before):
            continue  # "dinlemeyen kalmasın": let everyone listen, no one's survival
        if stem in NEGATED_HARM_VERBS and verb.negated and wished_not:
            # "… eğitimi kâğıtta kalmasın" two sentences after a group is not said of it: the group's own sentence
            spared = _near(read.in_sentence_of(group_targets - read.individuals, index), index, WINDOW + 4)
            if spared is None:
                spared = _near(read.in_sentence_of(targets, index), index)
            if spared is not None:
                found.append(_finding(OFFENSIVE, "death_wish", index, spared, CLEAR))
                continue
        if stem == "at" and not verb.negated and (verb.first_person_intent or verb.calls) and _thrown_off(forms, index):
            found.append(_finding(OFFENSIVE, "threat", index, index, STRONG))  # "kendisini pencereden atacağım"
            continue
        if stem == "gör" and not verb.negated and "gününü" in (following, forms[index - 1] if index else ""):
            found.append(_finding(OFFENSIVE, "threat", index, index, STRONG))  # "görür gününü", in any person
            continue
        if stem in THREAT_VERBS and verb.person in (PERSON_1, PERSON_2) and not verb.negated:
            objects = _objects_before(forms, index, THREAT_OBJECTS, THREAT_OBJECT_WINDOW)
            if objects and verb.person == PERSON_1 and forms[objects[0]].startswith(SUFFERED_OBJECTS):
                continue  # "bunun bedelini hepimiz öderiz", "cezasını ben çekiyorum": the speaker pays
            if not objects and stem == "bul" and following in ADDRESSED_OBJECTS:
                objects = [index + 1]  # "bulurum seni": the one threatened after the verb
            welcome = stem == "bekle" and all(forms[other] in PLAIN_OBJECTS for other in objects)
            if objects and not welcome and verb.mood in ("future", "aorist", "progressive", "past_conditional"):
                found.append(_finding(OFFENSIVE, "threat", index, objects[0], STRONG))
    return found


def _exporting(forms: list[str], index: int, verb: VerbReading, group: int) -> bool:
    """Tell whether ``ihraç et`` at ``index`` exports (``Kürt üreticiler ürünlerini ihraç etsin``), not expels.

    A group is expelled when it is the passive's subject (``ihraç edilmeli``) or the object (``hakemleri ihraç
    etmeli``); a group as the active verb's subject is the one exporting.

    >>> reading = VerbReading(stem="ihraçet", passive=False, negated=False, mood="optative", person="3")
    >>> _exporting(["kürt", "üreticiler", "ürünlerini", "ihraç", "etsin"], 4, reading, 0)
    True
    >>> _exporting(["eşcinsel", "hakemleri", "ihraç", "etsin"], 3, reading, 0)
    False
    """
    if forms[index - 1 : index] != ["ihraç"] and not forms[index].startswith("ihraç"):
        return False
    # the group word or the noun it qualifies (``eşcinsel hakemleri``) in the accusative is the one expelled
    return not verb.passive and not any(OBJECT_CASE_RE.fullmatch(form) for form in forms[group : min(group + 2, index)])


NEEDED = ("gerek", "lazım", "şart", "için")
"""Words after a verbal noun in ``-mam`` that make it one (``yaşatmam gerek``), no first-person verb."""
SPARED_OBJECTS = frozenset(["onu", "seni", "sizi", "onları", "hepsini", "hepinizi", "kimseyi"])
"""People a first-person ``yaşatmam`` is said of right before it (``onu yaşatmam``): not an ordeal (``bu acıyı
kimseye yaşatmam``, I would make no one suffer it)."""
SUFFERED_OBJECTS = ("bedel", "ceza")
"""Objects whose verb's subject bears the cost (``bedelini ödersin``, ``cezanı çekeceksin``): with a first-person
verb the speaker pays, no threat (``bunun bedelini hepimiz öderiz``); ``bıçağı çekerim`` still threatens."""


BEING_WISHED_RE = re.compile(r"ol(?:sun|sunlar|as[ıi]n|as[ıi]n[ıi]z|as[ıi]ca|as[ıi]calar)")
"""A wish that someone become something (``kanser olsun``, ``felç olasıca``): after a deadly ill, a death wish."""


MOURNING_DENIED = ("ağlamaz", "üzülmez", "yas", "aramaz", "üzülmezdi", "ağlamazdı")
"""After ``kimse``, no one would mourn (``kimse ağlamaz``, ``kimse yas tutmaz``): beside a conditional death, a wish."""
BETTER_OFF = ("mutlu", "adil", "huzur", "değer", "helva", "rahatla", "kurtul")
"""What the world is said to gain if someone died (``ölse TL değer kazanır``, ``lig daha adil olurdu``, ``en mutlu
insan olurum``, ``helva kavururum``, ``edebiyat rahatlar``; ``daha iyi`` too): beside a conditional death, a death
wish."""
BETTER_OFF_REACH = 8
"""How many words after a conditional death its gain may stand."""
ABOUT_TO_RE = re.compile(r"üzere(?:ydim|ydik|yim|yiz|ydi[mk]|yken)")
"""``üzere`` with the speaker or a time clause after an infinitive (``gebermek üzereydik``): a plight told, no wish."""
BETTER_OFF_DEATHS = frozenset({"öl", "boğul", "geber", "canver", "külol", "yokol", "helakol"})
"""Deaths that, said to better the world, are wished on someone (not ``batsa``, ``düşse``: firms and prices)."""
BETTER_DENIED_RE = re.compile(r"\w*(?:m[ae]z|m[ae]m|m[ae]y[ıi]z|[ae]m[ae]m|[ae]m[ae]z)\w*")
"""A gain denied (``mutlu olamam``, ``huzur bulmaz``): grief, not a wish."""


WANTED_DEED_RE = re.compile(r"\w+m[ae](?:s[ıi]|l[ae]r[ıi])n[ıi]")
"""A verbal noun possessed in the accusative (``gönderilmesini``, ``gitmelerini``): another's deed one wants."""
WANTED_REACH = 3
"""Words after a verbal noun of death its verb of wanting may stand (``ölmesini bu kadar istedim``)."""


DOER_OBJECT_RE = re.compile(r"\w{2,}(?:[ae]n[ıi]|[ae]nlar[ıi]|[ae]nler[ıi])")
"""A participle naming who did something, in the accusative: the object of a deed (``yazanı``, ``yapanları``)."""
PARTICIPLE_SEGMENTS = frozenset(["an", "en", "yan", "yen"])
"""The word model's segments of the subject participle (``yap``+``an``, ``imzala``+``yan``)."""


def subject_participle(word: str, endings: int = 0) -> bool:
    """Tell whether the word model splits ``word`` as a subject participle followed by ``endings`` segments.

    The split tells a participle (``ağla``+``t``+``an``+``ı``, who made cry; ``al``+``an``, who bought) from a noun
    that ends alike (``zaman``+``ı``, ``insan``).

    >>> subject_participle("ağlatanı", endings=1), subject_participle("zamanı", endings=1), subject_participle("alan")
    (True, False, True)
    """
    model = get_model()
    segments = model.analyse(word, common_only=True) if model is not None else None
    return segments is not None and len(segments) >= 2 + endings and segments[-1 - endings] in PARTICIPLE_SEGMENTS


AGENT_OBJECT_RE = re.compile(r"\w{2,}[cç][ıiuü](?:y[ıiuü]|lar[ıi]|ler[ıi])")
"""A noun of someone's trade in the accusative (``sağlıkçıyı``, ``satıcıyı``, ``pompacıları``)."""
PEOPLE_AS_OBJECTS = frozenset(
    stem + ending
    for stem in ("adam", "herif", "muhabir", "hakem", "müdür", "başkan", "vekil", "yazar", "doktor", "memur",
                 "şoför", "sürücü", "komşu", "görevli", "sunucu", "patron", "hoca")
    for ending in ("ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "ları", "leri")
)
"""People named in the accusative (``adamı``, ``muhabiri``, ``komşuyu``): the one a first-person blow is aimed at."""


def _doer_as_object(form: str) -> bool:
    """Tell whether ``form`` is a participle naming who did something, in the accusative (``yazanı``, ``yapanları``).

    >>> _doer_as_object("yazanı"), _doer_as_object("zamanı")
    (True, False)
    """
    return DOER_OBJECT_RE.fullmatch(form) is not None and subject_participle(form, endings=1)


def _doer_object_before(forms: list[str], index: int) -> int | None:
    """Return the index of an object naming a person just before the verb at ``index``, or None.

    A participle (``bunu yazanı döverim``), a noun of a trade (``o sağlıkçıyı vururum``) or a person
    (``adamı döverim``); not a thing (``zamanı keserim``).

    >>> _doer_object_before(["bunu", "yazanı", "döverim"], 2), _doer_object_before(["zamanı", "keserim"], 1)
    (1, None)
    >>> _doer_object_before(["o", "sağlıkçıyı", "vururum"], 2), _doer_object_before(["adamı", "döverim"], 1)
    (1, 0)
    """
    for other in range(index - 1, max(-1, index - THREAT_OBJECT_WINDOW - 1), -1):
        if _doer_as_object(forms[other]):
            return other
        if AGENT_OBJECT_RE.fullmatch(forms[other]) is not None or forms[other] in PEOPLE_AS_OBJECTS:
            return other
    return None


def _wanted_after(forms: list[str], index: int) -> bool:
    """Tell whether a verb of wanting follows the verbal noun at ``index`` within three words (``ölmesini bu kadar
    istedim``); a denied wanting is none (``istemem``, ``istemiyorum`` are no wanting forms)."""
    return any(form in WANTING for form in forms[index + 1 : index + 1 + WANTED_REACH])


def _better_off(read: _Read, index: int) -> bool:
    """Tell whether a conditional death is followed by what the world would gain by it (``ölse … daha adil olur``).

    >>> from gazete.moderation.normalize import words
    >>> text = "O yönetmen yarın ölse lira değer kazanır."
    >>> _better_off(read_comment(words(text), text), 3)
    True
    >>> text = "Annem ölse ben bir daha mutlu olamam."
    >>> _better_off(read_comment(words(text), text), 1)
    False
    """
    forms = read.forms
    for other in range(index + 1, min(len(forms), index + BETTER_OFF_REACH + 1)):
        if not read.same_sentence(other, index):
            return False
        better = forms[other].startswith(BETTER_OFF) or (forms[other] == "iyi" and forms[other - 1] == "daha")
        if better:
            following = forms[other + 1 : other + 3]
            return not any(BETTER_DENIED_RE.fullmatch(form) or form in NEGATORS for form in following)
        if forms[other] == "kimse" and _next_word(forms, other).startswith(MOURNING_DENIED):
            return True  # "kazada gitse kimse yas tutmaz", "ölse kimse ağlamaz"
    return False


SUFFERING_WISHED_RE = re.compile(r"geçir(?:sin|sinler|esice|esiceler)")
"""An ill wished suffered (``felç geçirsin``, ``kriz geçiresice``)."""


def _suffered_wished(forms: list[str], index: int, wishes: bool) -> bool:
    """Tell whether a deadly ill is wished suffered (``felç geçirsin``), or hoped for (``kalp krizi geçirir umarım``).

    >>> _suffered_wished(["başkanı", "felç", "geçirsin"], 1, False)
    True
    >>> _suffered_wished(["krizi", "geçirir", "umarım"], 0, True), _suffered_wished(["krizi", "geçirdi"], 0, True)
    (True, False)
    """
    after = [word for word in forms[index + 1 : index + 3] if word not in ("filan", "falan", "bir")]
    if not after:
        return False
    return SUFFERING_WISHED_RE.fullmatch(after[0]) is not None or (wishes and after[0] in ("geçirir", "geçirirler"))


def _become_wished(forms: list[str], index: int) -> bool:
    """Tell whether a deadly ill is wished as what someone should become (``kanser olsun``, ``felç olasıca``).

    Not ``kriz olsun salgın olsun`` (whether a crisis or an epidemic): a second ``olsun`` makes it concessive.
    """
    following = _next_word(forms, index)
    return (
        BEING_WISHED_RE.fullmatch(following) is not None
        and not forms[index].startswith("kriz")
        and "olsun" not in forms[index + 2 : index + 4]
        and "olsun" not in forms[max(0, index - 2) : index]
    )


THROWN_TO = frozenset([
    "denize", "nehre", "göle", "kuyuya", "çukura", "pencereden", "balkondan", "köprüden", "uçurumdan", "camdan",
    "gölete", "baraja",
])
"""Where someone is thrown to be hurt or drowned (``denize atacağız``, ``pencereden atarım``)."""
THROWN_PERSON_RE = re.compile(r"(?:kendisini|kendini|onu|seni|sizi|onları|\w{2,}[ae]nl[ae]r[ıi])")
"""Someone thrown: a pronoun or those who did something (``kesenleri``); not a singular ``-anı`` (``divanı``)."""
THROWN_REACH = 5
"""How many words before ``at`` its person and its place may stand."""


def _thrown_off(forms: list[str], index: int) -> bool:
    """Tell whether ``at`` (throw) throws a person somewhere that hurts (``kesenleri denize atacağız``).

    >>> _thrown_off(["ağlarımızı", "kesenleri", "yakalarsak", "denize", "atacağız"], 4)
    True
    >>> _thrown_off(["çöpleri", "denize", "atmayın"], 2), _thrown_off(["seni", "listeden", "atarım"], 2)
    (False, False)
    """
    before = forms[max(0, index - THROWN_REACH) : index]
    return any(form in THROWN_TO for form in before) and any(THROWN_PERSON_RE.fullmatch(form) for form in before)


CHAIN_REACH = 4
"""How many words after a converb (``toplayıp``) the verb whose mood it shares may stand."""


def _called_for(read: _Read, index: int) -> bool:
    """Tell whether the verb at ``index`` calls for its act: a call mood, a verbal noun before ``lazım``/``gerek``
    (``gönderilmesi lazım``) or a verb of wanting (``gönderilmesini istiyorum``), or a converb chained to a call
    (``toplayıp gönderin``)."""
    verb = read.verbs[index]
    return (
        verb.calls
        or (verb.mood == "infinitive" and _next_word(read.forms, index) in NECESSITY)
        or (verb.mood == "infinitive" and _duty_after(read.forms, index))
        or (  # "gönderilmesini istiyorum"; not "dönmek istiyoruz", the speaker's own wish to go
            verb.mood == "infinitive"
            and WANTED_DEED_RE.fullmatch(read.forms[index]) is not None
            and _wanted_after(read.forms, index)
        )
        or _chained_to_a_call(read, index)
        or (verb.mood == "conditional" and not verb.negated and _deserved_after(read.forms, index))
    )


def _deserved_after(forms: list[str], index: int) -> bool:
    """Tell whether the conditional verb at ``index`` is said to be deserved (``dövülse yeridir``: a call in effect).

    ``yeridir``, ``yeri var``, ``müstahak``, ``azdır`` and ``az bile`` (even that would be too little) after it.

    >>> _deserved_after(["dövülse", "yeridir"], 0), _deserved_after(["gönderilseler", "az", "bile"], 0)
    (True, True)
    >>> _deserved_after(["gelse", "yeri", "hazır"], 0), _deserved_after(["kalsa", "az", "kalır"], 0)
    (False, False)
    """
    following = forms[index + 1 : index + 3]
    if not following:
        return False
    word = following[0]
    after = following[1] if len(following) > 1 else ""
    return (
        word in ("yeridir", "azdır")
        or word.startswith("müstahak")
        or (word == "yeri" and after in ("var", "vardır"))
        or (word == "az" and after == "bile")
    )


DUTY_STEMS = ("görev", "vazife", "borcu", "borcum")
"""Words that make an act someone's duty (``temizlemek belediyenin görevi``, ``kovmak boynumuzun borcu``)."""


def _duty_after(forms: list[str], index: int) -> bool:
    """Tell whether the infinitive at ``index`` is named a duty, at once or after whose it is.

    >>> _duty_after(["kovmak", "devletin", "görevidir"], 0), _duty_after(["kovmak", "görevimiz"], 0)
    (True, True)
    >>> _duty_after(["kovmak", "için", "görev", "verdiler"], 0)
    False
    """
    following = forms[index + 1 : index + 3]
    if following and following[0].startswith(DUTY_STEMS):
        return True
    if len(following) < 2 or following[0] == "için":  # "için" (for) ends like a genitive
        return False
    return following[0].endswith(GENITIVE_ENDINGS) and following[1].startswith(DUTY_STEMS)


def _chained_to_a_call(read: _Read, index: int) -> bool:
    """Tell whether a converb shares the call of the verb it is chained to (``otobüslere bindirilip … bırakılmalı``).

    A verb in ``-ıp`` has no mood of its own: ``toplayıp gönderin`` calls for both deeds.
    """
    if read.verbs[index].mood != "converb":
        return False
    for other in range(index + 1, min(len(read.forms), index + 1 + CHAIN_REACH)):
        verb = read.verbs.get(other)
        if verb is not None and verb.mood != "converb":
            return verb.calls and not verb.negated
    return False


OWN_HANDS_REACH = 3
"""How many words before a first-person verb of harm ``ellerimle`` may stand."""


def _left_in_a_state(forms: list[str], index: int, proper: frozenset[int]) -> bool:
    """Tell whether the locative before ``kal`` names a state (``kâğıtta``, ``dışında``), not a place to live or life.

    ``Kaynaştırma eğitimi kâğıt üzerinde kalmasın`` and ``engelliler eğitimin dışında kalmasın`` ask that
    something not stay so; ``hayatta kalmasın`` and ``bu ülkede kalmasınlar`` keep their reading.
    """
    before = forms[index - 1] if index else ""
    return (
        LOCATIVE_RE.fullmatch(before) is not None
        and not before.startswith(PLACES_TO_STAY)
        and index - 1 not in proper
    )


def _fall_wished(forms: list[str], index: int) -> int | None:
    """Return the verb that wishes something to fall on whoever ``başlarına``/``üstüne`` names, or None.

    ``Kiliseleri başlarına çökmesini diliyorum``, ``Allah üstlerine taş yağdırsın``: a collapse or a rain of
    stones wished on someone (optative, or ``-mesini`` before a verb of wanting).
    """
    for other in range(index + 1, min(len(forms), index + 4)):
        match = FALLING_RE.fullmatch(forms[other])
        if match is None:
            continue
        if match.group("mood").startswith("m"):
            return other if _next_word(forms, other) in WANTING or any(
                word in WANTING for word in forms[other + 1 : other + 4]
            ) else None
        return other
    return None


NO_ONES = frozenset(["hiçbir", "kimsenin", "kimseye", "hiçbirimizin"])
"""Words before a noun of death that make a denied wish about it everyone's good (``hiçbir annenin … tabutu
çıkmasın``); not ``mezarına kimse gelmesin``, where no one comes to someone's grave."""
NO_ONE_REACH = 4
"""Words before the noun of death such a word may stand (``hiçbir annenin oğlunun tabutu``)."""


DENIED_WISH_RE = re.compile(r"\w*m[ae](?:" + "|".join(WISH_ENDINGS) + ")")
"""A third-person optative denied (``çıkmasın``, ``görmesinler``): a wish that it not happen; not ``çıksın``."""


def _wished_form(form: str, wishes: bool) -> bool:
    """Tell whether a verb form is wished: optative (``alsın``, ``çıksın``), or aorist with ``inşallah`` (``görür``).

    >>> _wished_form("çıksın", False), _wished_form("görür", True), _wished_form("görür", False)
    (True, True, False)
    """
    return form.endswith(WISH_ENDINGS) or (wishes and AORIST_RE.fullmatch(form) is not None)


def _life_taken(form: str, wishes: bool) -> bool:
    """Tell whether ``form`` takes a life in a wish: optative (``alsın``), or aorist with ``inşallah`` (``verir``).

    >>> _life_taken("alsın", False), _life_taken("verir", True), _life_taken("verir", False)
    (True, True, False)
    >>> _life_taken("vermez", True), _life_taken("alır", True), _life_taken("okur", True)
    (False, True, False)
    """
    return form.startswith(TAKING_VERBS) and _wished_form(form, wishes)


def _unbelief_named(forms: list[str], index: int) -> bool:
    """Tell whether ``dinsiz`` at ``index`` names unbelief, not an insult: being it (``dinsiz olmak``), or listed.

    >>> _unbelief_named(["dinsiz", "olmanın"], 0), _unbelief_named(["dindarlara", "da", "dinsizlere", "de"], 2)
    (True, True)
    >>> _unbelief_named(["bu", "dinsizler", "cehennemlik"], 1)
    False
    """
    if not forms[index].startswith("dinsiz"):
        return False
    following = _next_word(forms, index)
    return following.startswith("ol") or following in ("de", "da")


def _likened_to_oneself(forms: list[str], index: int) -> bool:
    """Tell whether the animal at ``index`` is what the speaker likens themselves to (``köpek gibi çalıştım``).

    >>> _likened_to_oneself(["köpek", "gibi", "çalıştım"], 0), _likened_to_oneself(["köpek", "gibi", "bunlar"], 0)
    (True, False)
    """
    if _next_word(forms, index) != "gibi":
        return False
    return FIRST_PERSON_RE.fullmatch(_next_word(forms, index + 1)) is not None


def _curses_a_thing(forms: list[str], index: int) -> bool:
    """Tell whether the curse at ``index`` is said of an evil or a plight next to it (``Kahrolsun savaş!``).

    >>> _curses_a_thing(["kahrolsun", "savaş"], 0), _curses_a_thing(["kahrolsun", "bu", "zalimler"], 0)
    (True, False)

    An abstract noun is a thing too (``Kahrolsun bu susuzluk``, ``kahrolsun homofobi``), unless it names a people, a
    faith or a group (``Alevilik``, ``eşcinsellik``).

    >>> _curses_a_thing(["kahrolsun", "bu", "susuzluk"], 0), _curses_a_thing(["kahrolsun", "homofobi"], 0)
    (True, True)
    >>> _curses_a_thing(["kahrolsun", "alevilik"], 0), _curses_a_thing(["kahrolsun", "eşcinsellik"], 0)
    (False, False)

    Every kind of it is the same evil (``Kahrolsun her türlü şiddet``, ``kahrolsun bütün savaşlar``).

    >>> _curses_a_thing(["kahrolsun", "her", "türlü", "şiddet"], 0), _curses_a_thing(["kahrolsun", "tüm", "kürtler"], 0)
    (True, False)
    >>> _curses_a_thing(["gebermesini", "diliyorum", "bütün", "dünya", "rahatlar"], 0)
    False
    """
    start = index + 1
    while start < len(forms) and forms[start] in EVERY_KIND:
        start += 1  # only right after the curse: "gebermesini diliyorum, bütün dünya rahatlar" curses no evil
    around = forms[max(0, index - 2) : index + 3] + forms[start : start + 2]
    near = [form for form in around if form and form not in ("bu", "şu", "o")]
    return any(form.startswith(CURSED_THINGS) or _an_abstract_evil(form) for form in near)


EVERY_KIND = frozenset(["her", "türlü", "bütün", "tüm", "tümü", "bilumum"])
"""Words of every kind between a curse and the evil it is said of (``Kahrolsun her türlü şiddet``)."""


def cursed_thing_spans(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each ``kahrol-`` curse said of an evil or a plight, no one near it.

    ``Kahrolsun bu susuzluk``, ``Kahrolası yağmur``: the slogan's words hurt no one, and the learnt models, which saw
    them in death wishes, should not read them (:func:`gazete.moderation.combine.cleared_spans`).

    >>> text = "Kahrolsun bu susuzluk, bıktık artık."
    >>> from gazete.moderation.normalize import words
    >>> [text[start:end] for start, end in cursed_thing_spans(words(text), text)]
    ['Kahrolsun']
    >>> text = "Kahrolsun savaş çıkaran Ruslar"
    >>> cursed_thing_spans(words(text), text)
    []
    """
    forms = _forms(tokens, text)
    spans = []
    for index, form in enumerate(forms):
        if not form.startswith("kahrol") or not _curses_a_thing(forms, index):
            continue
        if any(group_kind(other) is not None for other in forms[max(0, index - WINDOW) : index + WINDOW + 1]):
            continue
        spans.append((tokens[index].start, tokens[index].end))
    return spans


ABSTRACT_NOUN_RE = re.compile(r"\w{3,}(?:l[ıiuü]k|l[ıiuü]ğ[ıiuü]|fobi\w*|izm[ıi]?)")
"""A noun of a quality or a doctrine (``susuzluk``, ``pahalılığı``, ``homofobi``, ``faşizmi``)."""


def _an_abstract_evil(form: str) -> bool:
    """Tell whether a word is an abstract noun that names no people, faith or group (``susuzluk``; not ``alevilik``)."""
    return (
        ABSTRACT_NOUN_RE.fullmatch(form) is not None
        and group_kind(form) is None
        and BELIEF_TABLE.stem_of(form) is None
    )


def _cursed_thing_next(forms: list[str], index: int) -> bool:
    """Tell whether the word right after ``kahrolası`` is an evil or a plight it is said of (``Kahrolası yağmurda``)."""
    return forms[index + 1 : index + 2] != [] and forms[index + 1].startswith(CURSED_THINGS)


FOLDED_CURSED_THINGS = tuple(ascii_fold(thing) for thing in CURSED_THINGS)
"""The evils a curse may be said of, folded: :func:`evil_cursed_at` reads lower-case words and folded keys alike."""
FOLDED_DEMONSTRATIVES = frozenset(["bu", "su", "o"])
"""Demonstratives, folded, that may stand between a curse and the evil (``… versin bu alkolün``)."""


def evil_cursed_at(words: list[str], start: int) -> bool:
    """Tell whether the words from ``start`` name an evil, in the genitive, that a curse just said is said of.

    ``Allah belasını versin bu alkolün``: an evil cursed, no one. Not when it is what someone did (``bu zammı
    yapanların``), nor an ill wished next (``bir sel gelsin``). The words may be lower-cased forms or folded keys (the
    threat phrases of :mod:`gazete.moderation.rules.offensive` read folded keys): both are folded here.

    >>> evil_cursed_at(["belasını", "versin", "bu", "alkolün"], 2)
    True
    >>> evil_cursed_at(["belasini", "versin", "bu", "alkolun"], 2), evil_cursed_at(["belasini", "versin", "adamin"], 2)
    (True, False)
    >>> evil_cursed_at(["belasını", "versin", "bir", "sel", "gelsin"], 2)
    False
    """
    folded = [ascii_fold(word) for word in words[start : start + 2]]
    following = [word for word in folded if word not in FOLDED_DEMONSTRATIVES]
    return bool(following) and following[0].startswith(FOLDED_CURSED_THINGS) and following[0].endswith(("in", "un"))


GENITIVE_ENDINGS = ("ın", "in", "un", "ün")
"""The genitive's endings (``alkolün``, ``kadının``): the possessor of what follows."""
LIGHTS = ("ışık", "mum", "kandil", "lamba", "fener", "meşale")
"""What ``yansın`` wishes to shine (``Işıklar hep yansın``): a blessing, not a burning."""


def _a_light_shines(forms: list[str], index: int) -> bool:
    """Tell whether the subject right before ``yan-`` (``hep``, ``hiç`` between) is a light (``Işıklar hep yansın``).

    >>> _a_light_shines(["ışıklar", "hep", "yansın"], 2), _a_light_shines(["hepsi", "yansın"], 1)
    (True, False)
    """
    before = [form for form in forms[max(0, index - 2) : index] if form not in ("hep", "hiç")]
    return bool(before) and before[-1].startswith(LIGHTS)


def _objects_before(forms: list[str], index: int, objects: frozenset[str], window: int) -> list[int]:
    """Return the indexes, in order, of the words among ``objects`` in the ``window`` words before ``index``."""
    return [other for other in range(max(0, index - window), index) if forms[other] in objects]


def _finding(code: str, kind: str, index: int, other: int | None, score: float) -> Finding:
    """Build a finding spanning ``index`` and, when given, ``other``."""
    if other is None:
        return Finding(code, kind, index, index, score)
    return Finding(code, kind, min(index, other), max(index, other), score)


CONSTRUCTIONS_BY_FIRST_WORD = by_first_word(GENERAL_CONSTRUCTIONS)


WITHOUT_RE = re.compile(r"\w+m[ae]d[ae]n")
"""A deed in the "without" form (``çalmadan``, ``bağırmadan``, ``etmeden``)."""
NEVER_ABLE_RE = re.compile(r"\w+[ae]m(?:[ae]z|[ıi]yor)(?:l[ae]r)?")
"""A verb of inability, told as a habit (``duramaz``, ``yaşayamazlar``, ``konuşamıyor``; not a question)."""


QUESTION_PARTICLES = ("mı", "mi", "mu", "mü")
"""The question particle: after a bar (``olamaz mı?``, ``alınmaz mı?``), or opening its personal forms
(``konuşamıyor muyuz``), what stands before it is asked, not said."""


def _cannot_without(forms: list[str], index: int) -> bool:
    """Tell whether the words at ``index`` say someone cannot live without a deed (``çalmadan yaşayamaz``).

    Said of a group, a habit given to all of it: a generalisation, however the deed is worded.

    >>> _cannot_without(["çalmadan", "duramazlar"], 0), _cannot_without(["bağırmadan", "konuşamıyor"], 0)
    (True, True)
    >>> _cannot_without(["kavga", "etmeden", "konuşamıyor", "muyuz"], 1), _cannot_without(["gelmeden", "önce"], 0)
    (False, False)
    """
    return (
        WITHOUT_RE.fullmatch(forms[index]) is not None
        and NEVER_ABLE_RE.fullmatch(_next_word(forms, index)) is not None
        and not _next_word(forms, index + 1).startswith(QUESTION_PARTICLES)
    )


def _constructions(forms: list[str]) -> list[tuple[int, int]]:
    """Return (first, last) indexes of every generalisation, exclusion or gloating set phrase, by first word.

    A one-word phrase also counts with the copula (``hastalıktır``, ``bulaşıcıdır``); a deed a group cannot
    live without is one too (:func:`_cannot_without`).
    """
    found = []
    for index, form in enumerate(forms):
        if form.endswith(("madan", "meden")) and _cannot_without(forms, index):
            found.append((index, index + 1))
            continue
        bare = form[:-3] if form.endswith(COPULA_ENDINGS) else form
        if bare != form and (bare,) in CONSTRUCTIONS_BY_FIRST_WORD.get(bare, ()):
            found.append((index, index))
            continue
        for phrase in CONSTRUCTIONS_BY_FIRST_WORD.get(form, ()):
            size = len(phrase)
            if tuple(forms[index : index + size]) == phrase and not (form == "tek" and _journey_told(forms, index)):
                found.append((index, index + size - 1))
    return found


TOLD_PAST_RE = re.compile(r"(?:al|ver|kes|dön|git|uç|bin)\w*(?:d[ıiuü]|t[ıiuü]|m[ıiuü]ş)(?:l[ae]r)?")
"""A verb of a journey told in the past (``aldı``, ``verilmiş``, ``döndüler``): what happened, not what is called
for (not ``bileti``, a ticket)."""
JOURNEY_REACH = 4
"""Words after ``tek yön`` a verb telling the journey may stand (``tek yön bilet aldı``)."""


def _journey_told(forms: list[str], index: int) -> bool:
    """Tell whether the one-way ticket at ``index`` is a journey told, not an exclusion called for.

    >>> _journey_told(["tek", "yön", "bilet", "aldı"], 0), _journey_told(["tek", "yön", "bilet", "verilsin"], 0)
    (True, False)
    """
    return any(TOLD_PAST_RE.fullmatch(form) for form in forms[index + 2 : index + 2 + JOURNEY_REACH])


HEARTH_BETWEEN = frozenset(["da", "de", "ise", "hep"])
"""Words that may stand between a gender and the hearth it is sent to (``kadınlar da ocak başına``); any other makes
the hearth a compound's head (``sağlık ocağına``, ``taş ocağına``)."""
PUNISHMENTS = ("ceza", "hapis", "hapsi", "infaz", "yaptırım", "müebbet")
"""A punishment (``cezası``, ``hapis``): said to be too little, it is a complaint about leniency."""
LENIENCY_REACH = 4


def _leniency_told(forms: list[str], index: int) -> bool:
    """Tell whether ``az bile`` (even too little) at ``index`` is said of a punishment, not of a disaster.

    >>> _leniency_told(["sürücüye", "kesilen", "ceza", "bana", "göre", "az", "bile"], 5)
    True
    >>> _leniency_told(["yananlar", "az", "bile"], 1)
    False
    """
    return any(form.startswith(PUNISHMENTS) for form in forms[max(0, index - LENIENCY_REACH) : index])


PLURAL_FORMS = ("lar", "ler", "ları", "leri", "ların", "lerin", "lara", "lere")
"""Plural endings of a group word that generalise over the group (``Suriyeliler``, ``kadınların``)."""


def _noun_findings(read: _Read) -> list[Finding]:
    """Find dehumanising words, generalised traits, set phrases and slurs aimed at a group."""
    found = []
    forms = read.forms
    # "kadınlar değil tacizciler suçludur": a group denied in a contrast is not the one spoken of
    group_targets = {index for index in read.groups if _next_word(forms, index) not in NEGATORS} | read.anaphora
    phrase_targets = group_targets - _beneficiaries(forms, read.groups)
    # Without a group, or said to condemn or praise, a word counts only as a slur by itself: no group to look for.
    plain = not group_targets or read.neutralised or read.praises
    generalised = not plain and (
        any(form in GENERALISERS for form in forms)
        or any(forms[index].endswith(PLURAL_FORMS) or forms[index].startswith(PEOPLE_OF) for index in read.groups)
    )  # a plural or a people named as one ("Ege insanı"): all of them
    for index, form in enumerate(forms):
        if not form:
            continue
        slur = form in SLUR_ALONE_TABLE
        if plain and not slur:
            continue
        group = _near(read.in_sentence_of(group_targets, index), index)
        following = _next_word(forms, index)
        if form.startswith(HERESY) and following.startswith("düş"):
            continue  # "dalalete, sapkınlığa düştüler": gone astray, a sermon's words
        if slur and not following.startswith(WORD_NAMED) and not _labelled_by_others(forms, index):
            faiths = [b for b in read.beliefs if not forms[b].startswith(GOD_OR_TEACHER)]
            if form.startswith(HERESY) and faiths and "sexual_orientation" not in read.groups.values():
                # "Alevilerin cem dediği şey eğlence. Sapkınlık bu.": a faith called deviant, no orientation named
                found.append(_finding(BELIEF, "belief", index, min(faiths, key=lambda b: abs(b - index)), CLEAR))
            else:
                found.append(_finding(OFFENSIVE, "slur", index, group, CLEAR))
            continue
        if plain or group is None:
            continue
        # "hiçbirinde hile görmedim": a bad trait none was seen with is denied (not "içlerinde dürüst yok": good)
        negated = _denied_after(forms, index) or (form in TRAIT_TABLE and following in NONE_FOUND)
        negated = negated or (form in TRAIT_TABLE and _said_of_no_one_else(forms, index, group))
        compared = following.startswith("gibi")
        acted_on = _acted_on(form)
        literal = not compared and (
            (index > 0 and forms[index - 1] in LITERAL_ANIMAL_BEFORE)
            or _listed_beside(forms, index, group)
            or ((_an_argument(form) or acted_on) and not _pointed_or_likened(forms, index))
        )
        literal = literal and not (acted_on and index - 1 in read.groups)  # "Suriyeli hayvanları": a likening
        literal = literal or following.startswith(HUSBANDRY_VERBS)  # "merada hayvan otlatıyoruz", "çöp toplayan"
        literal = literal or _disease_fought(forms, index) or _illness_named(forms, index)
        literal = literal or _illness_had(forms, index)  # "meme kanseri olan kadınlar": women who have it
        literal = literal or _place_turned_into(forms, index)  # "Taksim'i çöp yığınına çevirmiş": the place soiled
        literal = literal or SPEAKERS_OWN_RE.fullmatch(form) is not None  # "köpeğim yedi": the speaker's own dog
        literal = literal or _driven(forms, index)  # "dikkatli sürün": drive
        # "köylüler hayvanlarını bırakamaz": their animals, in a case (not "hayvanlarından farkı yok": a likening)
        literal = literal or (POSSESSED_IN_A_CASE_RE.fullmatch(form) is not None and not following.startswith("fark"))
        literal = literal or _illness_of_a_people(read, index)  # "Kadın hastalıkları uzmanı": gynaecology
        literal = literal and not _group_compound(read, index)  # "LGBT virüsünden", "dönme salgınına": the group
        literal = literal or (form in DEHUMANISING_TABLE and _real_animal(read, index))
        if (
            form in DEHUMANISING_TABLE
            and following not in COMPOUND_HEADS
            and not negated
            and not literal
            and not _derived(form)
        ):
            found.append(_finding(OFFENSIVE, "dehumanising", index, group, CLEAR))
        elif form in SLUR_TABLE and index not in read.groups and not _labelled_by_others(forms, index):
            found.append(_finding(OFFENSIVE, "slur", index, group, CLEAR))
        elif (
            (form in TRAIT_TABLE or _called_mentally_ill(read, index, group))
            and not _trade_in_people(read, index)
            and not _abstract_noun(forms, index)
            and not _felt(forms, index)
            and not negated
            and index not in read.groups
            and (generalised or _generic_truth(read, index, group) or _plural_of_a_people(read, group))
            and not _hearsay_refuted(forms, index)
            and not _an_act_called_treacherous(read, index)
            and not _someones_relation(read, index)
            and not _labelled_by_others(forms, index)  # "inananları cahil ilan etmeniz dogmatizm"
        ):
            found.append(_finding(OFFENSIVE, "generalisation", index, group, CLEAR))
    if not read.neutralised and not read.praises:
        found.extend(_nothing_but(read, group_targets))
        # Every set phrase needs a target among phrase_targets (or fewer): none, no phrase to look for.
        for first, last in _constructions(forms) if phrase_targets else ():
            targets = phrase_targets
            phrase = tuple(forms[first : last + 1])
            asked = not WHY_NOT.isdisjoint(forms[max(0, first - WHY_REACH) : first])
            if (phrase in GIVEN_TO and asked) or (phrase in GIVEN_IF_ASKED and not asked):
                continue  # "dedeye neden verilmesin?" (why not: it should be), "verilsin" (a call to give)
            if phrase in GIVEN_TO or phrase in GIVEN_IF_ASKED:  # "Suriyelilere neden vatandaşlık verilsin?"
                targets = {index for index in phrase_targets if _given_to(forms, index, first)}
            if phrase in WOMANS_PLACE:
                targets = {index for index in phrase_targets if read.groups.get(index) == "gender"}
            if phrase in REHABILITATED:  # "eşcinselleri rehabilitasyona", not "engelliler için rehabilitasyon"
                targets = {index for index in phrase_targets if read.groups.get(index) == "sexual_orientation"}
            if phrase in HEARTH:  # "kadınlar ocağa", "kadınlar da ocağa"; not "kadınlar sağlık ocağına"
                targets = {
                    index
                    for index in targets
                    if index == first - 1 or (index == first - 2 and forms[first - 1] in HEARTH_BETWEEN)
                }
            if phrase in BORDER and (_next_word(forms, last).startswith(DONE_ENDINGS) or _told(read, last + 1)):
                continue  # "sınır dışı edilen göçmenler", "edilmek üzere", "ediliyor": what was done, told
            if len(phrase) == 1 and _next_word(forms, last) in COMPOUND_HEADS:
                continue  # "hastalık listesinden çıkardı": the first noun of a compound names another thing
            if _illness_named(forms, first):
                continue  # "HIV yaygınlaşıyor, bu hastalık için test şart": the illness named, no group called sick
            if phrase == ("tedavi",) and _next_word(forms, last).startswith(TREATMENT_COMPOUND_HEADS):
                continue  # "Suriyeli hastaların tedavi masrafları": the costs of care, no cure demanded
            if phrase == ("tedavi",) and TREATED_RE.fullmatch(_next_word(forms, last)):
                continue  # "Suriyeli hastalar tedavi oluyormuş", "tedavi gördü": care told, not a cure demanded
            if phrase == ("az", "bile") and _leniency_told(forms, first):
                continue  # "sürücüye kesilen ceza bana göre az bile": a punishment too light, no gloating
            if phrase == ("tedavisi",) and first > 0 and first - 1 in read.groups and _one_persons(forms[first - 1]):
                continue  # "yakılan kadının tedavisi sürüyor": one person's care, no group called sick
            if phrase == ("tedavisi",) and _treatment_of_a_thing(read, first):
                continue  # "İngilizlerin diş tedavisi": the treatment of teeth, no group called sick
            if phrase in EXPLOITING:  # "Yahudiler dünyayı sömürüyor", not "göçmen işçiyi sömürüyor"
                targets = {index for index in targets if forms[index].endswith(("lar", "ler"))}
            if phrase in HARMING:  # "Suriyeliler topluma zarar veriyor", not "bu yasa kadınlara zarar veriyor"
                if _next_word(forms, last).startswith(QUESTION_PARTICLES):
                    continue  # "göçmenler ekonomiye zarar veriyor mu?": asked
                targets = {
                    index
                    for index in targets
                    if index < first
                    and forms[index].endswith(("lar", "ler"))
                    and _next_word(forms, index) not in NEGATORS  # "göçmenler değil, rant zarar veriyor"
                }
            if phrase in CONSPIRACY:  # "Ermenilerin oyunu", not "hakem oyunu kesti" near a group
                if _a_vote(forms, first):
                    continue  # "Kürt seçmenlerin oyunu isteyen parti": their votes, no plot
                targets = {index for index in phrase_targets if first - 3 <= index < first}
            group = _near(targets, first, WINDOW + 4)
            if phrase in GLOAT_PHRASES and (
                forms[first - 1 : first] == ["çok"] or _doer_nearer(read, first, group) or _success_told(read, first)
            ):
                continue  # "seçilmesi çok iyi olmuş" praises; "döven adam gözaltına alınmış, iyi olmuş" is his due
            if group is not None and not _denied_after(forms, last) and not _hearsay_refuted(forms, max(last, group)):
                found.append(Finding(OFFENSIVE, "generalisation", min(first, group), max(last, group), CLEAR))
    return found


VOTE_GETTING_RE = re.compile(r"(?:al|iste|kazan|topla|kaybet|ver|çal)\w*")
"""A verb of getting, wanting, winning or losing, after ``oyunu``: votes (``oyunu isteyen``, ``oyunu alamaz``)."""


def _a_vote(forms: list[str], index: int) -> bool:
    """Tell whether ``oyunu`` at ``index`` is someone's vote: voters' (``seçmenlerin oyunu``) or got and lost.

    >>> _a_vote(["kürt", "seçmenlerin", "oyunu", "isteyen"], 2), _a_vote(["kürtlerin", "oyunu", "almak"], 1)
    (True, True)
    >>> _a_vote(["ermenilerin", "oyunu", "bu"], 1), _a_vote(["ermenilerin", "oyunu", "bozuldu"], 1)
    (False, False)
    """
    voters = index > 0 and forms[index - 1].startswith("seçmen")
    return voters or VOTE_GETTING_RE.fullmatch(_next_word(forms, index)) is not None


SICK_PREDICATES = frozenset(["hasta", "hastadır", "hastadırlar", "hastasınız", "hastasın"])
"""``hasta`` said of someone (``Eşcinseller hasta``), not a noun for patients (``hastalar ona teşekkür etti``)."""
MIND_WORDS = frozenset(["ruh", "akıl"])
"""Words that make ``hasta`` after them an illness of the mind (``ruh hastası``, ``akıl hastaları``)."""


def _called_mentally_ill(read: _Read, index: int, group: int) -> bool:
    """Tell whether the word at ``index`` calls the group ill in mind, or an orientation sick.

    ``ruh hastası``, ``akıl hastaları`` said of any group; bare ``hasta`` of a sexual orientation (``Eşcinseller
    hasta``), not as the head of a compound after it (``eşcinsel hastalar``: patients).

    >>> from gazete.moderation.normalize import words
    >>> def ill(text, index, group):
    ...     return _called_mentally_ill(read_comment(words(text), text), index, group)
    >>> ill("Suriyeliler ruh hastası", 2, 0), ill("Eşcinseller hasta", 1, 0), ill("eşcinsel hastalar geldi", 1, 0)
    (True, True, False)
    >>> ill("Suriyeliler hasta", 1, 0), ill("Eşcinseller hastaneye gitti", 1, 0)
    (False, False)
    >>> ill("LGBTİ biri, hastalar sever", 2, 0)
    False
    """
    form = read.forms[index]
    if not form.startswith("hasta") or form.startswith(("hastane", "hastalı", "hastalan")):
        return False
    if index > 0 and read.forms[index - 1] in MIND_WORDS:
        return True
    return (
        read.groups.get(group) == "sexual_orientation"
        and form in SICK_PREDICATES
        and not (group == index - 1 and _bare_group(read, group))
    )


TRADERS_IN_PEOPLE = ("kaçakçı",)
"""Traits of those who trade in people: after a bare group word they head a compound naming the traders
(``göçmen kaçakçıları``, migrant smugglers), not the group."""


def _bare_group(read: _Read, index: int) -> bool:
    """Tell whether the group word at ``index`` stands bare, as a compound's first noun or an adjective (``Suriyeli``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Suriyeli esnaflar ve Suriyelilerin dükkânları"
    >>> read = read_comment(words(text), text)
    >>> _bare_group(read, 0), _bare_group(read, 3)
    (True, False)
    """
    table = GROUP_TABLES.get(read.groups.get(index, ""))  # not a people pointed at or named otherwise
    return table is not None and table.stem_of(read.forms[index]) == read.forms[index]


PLURAL_NOMINATIVE_HEAD_RE = re.compile(r"\w{3,}(?:lar|ler)")
"""A noun in the nominative plural (``üreticiler``, ``esnaflar``): a head the people's adjective makes all of them."""


def _plural_of_a_people(read: _Read, index: int) -> bool:
    """Tell whether the bare group word at ``index`` names, before a plural noun, all of a people's ones.

    ``Egeli üreticiler tembel``, ``Suriyeli esnaflar hilekâr``: the people's adjective before a plural speaks of them
    all, as ``Egeliler`` does; not one of them pointed at (``bu Suriyeli``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Egeli üreticiler tembel"
    >>> _plural_of_a_people(read_comment(words(text), text), 0)
    True
    """
    following = _next_word(read.forms, index)
    return (
        _bare_group(read, index)
        and index not in read.individuals
        and index + 1 not in read.groups
        and PLURAL_NOMINATIVE_HEAD_RE.fullmatch(following) is not None
    )


CASE_AFTER_POSSESSIVE = r"(?:n(?:[ıiuü]n|[ae]|d[ae]n?))?"
"""A case ending after a third-person possessive, the accusative left out (``virüsü|nden``, ``salgını|na``)."""
GROUP_COMPOUND_END_RE = re.compile(r"s?[ıiuü]" + CASE_AFTER_POSSESSIVE)
"""The possessive that makes a noun a compound's head, with a case after it (``virüs|ü``, ``salgın|ına``); not the
accusative, which is mostly a subject's own thing as a verb's object (``Köylü hayvanını kesip satıyor``)."""
NOT_GROUP_COMPOUND_HEADS = ("hastalık", "hastalığ", "kanser", "tümör", "tumor", "yük")
"""Heads whose compound with a people is an illness of theirs or a cost (``kadın hastalığı``, ``göçmen yükü``)."""


ILLNESS_HEAD_RE = re.compile(r"(?:hastalı[kğ]|kanser)(?:l[ae]r)?s?[ıiuü](?:n[ıiuü])?" + CASE_AFTER_POSSESSIVE)
"""An illness heading a compound, in the singular or the plural, in any case (``hastalıkları``, ``kanserinin``)."""


def _illness_of_a_people(read: _Read, index: int) -> bool:
    """Tell whether the word at ``index`` names the illnesses of the people whose bare word stands before it.

    ``Kadın hastalıkları uzmanına gittim`` (gynaecology), ``engelli çocuk hastalıkları``: medicine, no people called
    a disease; not of a sexual orientation, which the trope calls one (``LGBT hastalığı``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Kadın hastalıkları uzmanına gittim"
    >>> _illness_of_a_people(read_comment(words(text), text), 1)
    True
    >>> text = "Bu LGBT hastalığı yayılıyor"
    >>> _illness_of_a_people(read_comment(words(text), text), 2)
    False
    """
    return (
        ILLNESS_HEAD_RE.fullmatch(read.forms[index]) is not None
        and _bare_group(read, index - 1)
        and read.groups[index - 1] != "sexual_orientation"
    )


def _group_compound(read: _Read, index: int) -> bool:
    """Tell whether the dehumanising word at ``index`` heads a compound whose first noun is a bare group word.

    ``bu LGBT virüsünden``, ``dönme salgınına``, ``göçmen sürüsü``: the compound calls the group the thing, in any case
    but the accusative (:data:`GROUP_COMPOUND_END_RE`).

    >>> from gazete.moderation.normalize import words
    >>> text = "Çocuklarımızı bu LGBT virüsünden koruyun"
    >>> _group_compound(read_comment(words(text), text), 3)
    True
    >>> text = "Kadın hastalıkları bölümü"
    >>> _group_compound(read_comment(words(text), text), 1)
    False
    """
    form = read.forms[index]
    if not _bare_group(read, index - 1) or form.startswith(NOT_GROUP_COMPOUND_HEADS):
        return False
    if read.groups[index - 1] == "disability":
        return False  # "topal koyunu", "kör köpeği": the word tells the animal's own condition
    stem = DEHUMANISING_TABLE.stem_of(form)
    return stem is not None and GROUP_COMPOUND_END_RE.fullmatch(form[len(stem) :]) is not None


def _trade_in_people(read: _Read, index: int) -> bool:
    """Tell whether the trait at ``index`` names those who trade in the group named right before it.

    >>> from gazete.moderation.normalize import words
    >>> text = "Göçmen kaçakçılarına verilen cezalar çok hafif."
    >>> _trade_in_people(read_comment(words(text), text), 1)
    True
    """
    return read.forms[index].startswith(TRADERS_IN_PEOPLE) and _bare_group(read, index - 1)


def _treatment_of_a_thing(read: _Read, index: int) -> bool:
    """Tell whether ``tedavisi`` at ``index`` heads a compound with a bare noun before it (``diş tedavisi``).

    Not after a group, a pointer or a genitive (``eşcinsellerin tedavisi``, ``bunların tedavisi``): those are whose;
    nor after a verb or a copula, which ends a clause of its own.

    >>> from gazete.moderation.normalize import words
    >>> text = "İngilizlerin diş tedavisi için gelmesi"
    >>> _treatment_of_a_thing(read_comment(words(text), text), 2)
    True
    >>> text = "Eşcinsellerin tedavisi şart"
    >>> _treatment_of_a_thing(read_comment(words(text), text), 1)
    False
    """
    if index == 0 or index - 1 in read.groups or index - 1 in read.anaphora or index - 1 in read.verbs:
        return False
    before = read.forms[index - 1]
    return (
        bool(before)
        and before not in POINTERS
        and GENITIVE_RE.fullmatch(before) is None
        and not before.endswith(COPULA_ENDINGS)  # "eşcinsellik bir sapmadır, tedavisi de belli": its own clause
    )


HEARSAY = frozenset([
    "derler", "denir", "diyorlar", "deniyor", "sanılır", "sanırlar", "söylenir", "bilinir", "sanılıyor",
    "zannedilir", "zannediliyor",
])
"""Words that hand a saying on (``… inatçı derler``)."""
CONTRASTS = frozenset(["ama", "ancak", "fakat", "oysa", "halbuki", "lakin", "oysaki"])
"""Words that answer what was handed on (``… derler ama …``)."""
HEARSAY_REACH = 3
"""How many words after a trait its saying may stand, and after the saying its answer."""
SAYING_NAMED = ("şaka", "klişe", "önyargı", "espri", "fıkra", "kalıp", "söylenti", "efsane", "yakıştırma")
"""Beginnings of words that name a trait said of a people as a joke, a cliché or a prejudice (``… cimri diye şaka
yapılır``): told at a distance, not the commenter's claim."""


def _hearsay_refuted(forms: list[str], index: int) -> bool:
    """Tell whether the trait at ``index`` is a saying handed on and then answered (``inatçı derler ama …``).

    >>> _hearsay_refuted("karadenizliler inatçı derler ama arkadaşım uysal".split(), 1)
    True
    >>> _hearsay_refuted("egeli tembeldir derler şu yol bitmedi".split(), 1)
    False
    >>> _hearsay_refuted("kayserililer cimri diye şaka yapılır".split(), 1)
    True
    """
    after = forms[index + 1 : index + 1 + HEARSAY_REACH]
    if "diye" in after:  # "Kayserililer cimri diye şaka yapılır", "kavgacı diye bir klişe var": a saying named
        named_from = index + 2 + after.index("diye")
        if any(form.startswith(SAYING_NAMED) for form in forms[named_from : named_from + HEARSAY_REACH]):
            return True
    said = next((other for other in range(index + 1, min(len(forms), index + 1 + HEARSAY_REACH))
                 if forms[other] in HEARSAY), None)
    return said is not None and not CONTRASTS.isdisjoint(forms[said + 1 : said + 1 + HEARSAY_REACH])


HERESY = "sapkın"
"""A slur on its own (``bu sapkınlar``) mostly said of sexual orientation; beside a faith, with no orientation
named, it calls the faith or its rite deviant (``Sapkın bir inanç işte``): an attack on the belief."""
GOD_OR_TEACHER = ("allah", "tanrı", "rab", "hoca")
"""Belief words that name no faith (``Allah bu sapkınları ıslah etsin`` curses people in God's name)."""


GENERIC_SUBJECT_REACH = 3
"""How many words before a trait with the copula its people may stand (``Egeli zaten biraz tembeldir``)."""


def _generic_truth(read: _Read, index: int, group: int) -> bool:
    """Tell whether the trait at ``index`` is told of the people at ``group`` as a general truth, with ``-dır``.

    The people stand just before the trait (``Egeli tembeldir``), named in the singular, not one of them pointed
    at (``bu Suriyeli``); a people named further back is not its subject (``Suriyeli ya da Türk, kaçak işçi
    çalıştıran patron suçludur``).
    """
    return (
        read.forms[index].endswith(COPULA_ENDINGS)  # the copula of a general truth
        and 0 < index - group <= GENERIC_SUBJECT_REACH
        and group not in read.individuals
    )


SUCCESS_OPENINGS = ("ödül", "madalya", "şampiyon", "başarı", "kupa", "rekor", "birincilik", "zafer", "galibiyet")
"""Beginnings of words of a success: what ``hak ettiler`` beside them says was earned (``ödülleri süpürdü, hak
ettiler``), no misfortune gloated over."""


def _success_told(read: _Read, index: int) -> bool:
    """Tell whether the sentence of the gloat at ``index`` tells of a success (an award, a title, a record).

    >>> from gazete.moderation.normalize import words
    >>> text = "Kadınlar bu yıl ödülleri süpürdü, hak ettiler."
    >>> _success_told(read_comment(words(text), text), 6)
    True
    """
    return any(
        form.startswith(SUCCESS_OPENINGS) and read.same_sentence(other, index) for other, form in enumerate(read.forms)
    )


def _one_persons(form: str) -> bool:
    """Tell whether a group word is a singular genitive (``kadının``, ``Suriyelinin``): one person's, not a group's.

    >>> _one_persons("kadının"), _one_persons("kadınların"), _one_persons("eşcinselliğin")
    (True, False, False)
    """
    return GENITIVE_RE.fullmatch(form) is not None and MANY_OR_ABSTRACT_GENITIVE_RE.search(form) is None


MANY_OR_ABSTRACT_GENITIVE_RE = re.compile(r"(?:l[ae]r|l[ıiuü]ğ)[ıiuü]n$")
"""A plural or abstract noun's genitive (``kadınların``, ``eşcinselliğin``): a group's or a notion's."""
PLURAL_DATIVE_RE = re.compile(r"\w{2,}l[ae]r(?:[ıi]n)?[ae]")
"""A plural noun in the dative, maybe possessed (``işçilere``, ``çocuklarına``)."""
DEED_DATIVE_RE = re.compile(r"\w{2,}m[ae](?:s[ıi]|l[ae]r[ıi])n[ae]")
"""A verbal noun in the dative (``olmasına``, ``girmelerine``): what someone is let do."""
GENITIVE_RE = re.compile(r"\w{2,}(?:[ıiuü]n|n[ıiuü]n)")
"""A word in the genitive (``ateistlerin``, ``Suriyelinin``)."""


TREATMENT_COMPOUND_HEADS = (
    "masraf", "ücret", "süre", "hizmet", "hakk", "bedel", "merkez", "yöntem", "gider", "fatura", "plan", "protokol",
    "ilac", "ilaç", "imkân", "imkan", "olanağ", "desteğ", "maliyet", "kuyruğ", "sıras",
)
"""Openings of nouns ``tedavi`` makes a compound with (``tedavi masrafları``, ``tedavi süreci``): care's costs or
course, no cure demanded for anyone."""
TREATED_RE = re.compile(
    r"(?:ol|gör|edil|ed)(?:uyor|üyor|iyor|du|dü|di|muş|müş|miş|an|en)(?:[^ae]\w*)?|altında|için|amaçlı"
)
"""A verb after ``tedavi`` that tells of care given or to be given (``oluyormuş``, ``gördü``, ``edilen``), and
``tedavi altında``/``için``; not a call (``edilmeli``, ``olsunlar``), a condition (``olmadıkça``, ``edilene kadar``)
nor a cure said to be needed."""


WHY_NOT = frozenset(["neden", "niye", "niçin", "nasıl"])
"""Words before a denial that ask why not, and so affirm (``dedeye neden verilmesin?``)."""
WHY_REACH = 5
"""How many words before a grant or its denial the word asking why may stand (``neden vatandaşlık verilsin``)."""


def _told(read: _Read, index: int) -> bool:
    """Tell whether the verb at ``index`` tells of the act rather than calls for it or wants it.

    ``sınır dışı ediliyor``, ``edilmek üzere``, ``edilmesine karşıyız``, ``edilecek mi``: told or asked; not
    ``edilmeli``, ``edin``, ``edeceğiz``, ``edilmesi gerek``, ``edilmesini istiyorum``. A form the verb table does
    not read is not known to be told.
    """
    verb = read.verbs.get(index)
    if verb is None or verb.first_person_intent or verb.mood == "converb" or _called_for(read, index):
        return False
    return not (verb.mood == "infinitive" and _next_word(read.forms, index) in WANTING)


PERMITTED_DEED_REACH = 7
"""Most words from a group in the genitive to the denied permission for its deed (``… gitmesine izin verilmemeli``)."""


def _given_to(forms: list[str], index: int, phrase_at: int) -> bool:
    """Tell whether the group word at ``index`` is whom a denial of what is given is about.

    The group in the dative (``Suriyelilere … verilmemeli``), naming the next word in the plural dative
    (``Azeri işçilere çalışma izni verilmesin``), or in the genitive before a deed in the dative
    (``Ateistlerin öğretmen olmasına izin verilmemeli``).

    >>> _given_to(["gürcü", "işçilere", "izin", "verilmesin"], 0, 3)
    True
    >>> _given_to(["ateistlerin", "öğretmen", "olmasına", "izin", "verilmemeli"], 0, 4)
    True
    >>> _given_to(["kadınların", "yurt", "dışına", "yalnız", "gitmesine", "izin", "verilmemeli"], 0, 6)
    True
    >>> _given_to(["engelli", "rampası", "olmayan", "binaya", "ruhsat", "verilmemeli"], 0, 5)
    False
    """
    form = forms[index]
    if DATIVE_RE.fullmatch(form):
        return True
    following = forms[index + 1 : min(phrase_at, index + 4)]
    if following and PLURAL_DATIVE_RE.fullmatch(following[0]):
        return True
    if GENITIVE_RE.fullmatch(form) is None:
        return False
    if any(DEED_DATIVE_RE.fullmatch(word) for word in following):
        return True
    # "Kadınların yurt dışına yalnız gitmesine izin verilmemeli": the deed farther, right before the permission
    return (
        phrase_at - index <= PERMITTED_DEED_REACH
        and forms[phrase_at - 1] == "izin"
        and DEED_DATIVE_RE.fullmatch(forms[phrase_at - 2]) is not None
    )


DISEASES = ("kanser", "veba", "hastalı", "mikrop", "virüs", "salgın", "tümör", "tumor", "cüzam", "çıban")
"""Beginnings of the dehumanising words that name a disease."""
DISEASE_FOUGHT_RE = re.compile(r"(?:yen(?!i)|atlat|yakalan|teşhis|tanı|hasta(?!lık))")
"""A word right after a disease that beats, survives or catches it, or names its patient (``kanseri yenmiş``,
``kanser hastası annesine``): the real disease."""


ILLNESSES_NAMED = (
    "hiv", "hıv", "aids", "aıds", "eydz", "frengi", "mpox", "verem", "grip", "covid", "korona", "hepatit", "kolera",
)
"""Beginnings of the names of real illnesses (not ``kanser``, a common likening): with one in the comment, ``bu
hastalık`` is that one."""


GENERIC_ILLS = ("hastalı", "salgın")
"""Beginnings of the words for an illness in general, which a named illness makes literal (not ``mikrop``)."""


def _illness_named(forms: list[str], index: int) -> bool:
    """Tell whether the word at ``index`` is a general illness word in a comment naming a real illness (``HIV … bu
    hastalık``): that illness, no group called sick.

    >>> _illness_named(["hiv", "yayılıyor", "bu", "hastalık", "için", "test"], 3)
    True
    >>> _illness_named(["bunlar", "toplumun", "kanseri"], 2)
    False
    """
    return forms[index].startswith(GENERIC_ILLS) and any(
        other != index and form.startswith(ILLNESSES_NAMED) for other, form in enumerate(forms)
    )


HAVING = ("olan", "olduğ")
"""Beginnings of the words after an illness that say someone has it (``kanseri olan``, ``hastalığı olduğunu``)."""


def _illness_had(forms: list[str], index: int) -> bool:
    """Tell whether the illness word at ``index`` is one someone has (``meme kanseri olan kadınlar``): no likening.

    Not an illness owned by a place or a people in the genitive (``toplumun kanseri olan göçmenler``): that one
    calls a group the illness.

    >>> _illness_had(["meme", "kanseri", "olan", "kadınların"], 1), _illness_had(["kanseri", "olduğunu"], 0)
    (True, True)
    >>> _illness_had(["toplumun", "kanseri", "olan", "göçmenler"], 1), _illness_had(["göçmenler", "kanser"], 1)
    (False, False)
    """
    if not _next_word(forms, index).startswith(HAVING):
        return False
    return index == 0 or GENITIVE_RE.fullmatch(forms[index - 1]) is None


TURNED_INTO = ("çevir", "döndür", "dönüştür")
"""Beginnings of the verbs that turn a place into what the dative before them says (``çöplüğe çevirdiler``)."""
DIRT = ("çöp", "pislik", "lağım")
"""Beginnings of the dirt a place may be turned into: soiled, not a group likened to animals (``ahıra çevirdiler``)."""


def _place_turned_into(forms: list[str], index: int) -> bool:
    """Tell whether the dirt word at ``index`` names, in the dative with its head, what a place was turned into.

    >>> _place_turned_into(["taksimi", "çöp", "yığınına", "çevirmiş"], 1), _place_turned_into(["çöp", "yığını"], 0)
    (True, False)
    >>> _place_turned_into(["göçmenler", "çöp", "yığınına", "benziyor"], 1)
    False
    """
    if not forms[index].startswith(DIRT):
        return False
    rest = forms[index + 1 : index + 3]
    if rest and DATIVE_RE.fullmatch(rest[0]) is not None:
        rest = rest[1:]  # the head of the compound in the dative: "çöp yığınına"
    elif DATIVE_RE.fullmatch(forms[index]) is None:
        return False
    return bool(rest) and rest[0].startswith(TURNED_INTO)


def _disease_fought(forms: list[str], index: int) -> bool:
    """Tell whether the disease word at ``index`` is one a person beats, survives or catches (``kanseri yenmiş``).

    Not a disease owned by a genitive or pointed at (``toplumun kanseri``, ``bu hastalığa yakalanmış``): likenings.

    >>> _disease_fought(["kanseri", "yenmiş", "bir", "kadın"], 0), _disease_fought(["bu", "hastalığa", "yakalanmış"], 1)
    (True, False)
    """
    if not forms[index].startswith(DISEASES) or DISEASE_FOUGHT_RE.match(_next_word(forms, index)) is None:
        return False
    before = forms[index - 1] if index else ""
    return before not in ("bu", "şu", "o") and GENITIVE_RE.fullmatch(before) is None


RELATION_ENDINGS = frozenset(["ı", "i", "u", "ü", "sı", "si", "su", "sü"])
"""Endings of a trait word in the singular possessive or accusative (``katili``, ``hırsızı``)."""


def _someones_relation(read: _Read, index: int) -> bool:
    """Tell whether a trait word names one person by a relation, not a trait of a group (``Katili … alsın``).

    The word in the singular possessive or accusative, opening its sentence: someone's killer, or the thief
    spoken of. Inside a sentence it may be said of a group (``milletin düşmanı``, ``vatan haini``): a trait.

    >>> from gazete.moderation.normalize import words
    >>> text = "Katili en ağır cezayı alsın ki başka kadınlar ölmesin."
    >>> _someones_relation(read_comment(words(text), text), 0)
    True
    """
    form = read.forms[index]
    stem = TRAIT_TABLE.stem_of(form)
    if stem is None or form[len(stem) :] not in RELATION_ENDINGS:
        return False
    return index == 0 or not read.same_sentence(index - 1, index)


ABSTRACT_TAIL_RE = re.compile(r"l[ıiuü]k|l[ıiuü]ğ")
"""The ending that makes a trait an abstract noun (``edepsizlik``, ``yüzsüzlüğü``): a deed or a state, no one called."""
ESSENCE_WORDS = frozenset(
    (
        *("genetik", "genetiktir", "genlerinde", "genlerindedir", "kanında", "kanlarında", "kanındadır"),
        *("doğasında", "doğalarında", "soyunda", "soylarında", "tıynetinde", "tıynetlerinde"),
    )
)
"""Words that make a deed or a state a people's essence (``cimrilik genetik``, ``işi gücü hırsızlık``)."""


def _abstract_noun(forms: list[str], index: int) -> bool:
    """Tell whether a trait word is the abstract noun made from it, told as no people's essence.

    ``bu edepsizlikler normalleşmiş``, ``hırsızlık zanlısı``: a deed or a state; ``cimrilik genetik``, ``işi gücü
    hırsızlık`` still call a people so.

    >>> _abstract_noun(["bu", "edepsizlikler", "normalleşmiş"], 1), _abstract_noun(["edepsizler"], 0)
    (True, False)
    >>> _abstract_noun(["cimrilik", "genetik", "herhalde"], 0)
    False
    """
    stem = TRAIT_TABLE.stem_of(forms[index])
    if stem is None or ABSTRACT_TAIL_RE.match(forms[index], len(stem)) is None:
        return False
    whole_trade = any(first == "işi" and second == "gücü" for first, second in itertools.pairwise(forms))
    return not whole_trade and not any(form in ESSENCE_WORDS for form in forms)


def _felt(forms: list[str], index: int) -> bool:
    """Tell whether a trait word is what someone feels or is taken for, no one being called so.

    ``kendini suçlu hissetmesin``, ``inananları aptal yerine koyan dil`` (taking believers for fools).

    >>> _felt(["kendini", "suçlu", "hissetmesin"], 1), _felt(["hepsi", "suçlu"], 1)
    (True, False)
    >>> _felt(["bizi", "aptal", "yerine", "koymasın"], 1)
    True
    """
    return taken_for(forms, index) or _next_word(forms, index).startswith(("hisse", "hissed"))


def taken_for(words: list[str], index: int) -> bool:
    """Tell whether the word at ``index`` is what someone is taken for (``bizi aptal yerine koymasın``), no calling.

    The insult rule asks it too, over its folded keys (``yerine`` and ``koy`` fold to themselves).

    >>> taken_for(["bizi", "aptal", "yerine", "koymasın"], 1), taken_for(["aptal", "yerine", "geldi"], 0)
    (True, False)
    """
    return _next_word(words, index) == "yerine" and _next_word(words, index + 1).startswith("koy")


DRIVING_MANNER = frozenset(["dikkatli", "dikkatlice", "yavaş", "yavaşça", "hızlı", "güvenli", "emniyetli", "kontrollü",
                            "sakin", "özenli", "temkinli"])
"""Manners of driving: before ``sürün`` it is ``sürmek`` said to drivers (``dikkatli sürün``), no herd."""


def _driven(forms: list[str], index: int) -> bool:
    """Tell whether ``sürün`` at ``index`` tells drivers how to drive (``dikkatli sürün``), not a herd or an expulsion.

    >>> _driven(["dikkatli", "sürün"], 1), _driven(["üniversitelerden", "sürün"], 1)
    (True, False)
    """
    return forms[index] in ("sürün", "sürünüz") and index > 0 and forms[index - 1] in DRIVING_MANNER


def _derived(form: str) -> bool:
    """Tell whether a dehumanising word's form is another word made from it (``sürücüye``, ``çöpçü``).

    >>> _derived("sürücüye"), _derived("sürüsü"), _derived("hayvanlık")
    (True, False, False)
    """
    stem = DEHUMANISING_TABLE.stem_of(form)
    if stem == "yük" and form[len(stem) : len(stem) + 1] == "l":
        return True  # "hayvan yüklü kamyon", "yükleyin": loaded, to load
    return stem is not None and DERIVED_TAIL_RE.match(form, len(stem)) is not None


def _nothing_but(read: _Read, group_targets: set[int]) -> list[Finding]:
    """Find a group said to bring forth nothing good or know nothing else.

    ``Çingeneden namuslu esnaf çıkmaz`` (the group in the ablative, then ``çıkmaz``/``olmaz``) and
    ``Maraşlılar dondurmacıdan başka meslek bilmez`` (``… -dan başka``, then a negative aorist).
    """
    forms = read.forms
    found = []
    for index in read.groups:
        if not forms[index].endswith(ABLATIVE_ENDINGS):
            continue
        for other in range(index + 1, min(len(forms), index + 5)):
            asked = forms[other] in ASKED_NEVER_FROM and _next_word(forms, other) in ("mu", "mı")
            if asked or (forms[other] in NEVER_FROM and _next_word(forms, other) not in ("mı", "mi", "ki")):
                found.append(_finding(OFFENSIVE, "generalisation", index, other, CLEAR))
                break
    found.extend(_none_good_among(read, group_targets))
    for index, form in enumerate(forms):
        if form != "başka" or index == 0 or not forms[index - 1].endswith(ABLATIVE_ENDINGS):
            continue
        verb = next((other for other in range(index + 1, min(len(forms), index + 5))
                     if ONLY_KNOWN.fullmatch(forms[other])), None)
        group = _near(group_targets, index, WINDOW)
        if verb is not None and group is not None:
            found.append(_finding(OFFENSIVE, "generalisation", group, verb, CLEAR))
    return found


def _none_good_among(read: _Read, group_targets: set[int]) -> list[Finding]:
    """Find a group said to hold no one good (``Suriyelilerin içinde tek bir dürüst insan görmedim``).

    A word that takes one of the group (``içlerinde``, ``hiçbirinde``, ``bir tanesini``), a good trait and a
    word saying none was found, after a group in the same sentence; ``dürüst olmayan kimse yok`` (no one
    dishonest) praises.
    """
    forms = read.forms
    for index, form in enumerate(forms):
        if form not in NONE_FOUND:
            continue
        start = max(0, index - 8)
        window = forms[start:index]
        if any(word in ("olmayan", "değil", "olmadığı") for word in window):
            continue
        among = any(word.startswith(AMONG) for word in window)
        virtue = next((start + offset for offset, word in enumerate(window) if word in VIRTUES), None)
        if not among or virtue is None:
            continue
        group = _near(read.in_sentence_of(group_targets, index), virtue, 8)
        if group is not None and group < virtue:
            return [_finding(OFFENSIVE, "generalisation", group, index, CLEAR)]
    return []


WORKPLACES = frozenset(["otel", "restoran", "lokanta", "okul", "hastane", "fabrika", "yemekhane", "cezaevi", "gemi"])
"""Places whose kitchen is a workplace (``otel mutfağında``)."""


def _kitchen_at_work(forms: list[str], kitchen: int, woman: int) -> bool:
    """Tell whether a kitchen word is a workplace's kitchen or where women named as workers work.

    >>> _kitchen_at_work(["otel", "mutfaklarında", "kadın", "çalışanlara"], 1, 2)
    True
    >>> _kitchen_at_work(["kadının", "yeri", "mutfaktır"], 2, 0)
    False
    """
    if not forms[kitchen].startswith(("mutfak", "mutfağ")):
        return False
    return (kitchen > 0 and forms[kitchen - 1] in WORKPLACES) or _next_word(forms, woman).startswith("çalışan")


def _cuisine(read: _Read, kitchen: int) -> bool:
    """Tell whether a kitchen word is a cuisine: ``mutfağı`` after a name or a people (``Hatay mutfağı``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Annemin yaptığı künefe, işte Hatay mutfağı."
    >>> _cuisine(read_comment(words(text), text), 5)
    True
    >>> text = "Kadının yeri mutfağı olmalı."
    >>> _cuisine(read_comment(words(text), text), 2)
    False
    """
    forms = read.forms
    if kitchen == 0 or not forms[kitchen].startswith("mutfağı"):
        return False
    return kitchen - 1 in read.proper or kitchen - 1 in read.groups or forms[kitchen - 1] in REGIONS


def _sexism(read: _Read) -> list[Finding]:
    """Find stereotypes and incapacity said of women (``kadının yeri evidir``, ``kadınlar yönetemez``)."""
    found: list[Finding] = []
    forms = read.forms
    if read.neutralised or read.praises:
        return found
    for index, kind in read.groups.items():
        if kind != "gender":
            continue
        for other in range(max(0, index - WINDOW), min(len(forms), index + WINDOW + 1)):
            form = forms[other]
            if other == index or not form or not read.same_sentence(other, index):
                continue
            nobody = "kimse" in forms[max(0, other - 6) : other]
            doubted = not DOUBTED.isdisjoint(forms[other + 1 : other + 3])  # "daha mı duygusal bilmiyorum"
            if nobody or doubted or _denied_after(forms, other) or SPEAKERS_OWN_RE.fullmatch(form):
                continue  # "kimse kadına karar veremez" (nobody can), "evde değil" (not at home), "aklıma geldi" (mine)
            unable = _inability(form) and OBJECT_CASE_RE.fullmatch(forms[index]) is None  # not "kadınları koruyamayan"
            at_home = (
                form in HOME_FORMS
                and not (other == index + 1 and forms[index].endswith(GENITIVE_ENDINGS))  # "kadının evinde": hers
                and not (other > 0 and forms[other - 1] in HOME_COMPOUND_MODIFIERS)
                and not _next_word(forms, other).startswith(AT_HOME_SERVICES)
                and not _home_described(forms, other, index)
                and _next_word(forms, other) not in ("de", "da")  # "tarlada da evde de çalışıyorlar": at home too
            )
            kind_named = other == index + 1 and form in BREED_FORMS  # "Kadın milleti işte": women as a breed
            if form in SEXISM_TABLE and _kitchen_at_work(forms, other, index):
                continue  # "Otel mutfaklarında kadın çalışanlara düşük ücret": a workplace, no woman's place
            if form in SEXISM_TABLE and _cuisine(read, other):
                continue  # "annelerinin yaptığı künefe … Hatay mutfağı": a place's cooking, no woman's place
            if form in SEXISM_TABLE and _next_word(forms, other).startswith(APPLIANCE_HEADS):
                continue  # "kızlar artık bulaşık makinesi istiyor": an appliance, no chore assigned
            if _kept_from_leaving(forms, other):
                continue  # "Bayramda kadınlar mutfaktan çıkamıyor": a burden complained of, no place assigned
            if form in SEXISM_TABLE or at_home or unable or kind_named or (
                forms[index].endswith(("dan", "den")) and form in ("olmaz", "çıkmaz")
            ):
                found.append(_finding(OFFENSIVE, "sexism", index, other, CLEAR))
                break
    return found


KEPT_FROM_LEAVING_RE = re.compile(r"(?:çık|kurtul)am(?:[ıi]yor|ad[ıi]|am[ıi]ş)\w*")
"""A place not left, told as what happens (``çıkamıyor``, ``kurtulamadı``); not the aorist ``çıkamaz``, which may
be a rule laid down (``kadın evden izinsiz çıkamaz``)."""


def _kept_from_leaving(forms: list[str], index: int) -> bool:
    """Tell whether the word at ``index`` is a place in the ablative and the next word says it is not left, or is
    that verb after such a place (``kadınlar mutfaktan çıkamıyor``): a burden told, no woman's place assigned.

    >>> told = ["kadınlar", "mutfaktan", "çıkamıyor"]
    >>> _kept_from_leaving(told, 1), _kept_from_leaving(told, 2)
    (True, True)
    >>> _kept_from_leaving(["kadınlar", "mutfaktan", "çıkmasın"], 1), _kept_from_leaving(["evden", "çıkamaz"], 0)
    (False, False)
    """
    form = forms[index]
    if form.endswith(ABLATIVE_ENDINGS):
        return KEPT_FROM_LEAVING_RE.fullmatch(_next_word(forms, index)) is not None
    after_a_place = index > 0 and forms[index - 1].endswith(ABLATIVE_ENDINGS)
    return after_a_place and KEPT_FROM_LEAVING_RE.fullmatch(form) is not None


APPLIANCE_HEADS = ("makine", "deterjan", "masası", "süngeri")
"""Heads that make a chore's word an appliance or a product (``bulaşık makinesi``, ``çamaşır deterjanı``)."""
DOUBTED = frozenset(["bilmiyorum", "bilemiyorum", "bilmem", "bilemem", "emin", "sanmıyorum"])
"""Words after a trait that doubt it (``Kadınlar daha mı duygusal bilmiyorum``): a question, no claim."""


BREED_FORMS = frozenset(["milleti", "milletidir", "milletine", "milletini", "milletinin", "milletinden", "soyu"])
"""``millet`` possessed right after a gender word: women spoken of as a breed (``kadın milleti``), not
``kadın milletvekili``."""
HOME_COMPOUND_MODIFIERS = frozenset(
    ["sığınma", "huzur", "bakım", "doğum", "misafir", "konuk", "öğrenci", "yayın", "toplantı", "yaşlılar"]
)
"""Nouns before ``evinde`` that make it an institution (``sığınma evinde``, ``huzur evinde``), not a woman's home."""
AT_HOME_SERVICES = ("bakım", "eğitim", "sağlık", "şiddet", "hizmet", "tedavi", "doğum", "çalışma")
"""Nouns after ``evde`` that name a service or a harm at home (``evde bakım yükü``, ``evde şiddet``), not a woman's
place."""


HOME_DEED_RE = re.compile(r"\w{2,}(?:y?[ae]n|[dt][ıiuü]ğ[ıiuü]\w*)")
"""A participle after a home form (``evde çalışan``, ``evinde öldürülen``, ``evde baktığı``)."""


def _home_described(forms: list[str], home: int, group: int) -> bool:
    """Tell whether a home form describes what a woman does or suffers there, not where she belongs.

    ``Evde çalışan kadına emeklilik hakkı``, ``evinde şiddet gören kadınlar``: the home and a participle
    qualify the group word after them. A participle of staying (``evde oturan kadın``) keeps the finding.

    >>> _home_described(["evde", "çalışan", "kadına"], 0, 2)
    True
    >>> _home_described(["kadın", "evde", "oturan", "kadındır"], 1, 3)
    False
    >>> _home_described(["bir", "kadın", "olarak", "evde", "de", "tarlada", "da", "çalışıyorum"], 3, 1)
    True
    """
    after = forms[home + 1 : home + 1 + OWN_LIFE_REACH]
    if any(OWN_DEED_RE.fullmatch(form) for form in after) and not any(STAY_CALL_RE.fullmatch(form) for form in after):
        return True  # "Bir kadın olarak evde de tarlada da çalışıyorum": the speaker's own life
    if group <= home or group - home > HOME_DEED_REACH:
        return False
    deeds = forms[home + 1 : group]
    return any(HOME_DEED_RE.fullmatch(form) and not form.startswith(STAYING) for form in deeds)


HOME_DEED_REACH = 3
"""How far after the home form the group word a participle describes may stand."""
OWN_DEED_RE = re.compile(r"\w+(?:yor(?:um|uz)|[dt][ıiuü][mk]|c[ae]ğ[ıi][mz]|[ae]r[ıi][mz]|[ıiuü]r[ıiuü][mz])")
"""A first-person verb (``çalışıyorum``, ``baktık``, ``bakarız``): what the speaker does at home."""
OWN_LIFE_REACH = 4
"""Words after a home form its first-person verb may stand (``evde de tarlada da çalışıyorum``)."""
STAYING = ("kal", "otur", "dur", "bekle")
"""Verbs of staying put: a participle of them still says where a woman belongs."""


@lru_cache(maxsize=4096)
def _inability(form: str) -> bool:
    """Tell whether ``form`` says one cannot (``yönetemez``) or never does (``anlamazlar``); not ``ağlamayan``.

    :data:`INABILITY_RE` reads the ending alone, so a stem ending in a vowel before a plain negative
    (``ağla`` + ``mayan``, who does not cry) looks like one; the word model's split settles it when it has one.
    """
    if INABILITY_RE.fullmatch(form) is None:
        return False
    model = get_model()
    segments = model.analyse(form) if model is not None else None
    if not segments:
        return True
    habit = form.endswith(("lar", "ler"))  # "anlamazlar": a negative habit said of them all
    return any(
        segment.startswith(("ama", "eme", "yama", "yeme")) or (habit and segment.startswith(("maz", "mez")))
        for segment in segments[1:]
    )


BLOW_NOUNS = ("tokat", "dayak", "dayağ", "sopa", "yumruk", "tekme", "şamar")
"""Nouns of a blow (``tokat``, ``dayak``, ``sopa``): dealt or called for, a threat of violence."""
BLOW_VERBS = VerbTable(["at", "yapıştır", "ye", "yedir", "çek", "geçir", "indir", "patlat", "bas", "vur", "göm", "sav"])
"""Verbs that deal a blow or take one (``tokat atarım``, ``bir tane yapıştırayım``, ``sopa yesin``)."""
_BLOW_OPENINGS = frozenset(noun[:4] for noun in BLOW_NOUNS)
BLOW_REACH = 4
"""Words after a blow noun its verb may stand (``yüzüne tokadı yapıştırıp``, ``dayağı iyice yesin``)."""


def _blows(read: _Read) -> list[Finding]:
    """Find a blow announced or called for: a blow noun and, within four words, a verb that deals or takes it.

    The verb must be the speaker's intent (``tokat atarım``, ``bir tokat yapıştıracağım``) or a call (``sopa
    yesin``, ``dayak atılmalı``), not negated, reported or a comparison: ``tokat gibi gol attık`` (a powerful
    goal), ``tokat atan öğretmen`` (a report), ``bu takım dayak yer`` (a prediction) are no threats.

    >>> from gazete.moderation.normalize import words
    >>> text = "Antrenman çıkışında biraz sopa yesin kendine gelir."
    >>> [(f.code, f.kind) for f in _blows(read_comment(words(text), text))]
    [('offensive', 'violence')]
    >>> text = "Tokat gibi bir gol attık, rakip dayak yedi."
    >>> _blows(read_comment(words(text), text))
    []
    """
    forms = read.forms
    for index, form in enumerate(forms):
        if form[:4] not in _BLOW_OPENINGS or not form.startswith(BLOW_NOUNS):
            continue
        if _next_word(forms, index).startswith("gibi") or index in read.proper or form == "tokata":
            continue  # "tokat gibi gol"; "Tokat'a turist çekeriz" (the city: a slap's dative is "tokada")
        for other in range(index + 1, min(len(forms), index + BLOW_REACH + 1)):
            reading = BLOW_VERBS.read(forms[other])
            if reading is None or reading.negated or reported(forms, other):
                continue
            if reading.first_person_intent or reading.calls:
                kind = "threat" if reading.person == PERSON_1 else "violence"
                return [_finding(OFFENSIVE, kind, index, other, STRONG)]
    return []


CARRIED_OFF_RE = re.compile(r"(?:ambulans|sedye)(?:[ıi]yl[ae]|l[ae]|y[ıi]l[ae]|yl[ae])")
"""An ambulance or a stretcher as the means (``ambulansla``, ``sedyeyle``): how someone will leave."""
LEAVING_RE = re.compile(
    r"(?:dön|çık|git|gid|kalk|öğren|ayrıl|gönder|taşın)(?!.*(?:d[ıiuü]|t[ıiuü]|m[ıiuü]ş|yor|[ıiu]l[ıiu]|d[ıiuü]ğ))\w*"
)
"""A verb of leaving in a form still to come (``çıkar``, ``dönersin``, ``gidecek``, ``dönsün``), not told as done
(``döndü``, ``çıkmış``, ``gidiyor``) nor passive (``gönderildi``)."""
CARRIED_OFF_REACH = 3


def _carried_off(read: _Read) -> list[Finding]:
    """Find someone told they will leave on an ambulance or a stretcher (``stattan ambulansla çıkarsın``).

    A veiled threat of harm: ``sedyeyle gidersin``, ``ambulansla döner``, ``göndermesini biliriz, hem de
    ambulansla``. A patient carried is told in the past or with another verb (``ambulansla hastaneye
    yetiştirdiler``, ``sedyeyle dışarı taşıdı``, ``yaralı ambulansla gitti``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Hakem bir daha gelirse stattan ambulansla çıkar."
    >>> [(f.code, f.kind) for f in _carried_off(read_comment(words(text), text))]
    [('offensive', 'threat')]
    >>> text = "Yaralı kaleci sahadan sedyeyle çıktı, geçmiş olsun."
    >>> _carried_off(read_comment(words(text), text))
    []
    """
    forms = read.forms
    for index, form in enumerate(forms):
        if not form.startswith(("ambulans", "sedye")) or CARRIED_OFF_RE.fullmatch(form) is None:
            continue
        around = range(max(0, index - CARRIED_OFF_REACH), min(len(forms), index + CARRIED_OFF_REACH + 1))
        for other in around:
            if other != index and LEAVING_RE.match(forms[other]) and not reported(forms, other):
                return [_finding(OFFENSIVE, "threat", index, other, STRONG)]
    return []


HARM_GIVING = ("ver", "göster", "yaşat", "tattır", "çektir")
"""Verbs by which an ill is given, shown or made to be lived (``versin``, ``yaşatsın``; asked of God: ``ver``)."""
HARM_GIVEN_RE = re.compile(rf"(?:{'|'.join(HARM_GIVING)}|bul)s[ıiuü]n(?:l[ae]r)?")
"""A third-person wish that someone be given, shown or made to live something (``versin``, ``yaşatsın``); its
negation (``göstermesin``: may God show it to no one) is a kind wish and does not match."""
WISHING_ENDINGS = ("sin", "sın", "sun", "sinler", "sınlar", "sunlar")
"""Endings of the wishing verbs of :data:`HARM_GIVEN_RE`: one string test rules most words out."""
HARMS = ("acı", "bela", "belâ", "dert", "derd", "hastalı", "musibet", "felaket", "felâket", "keder", "gözyaş",
         "kahır", "kahr", "çile", "azap", "azab", "yıkım", "yokluk", "ceza", "tansiyon", "ambulans", "kanser", "felç")
"""Beginnings of the ills a curse wishes on someone (``evlat acısı``, ``belasını``, ``hastalık``, ``cezanı``, ``bol
tansiyon``, ``kapılarına ambulans``)."""
HARMS_ONLY_FROM_GOD = ("ceza",)
"""Ills that a court may lawfully give (``hak ettiği cezayı versin``): a curse only when God is asked."""
WISHED_TO = frozenset(["sana", "size", "ona", "onlara", "bunlara", "şunlara", "senin", "sizin", "onun", "onların"])
"""Whom an ill is wished on, when no group or person word names them (``Rabbim sana da aynı acıyı yaşatsın``)."""
HARM_REACH = 4
"""How many words before the wishing verb the ill and the one it is wished on may stand."""


HARM_DESCRIBES_RE = re.compile(r"l[ıiuü]|s[ıiuü]z")
"""Endings that make an ill describe someone (``acılı``, ``dertli``, ``cezasız``): a person, not what is given."""


def _an_ill_given(form: str) -> bool:
    """Tell whether a word of an ill (:data:`HARMS`) can be what a wish gives: neither who receives nor a description.

    ``acılı ailesine sabır versin``, ``dertlilere derman versin``: the grieving and the troubled receive patience
    and a cure. A dative or locative ill (``hastalığa çare versin``) is no gift either; ``acısını``, ``belanı``,
    ``dert`` are.

    >>> _an_ill_given("acılı"), _an_ill_given("dertlilere"), _an_ill_given("hastalığa"), _an_ill_given("acısını")
    (False, False, False, True)
    >>> _an_ill_given("belanı"), _an_ill_given("dert"), _an_ill_given("ceza"), _an_ill_given("cezaya")
    (True, True, True, False)
    """
    opening = next(harm for harm in HARMS if form.startswith(harm))
    tail = form[len(opening) :]
    if tail and HARM_DESCRIBES_RE.match(tail) and not tail.startswith(("lık", "lik", "luk", "lük")):
        return False
    return not tail or not tail.endswith(("a", "e"))


GIVE_ASKED = frozenset(HARM_GIVING)
"""The verbs of giving in the imperative, asked of God addressed (``Allah'ım bunlara bela ver``)."""
GOD_ADDRESSED = frozenset(["allahım", "rabbim", "rabbi", "yarabbi", "yarabbim", "tanrım", "ilahi", "ilâhi"])
"""God called on in the vocative (``Allah'ım``, ``Ya Rabbi``, ``Tanrım``)."""
WISHED_BY_ME = frozenset(["diliyorum", "diliyoruz", "dilerim", "dileriz"])
"""The speaker's own wishing (``… dertler diliyorum``)."""


def _god_addressed_before(read: _Read, index: int) -> bool:
    """Tell whether God is called on in the vocative before ``index``, in its sentence (``Allah'ım … ver``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Allah'ım bunlara bela ver"
    >>> _god_addressed_before(read_comment(words(text), text), 3)
    True
    >>> text = "Allah bunlara bela ver demiş"
    >>> _god_addressed_before(read_comment(words(text), text), 3)
    False
    """
    return any(
        read.forms[other] in GOD_ADDRESSED and read.same_sentence(other, index) for other in range(index)
    )


def _ill_wished_by_me(read: _Read, index: int) -> bool:
    """Tell whether the speaker wishes an ill, named just before, on someone in the dative.

    ``… sahiplerine şifası olmayan dertler diliyorum``: the ill right before the wishing verb, the one it is wished on
    (a dative, a group, a person) before it in its sentence.

    >>> from gazete.moderation.normalize import words
    >>> def wished(text: str) -> bool:
    ...     return _ill_wished_by_me(read_comment(words(text), text), len(words(text)) - 1)
    >>> wished("Soygun yapanlara şifası olmayan dertler diliyorum"), wished("zam yapanlara bol bol dert diliyorum")
    (True, True)
    >>> wished("Tüm hastalara acil şifalar diliyorum"), wished("Kansere yakalananlara sabır diliyorum")
    (False, False)
    >>> wished("Ülkemize bir daha böyle acılar yaşatmamasını diliyorum")
    False
    """
    forms = read.forms
    if index == 0 or not forms[index - 1].startswith(HARMS) or not _an_ill_given(forms[index - 1]):
        return False
    if _denied_after(forms, index - 1):
        return False
    targets = read.targets
    return any(
        (other in targets or forms[other] in WISHED_TO or DATIVE_RE.fullmatch(forms[other]) is not None)
        and read.same_sentence(other, index)
        for other in range(max(0, index - 1 - WINDOW), index - 1)
    )


def _god_named_before(read: _Read, before: int, wish: int) -> bool:
    """Tell whether God is named in the eight words before ``before``, in the sentence of the wish at ``wish``."""
    forms = read.forms
    return any(
        forms[other].startswith(GOD_NAMES) and read.same_sentence(other, wish)
        for other in range(max(0, before - WINDOW), before)
    )


def _harm_wished(read: _Read) -> list[Finding]:
    """Find an ill wished on someone: a curse (``Allah sana evlat acısı göstersin``, ``Allah cezanı versin``).

    The wishing verb in the third-person optative after an ill (pain, trouble, disease, disaster), with God
    asked or someone it is wished on (a pronoun, a person or a group). Negated (``Allah kimseye göstermesin``),
    without an ill (``Allah sabır versin``, ``şifa versin``) or a punishment asked of a court (``hâkim
    hak ettiği cezayı versin``), it is no curse.

    >>> from gazete.moderation.normalize import words
    >>> text = "Rabbim sana da aynı acıyı yaşatsın."
    >>> [(f.code, f.kind) for f in _harm_wished(read_comment(words(text), text))]
    [('offensive', 'death_wish')]
    >>> text = "Allah kimseye evlat acısı göstermesin."
    >>> _harm_wished(read_comment(words(text), text))
    []
    """
    forms = read.forms
    targets = read.targets
    for index, form in enumerate(forms):
        if form in WISHED_BY_ME:
            if _ill_wished_by_me(read, index):
                return [_finding(OFFENSIVE, "death_wish", index - 1, index, CLEAR)]
            continue
        asked = form in GIVE_ASKED and _god_addressed_before(read, index)  # "Allah'ım bunlara bela ver"
        if not asked and (not form.endswith(WISHING_ENDINGS) or HARM_GIVEN_RE.fullmatch(form) is None):
            continue
        before = [other for other in range(max(0, index - HARM_REACH), index) if read.same_sentence(other, index)]
        god = _god_named_before(read, index, index)
        harm = next(
            (
                other
                for other in before
                if forms[other].startswith(HARMS)
                and _an_ill_given(forms[other])
                and (god or not forms[other].startswith(HARMS_ONLY_FROM_GOD))
                and not _denied_after(forms, other)
                # "evlat acısı göstermesin, sabrı versin": the ill is withheld by a verb of its own
                and not any(forms[between].endswith(("mesin", "masın")) for between in range(other + 1, index))
                # "Nasıl bir yıkım bu, Allah sabır versin": a good given stands between, the ill is only told
                and not any(forms[between].startswith(GOODS_GIVEN) for between in range(other + 1, index))
            ),
            None,
        )
        around = [*before, *range(index + 1, min(len(forms), index + 3))]  # "… göstersin sana"
        someone = any(other in targets or forms[other] in WISHED_TO for other in around)
        # "Allah belasını versin bu alkolün": God asked to curse an evil, no one named beside it
        wished_on = someone or (god and not evil_cursed_at(forms, index + 1))
        if harm is not None and wished_on:
            return [_finding(OFFENSIVE, "death_wish", harm, index, CLEAR)]
    return []


CURSING = frozenset(["kahretsin", "kahretsinler", "kahreylesin"])
"""God asked to crush someone (``kahretsin``): a sigh alone (``Allah kahretsin, yine zam``), a curse with whom."""
CURSED_OBJECTS = frozenset(
    ["onları", "bunları", "şunları", "seni", "sizi", "hepsini", "hepinizi", "adamı", "adamları", "herifi",
     "herifleri", "insanları", "tipleri"]
)
"""Pronouns and words for people in the accusative a curse falls on (``Allah kahretsin onları``, ``bu adamları``);
not ``onu``, ``şunu``, which may be a thing (``Allah kahretsin, onu da kaybettik``)."""


FROM_GOD = frozenset(["allahtan", "tanrıdan", "rabbimden", "allahından"])
"""God in the ablative: what someone is to get from Him (``Allah'tan bulsun``)."""
FOUND_FROM_GOD = frozenset(["bulsun", "bulsunlar", "bulur", "bulurlar", "bulacak", "bulacaklar"])
"""Getting it from God (``bulsun``, ``bulacak``): the punishment wished; not ``korksun`` (fear God)."""
SUFFERING_CRAWL_RE = re.compile(r"sürün(?:sün|sünler|ür|ürler|esice|esiceler)")
"""``sürüm sürüm sürünsün``: may someone crawl in misery, a curse; ``sürün`` alone drives a herd."""


def _cursed_by_god(read: _Read) -> list[Finding]:
    """Find God's punishment called on someone: asked to crush them (``zam yapanları Allah kahretsin``), to let them
    get it from Him (``Allah'tan bulsun``), or a life of crawling in misery wished (``sürüm sürüm sürünsün``).

    Whom ``kahretsin`` falls on: a doer in the accusative (``yapanları``, ``kuranları``), a pronoun or a word for
    people (``onları``, ``seni``, ``bu adamları``) or a group, person or trait word in the accusative (``bu
    yalancıları``), within four words before or two after, in the sentence. Without one the words are the everyday
    sigh (``Allah kahretsin, yine zam geldi``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Zam yapanları Allah kahretsin."
    >>> [(f.code, f.kind) for f in _cursed_by_god(read_comment(words(text), text))]
    [('offensive', 'death_wish')]
    >>> text = "Allah kahretsin, yine zam geldi."
    >>> _cursed_by_god(read_comment(words(text), text))
    []
    >>> text = "Halkın parasını yiyen başkan Allah'tan bulsun."
    >>> [(f.code, f.kind) for f in _cursed_by_god(read_comment(words(text), text))]
    [('offensive', 'death_wish')]
    """
    forms = read.forms
    targets = set(read.groups) | read.persons
    for index, form in enumerate(forms):
        if form in FROM_GOD and _next_word(forms, index) in FOUND_FROM_GOD:
            return [_finding(OFFENSIVE, "death_wish", index, index + 1, CLEAR)]  # "Allah'tan bulsun"
        if form == "sürüm" and _next_word(forms, index) == "sürüm" and SUFFERING_CRAWL_RE.fullmatch(
            forms[index + 2] if index + 2 < len(forms) else ""
        ):
            return [_finding(OFFENSIVE, "death_wish", index, index + 2, CLEAR)]  # "sürüm sürüm sürünsün"
        if form not in CURSING:
            continue
        around = [*range(max(0, index - HARM_REACH), index), *range(index + 1, min(len(forms), index + 3))]
        for other in around:
            if not read.same_sentence(other, index):
                continue
            whom = forms[other]
            named = other in targets or whom in TRAIT_TABLE  # "Suriyelileri", "bu yalancıları"
            if _doer_as_object(whom) or whom in CURSED_OBJECTS or (named and ACCUSATIVE_ENDING_RE.search(whom)):
                return [_finding(OFFENSIVE, "death_wish", other, index, CLEAR)]
    return []


BLESSINGS = ("ömür", "ömrü", "şifa", "sağlık", "sabah", "rahmet")
"""Beginnings of the goods a prayer asks for someone (long life, a cure, health, another morning, mercy)."""
GOODS_GIVEN = (
    *BLESSINGS, "sabır", "sabrı", "güç", "kuvvet", "huzur", "kolaylık", "merhamet", "derman", "teselli", "selamet",
    "hidayet", "akıl",
)
"""Beginnings of the goods a prayer gives (:data:`BLESSINGS`, patience, strength, peace, mercy): an ill before them
is told, not given (``Nasıl bir yıkım bu, Allah sabır versin``)."""
WITHHELD_RE = re.compile(r"(?:ver|göster|et)mesin")
"""God asked not to give, show or grant (``vermesin``, ``göstermesin``, ``nasip etmesin``)."""
BLESSING_REACH = 3
"""How many words before the withholding verb the good may stand (``uzun ömür nasip etmesin``)."""


def _blessing_withheld(read: _Read) -> list[Finding]:
    """Find a prayer turned against someone: God asked to withhold life, a cure or mercy (``Allah şifa vermesin``).

    A good (:data:`BLESSINGS`) within three words before ``vermesin``, ``göstermesin`` or ``etmesin``, God named in
    the sentence before it. Withholding an ill is the kind wish (``Allah kimseye evlat acısı göstermesin``), and days
    in general stay kind too (``Allah o günleri bir daha göstermesin``): only another morning is a life.

    >>> from gazete.moderation.normalize import words
    >>> text = "Böyle adamlara Allah uzun ömür vermesin."
    >>> [(f.code, f.kind) for f in _blessing_withheld(read_comment(words(text), text))]
    [('offensive', 'death_wish')]
    >>> text = "Allah kimseye böyle bir acı göstermesin."
    >>> _blessing_withheld(read_comment(words(text), text))
    []
    """
    forms = read.forms
    for index, form in enumerate(forms):
        if not form.endswith("mesin") or WITHHELD_RE.fullmatch(form) is None:
            continue
        good = next(
            (
                other
                for other in range(max(0, index - BLESSING_REACH), index)
                if forms[other].startswith(BLESSINGS) and read.same_sentence(other, index)
            ),
            None,
        )
        if good is None:
            continue
        if _god_named_before(read, good, index):
            return [_finding(OFFENSIVE, "death_wish", good, index, CLEAR)]
    return []


WEAPONS = (
    "sopa", "bıçak", "pompalı", "silah", "tüfek", "satır", "balta", "kurşun", "benzin", "bidon", "levye", "beyzbol",
    "tabanca", "molotof", "kalaşnikof",
)
"""Openings of weapons (and petrol) a commenter may say they will come with."""
WITH_RE = re.compile(r"\w+?(?:y?l[ae]|[ıiuü]yl[ae])")
"""The instrumental ending (``sopayla``, ``pompalıyla``, ``benzin bidonuyla``)."""
OWN_INTENT_RE = re.compile(r"\w+(?:[ıiuüae]r[ıiuü][mz]|[ae]c[ae]ğ[ıi][mz]|[ıiuü]c[ae][mz])")
"""A first-person aorist or future (``karşılarım``, ``gideceğim``, ``gelicez``): what the speaker will do."""
OWN_WEAPON_RE = re.compile(
    r"(?:silah|tabanca|tüfe[kğ]|bıça[kğ]|pompalı|satır|balta|kalaşnikof)(?:l[ae]r)?(?:[ıiuü]?m|[ıiuü]m[ıiuü]z|y[ıi]m)"
)
"""The speaker's own weapon (``silahım``, ``silahlarımız``, ``tüfeğim``, ``bıçağım``, ``pompalım``)."""
WEAPON_READY = frozenset(
    ["var", "hazır", "hazırdır", "dolu", "doldurdum", "doldurduk", "yağlı", "yağladım", "yağladık", "bekliyor",
     "hazırladık", "hazırladım", "belimde", "yanımda"]
)
"""Words that say the speaker's weapon is there and ready (``bıçağım hazır``, ``tüfeğim dolu``, ``silahımız var``)."""
WEAPON_METAPHOR = frozenset(["en", "tek", "büyük", "güçlü", "gibi"])
"""Words before a weapon that make it a figure (``en büyük silahımız boykot``, ``tek silahımız oy``)."""
NOT_INTENTS = frozenset(["umarım", "sanırım", "herhalde", "galiba"])
"""Words that end like a first-person aorist and are hedges (``umarım``: I hope)."""
INTENT_REACH = 3
"""Words after the weapon the speaker's verb may stand."""
MADE_SO_RE = re.compile(r"getir(?:iri|eceği|ice|ece)[mz]")
"""``hale getiririm``, ``hale getireceğiz``: what the speaker will leave someone in."""
UNABLE_STATE_RE = re.compile(r"\w+(?:m[ae]y[ae]c[ae]k|m[ae]z)")
"""A state of not being able (``tutamayacak``, ``tanınmaz``, ``yürüyemez``) before ``hale``: the harm the speaker
threatens; ``yaşanır hale getireceğiz`` (we will make it liveable) is a promise."""


def _armed_intent(read: _Read) -> list[Finding]:
    """Find a commenter who says they will come armed (``pompalıyla karşılarım``) or leave someone in a state.

    A weapon in the instrumental, then within three words a verb in the first-person aorist or future (``sopayla
    gideceğiz``, ``benzin bidonuyla gideceğim``); or a state of not being able before ``hale getiririm`` or
    ``getireceğim`` (``elini kalem tutamayacak hale getiririm``). Reported words (``… diye bağıran``) are someone
    else's.

    >>> from gazete.moderation.normalize import words
    >>> text = "Kapıma gelen olursa pompalıyla karşılarım."
    >>> [(f.code, f.kind) for f in _armed_intent(read_comment(words(text), text))]
    [('offensive', 'threat')]
    >>> text = "Saldırgan bekçiyi bıçakla yaraladı, umarım ceza alır."
    >>> _armed_intent(read_comment(words(text), text))
    []

    Or the speaker's own weapon said to be there and ready (``bıçağım hazır``, ``bizim de silahlarımız var``); not a
    figure (``en büyük silahımız boykot``) nor a denial (``silahım yok``).

    >>> text = "O adam bir daha gelsin, tüfeğim dolu."
    >>> [(f.code, f.kind) for f in _armed_intent(read_comment(words(text), text))]
    [('offensive', 'threat')]
    >>> text = "Tüketici olarak en büyük silahımız var: almamak."
    >>> _armed_intent(read_comment(words(text), text))
    []
    """
    forms = read.forms
    for index, form in enumerate(forms):
        if (
            OWN_WEAPON_RE.fullmatch(form)
            and WEAPON_METAPHOR.isdisjoint(forms[max(0, index - 2) : index])
            and any(
                word in WEAPON_READY and read.same_sentence(index, other)
                for other, word in enumerate(forms[index + 1 : index + 1 + INTENT_REACH], start=index + 1)
            )
            and not reported(forms, index)
        ):
            return [_finding(OFFENSIVE, "threat", index, index + 1, STRONG)]
        if form.startswith(WEAPONS) and WITH_RE.fullmatch(form):
            for other in range(index + 1, min(len(forms), index + 1 + INTENT_REACH)):
                if forms[other] not in NOT_INTENTS and OWN_INTENT_RE.fullmatch(forms[other]) and not reported(
                    forms, other
                ):
                    return [_finding(OFFENSIVE, "threat", index, other, STRONG)]
        if (
            form == "hale"
            and index > 0
            and UNABLE_STATE_RE.fullmatch(forms[index - 1])
            and MADE_SO_RE.fullmatch(_next_word(forms, index))
            and not reported(forms, index + 1)
        ):
            return [_finding(OFFENSIVE, "threat", index, index + 1, STRONG)]
    return []


SWORN_CONDITION_RE = re.compile(r"(?P<verb>\w+m[ae]z)s[ae](?:m|k)")
"""A first-person negative conditional of the aorist (``dövmezsem``, ``kırmazsak``): "if I do not …", the opening of
an oath."""
SWORN_ENDINGS = ("sem", "sam", "sek", "sak")
"""Endings of :data:`SWORN_CONDITION_RE`: one string test rules most words out."""
OATH_CLOSES = frozenset(
    ["değilim", "değiliz", "namerdim", "namerdiz", "şerefsizim", "şerefsiziz", "namussuzum", "demesinler",
     "olmayayım", "olmayalım", "haramdır"]
)
"""How a Turkish oath on one's own deed ends (``… adam değilim``, ``… bana da … demesinler``, ``… namerdim``)."""
OATH_REACH = 4
"""Words after the conditional that the oath's close may stand."""
SWORN_HARMS = ALWAYS_VIOLENT_VERBS | frozenset(["vur", "kır", "parçala", "doğra"])
"""Verbs of harm an oath swears (``dövmezsem``, ``kafasını kırmazsam``); not ``bitir`` (finish a job) or ``yak``."""


def _sworn_harm(read: _Read) -> list[Finding]:
    """Find harm sworn in an oath: a violent verb in "if I do not …" closed by the oath (``dövmezsem adam değilim``).

    ``Bu fiyatı koyanı dövmezsem adam değilim`` swears the beating as firmly as ``döveceğim``; an oath on any other
    deed (``bu işi bitirmezsem adam değilim``) and a plain condition (``dövmezsem ne olur``) are none.

    >>> from gazete.moderation.normalize import words
    >>> text = "O marketçiyi dövmezsem adam değilim."
    >>> [(f.code, f.kind) for f in _sworn_harm(read_comment(words(text), text))]
    [('offensive', 'threat')]
    >>> text = "Bu projeyi bitirmezsem adam değilim."
    >>> _sworn_harm(read_comment(words(text), text))
    []
    """
    forms = read.forms
    for index, form in enumerate(forms):
        if not form.endswith(SWORN_ENDINGS):
            continue  # no "if I do not": most words, ruled out without the pattern
        sworn = SWORN_CONDITION_RE.fullmatch(form)
        if sworn is None or reported(forms, index):
            continue
        reading = VERBS.read(sworn.group("verb"))
        if reading is None or reading.stem not in SWORN_HARMS or not reading.negated:
            continue
        for other in range(index + 1, min(len(forms), index + 1 + OATH_REACH)):
            if forms[other] in OATH_CLOSES and read.same_sentence(index, other):
                return [_finding(OFFENSIVE, "threat", index, other, STRONG)]
    return []


FAREWELL_RE = re.compile(r"helalleş(?:sin|sinler|in|iniz|sen|seniz)")
"""``helalleş`` (make one's peace with others, as before dying) bidden: optative, imperative or "if only"."""
FAREWELL_DONE_RE = re.compile(r"helalleşmiş(?:ler)?")


def _farewells_bidden(read: _Read) -> list[Finding]:
    """Find someone told to make their farewells, as a death threat: ``şimdiden helalleşsin`` (from now on),
    ``evdekilerle helalleşmiş olsun`` (let him have done so).

    Peace made or urged without either (``bayramda küslerle helalleşin``, ``herkesle helalleşerek gitti``) is none.

    >>> from gazete.moderation.normalize import words
    >>> def bidden(text: str) -> bool:
    ...     return bool(_farewells_bidden(read_comment(words(text), text)))
    >>> bidden("O şoför şimdiden helalleşsin"), bidden("Bir daha gelirse ailesiyle helalleşmiş olsun")
    (True, True)
    >>> bidden("Bayramda küs olduklarınızla helalleşin"), bidden("Dedem herkesle helalleşmiş olarak gitti")
    (False, False)
    """
    forms = read.forms
    if "helalleş" not in read.joined:
        return []
    for index, form in enumerate(forms):
        bidden = FAREWELL_RE.fullmatch(form) is not None and "şimdiden" in forms[max(0, index - 3) : index]
        done = FAREWELL_DONE_RE.fullmatch(form) is not None and _next_word(forms, index) in ("olsun", "olsunlar")
        if (bidden or done) and not reported(forms, index):
            return [_finding(OFFENSIVE, "threat", index, index, CLEAR)]
    return []


PRIVATIONS = ("açlık", "susuzluk", "hastalık", "soğuk", "kıtlık", "yokluk", "sefalet", "veba", "kolera", "kuraklık")
"""Wants a people perish of in a curse (``açlıktan kırılsınlar``)."""
PERISHED_RE = re.compile(r"kırıl(?:s[ıi]n(?:lar)?|asıca|asıcalar)")
"""``kırıl`` (perish, of many) wished: optative or ``-asıca``."""
BREATH_DENIED_RE = re.compile(r"aldırma(?:s[ıi]n|y[ae]s[ıi]ca)")
"""No breath granted (``nefes aldırmasın``): with God named, a curse; alone, a team's play (rivals given no rest)."""
LIFE_RUN_OUT_RE = re.compile(r"(?:bit|tüken|sön)s[iüıu]n(?:l[ae]r)?")
"""A life wished to run out (``ömrü bitsin``, ``ömürleri tükensin``)."""


def _wasting_curses(read: _Read) -> list[Finding]:
    """Find the curses of wasting: perishing of want (``açlıktan kırılsınlar``), no breath granted by God
    (``Allah nefes aldırmasın``), a life wished to run out (``ömrü bitsin``).

    >>> from gazete.moderation.normalize import words
    >>> def cursed(text: str) -> bool:
    ...     return bool(_wasting_curses(read_comment(words(text), text)))
    >>> cursed("Suyu kesenler susuzluktan kırılsın"), cursed("Rabbim bunlara nefes aldırmasın")
    (True, True)
    >>> cursed("Valinin ömrü bugün bitsin"), cursed("Bu sezon rakiplerine nefes aldırmasın")
    (True, False)
    >>> cursed("Gülmekten kırıldık"), cursed("Ömrü boyunca çalıştı, emeği bitsin istemedi")
    (False, False)
    """
    forms = read.forms
    for index, form in enumerate(forms[:-1]):
        following = forms[index + 1]
        perished = form.startswith(PRIVATIONS) and form.endswith(("tan", "ten")) and PERISHED_RE.fullmatch(following)
        breath = (
            form == "nefes"
            and BREATH_DENIED_RE.fullmatch(following) is not None
            and any(other.startswith(GOD_NAMES) for other in forms[max(0, index - WINDOW) : index])
        )
        run_out = form in LIFE_NOUNS and following != "boyunca" and any(
            LIFE_RUN_OUT_RE.fullmatch(forms[other]) and read.same_sentence(index, other)
            for other in range(index + 1, min(len(forms), index + 4))
        )  # "ömrü bugün bitsin", "ömrü bu yıl bitsin"; not "ömrü boyunca …"
        if (perished or breath or run_out) and not reported(forms, index):
            return [_finding(OFFENSIVE, "death_wish", index, index + 1, STRONG)]
    return []


ALONE = frozenset(["yalnız", "tek", "yalnızca"])
"""Alone (``yalnız``, ``tek başına``): how someone is told not to go about."""
GOING_ABOUT_WARNED_RE = re.compile(r"(?:gez|dolaş|yürü|çık|dön)m[ae]s[ıi]n(?:l[ae]r)?")
"""A third person told not to go about, out or come home alone (``gezmesin``, ``çıkmasınlar``); not ``yalnız
kalmasın`` (may they not be left alone), a kind wish."""
DEED_OBJECT_RE = re.compile(r"\w+(?:l[ae]r[ıi]|l[ae]r[ae]|[ıiuü]|y[ae]|[^aeıioöuü][ae])")
"""What a deed was done to, in the accusative or dative (``zammı``, ``suyunu``, ``hayvanlara``)."""
ALONE_REACH = 3
"""Words between ``yalnız`` and the warning verb (``tek başına``, ``sokakta``)."""


def _doer(form: str) -> bool:
    """Tell whether ``form`` names who did something, one or many (``yapan``, ``yapanlar``; not ``insanlar``)."""
    return DOER_RE.fullmatch(form) is not None and (subject_participle(form) or subject_participle(form, endings=1))


def _warned_off_going_alone(read: _Read) -> list[Finding]:
    """Find the veiled threat "let those who did it not go about alone" (``zammı yapanlar gece yalnız gezmesin``).

    The warning is a threat when it is said to the doers of a deed done to something (a participle subject after its
    object, maybe with a noun between: ``zammı yapanlar``, ``hayvanlara eziyet edenler``) in its sentence; advice to
    a group (``çocuklar gece yalnız çıkmasın``, ``akşam yalnız çıkanlar dikkat etsin``) names no such doer.

    >>> from gazete.moderation.normalize import words
    >>> text = "Bu zammı yapanlar gece yalnız gezmesin."
    >>> [(f.code, f.kind) for f in _warned_off_going_alone(read_comment(words(text), text))]
    [('offensive', 'threat')]
    >>> text = "Çocuklar bu saatte yalnız dışarı çıkmasın, yol karanlık."
    >>> _warned_off_going_alone(read_comment(words(text), text))
    []
    """
    forms = read.forms
    for index, form in enumerate(forms):
        if form not in ALONE:
            continue
        for other in range(index + 1, min(len(forms), index + 1 + ALONE_REACH)):
            if not GOING_ABOUT_WARNED_RE.fullmatch(forms[other]) or not read.same_sentence(index, other):
                continue
            doer = next(
                (
                    before
                    for before in range(index - 1, -1, -1)
                    if read.same_sentence(before, index)
                    and _doer(forms[before])
                    and any(DEED_OBJECT_RE.fullmatch(forms[at]) for at in range(max(0, before - 2), before))
                ),
                None,
            )
            if doer is not None and not reported(forms, other):
                return [_finding(OFFENSIVE, "threat", doer, other, STRONG)]
    return []


DESPITE_BEING = frozenset(["olmasına", "olduğu", "olduğuna"])
"""The verbal noun of being after a group word (``kadın olmasına``, ``Kürt olduğu``) before a concession."""
CONCESSIONS = frozenset(["rağmen", "karşın", "halde", "hâlde"])
"""The words of a concession (``… olmasına rağmen``, ``… olduğu halde``)."""
PRAISED_DESPITE_KINDS = frozenset(["gender", "ethnic", "national", "migrant", "regional", "religious", "nonbeliever"])
"""Groups whose membership a backhanded compliment concedes; not disability, where ``engelli olmasına rağmen
üniversiteyi bitirdi`` praises a hardship overcome."""
PRAISE_OPENINGS = (
    "iyi", "güzel", "başarı", "düzgün", "kibar", "dürüst", "akıllı", "zeki", "temiz", "çalışkan", "yetenek", "harika",
    "mükemmel", "usta", "başar", "becer", "efendi", "terbiyeli", "medeni", "kültürlü", "namuslu", "mantıklı",
)
"""Openings of the praise a concession leads to (``… olmasına rağmen çok iyi``, ``… başardı``): a hardship told
(``hamile bir kadın olmasına rağmen gözaltına alındı``) is no backhanded compliment."""
PRAISE_REACH = 6
"""Words after the concession the praise may stand."""


def _praised_despite(read: _Read) -> list[Finding]:
    """Find a backhanded compliment: someone good at something though one of a group (``kadın olmasına rağmen``).

    The group word, then ``olmasına`` or ``olduğu``, a concession (``rağmen``, ``karşın``, ``halde``) and praise
    within six words (:data:`PRAISE_OPENINGS`): the praise says the group is expected to fail. Not in a comment that
    condemns or reports, nor when the being is denied (``kadın olmasına değil, icraatına``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Kadın olmasına rağmen çok iyi araba kullanıyor."
    >>> [(f.code, f.kind) for f in _praised_despite(read_comment(words(text), text))]
    [('offensive', 'backhanded')]
    >>> text = "Engelli olmasına rağmen üniversiteyi bitirdi."
    >>> _praised_despite(read_comment(words(text), text))
    []
    """
    if read.neutralised:
        return []
    forms = read.forms
    for index, kind in read.groups.items():
        if (
            kind in PRAISED_DESPITE_KINDS
            and forms[index + 1 : index + 2] and forms[index + 1] in DESPITE_BEING
            and forms[index + 2 : index + 3] and forms[index + 2] in CONCESSIONS
            and any(form.startswith(PRAISE_OPENINGS) for form in forms[index + 3 : index + 3 + PRAISE_REACH])
        ):
            return [_finding(OFFENSIVE, "backhanded", index, index + 2, CLEAR)]
    return []


LIVES_ENDED = ("ömrüne", "ömürlerine", "hayatına", "hayatlarına", "ömrünün", "hayatının")
"""A life as what an end comes to (``ömrüne son gelsin``, ``hayatına son versin``)."""
END_WISHED_RE = re.compile(r"(?:gel|ver|veril)s[ıi]n(?:l[ae]r)?")
"""An end wished to come or be given (``son gelsin``, ``son versin``)."""
DEATH_AWAITED = ("ölüm", "ölümü", "ölüsü", "vefat")
"""Someone's death, as what one waits for (``ölüm haberini bekliyorum``, ``vefat haberini okumak nasip olsun``)."""
EAGER_ONLY = ("mezar", "cenaze", "tabut")
"""A grave or a funeral: awaited only eagerly (``mezarına tükürmek için sabırsızlanıyorum``); one goes to a funeral
or wants to visit a grave in grief (``cenazesine gitmek istiyorum``)."""
AWAITING_EAGERLY = frozenset(["sabırsızlanıyorum", "sabırsızlanıyoruz", "çekiyorum", "çekiyoruz"])
"""The speaker waiting now and eagerly (``sabırsızlanıyorum``, ``iple çekiyorum``); not ``bekliyorduk``."""
AWAITING = frozenset(["bekliyorum", "bekliyoruz", "isterim", "istiyorum", "istiyoruz", "isteriz", "nasip"])
"""Plain waiting or wanting: for a death only as news of someone not one's own (``başkanın ölüm haberini
bekliyorum``, ``vefat haberini okumak nasip olsun``; not ``dedemin ölüm haberini bekliyoruz``, a family)."""
KIN_STEMS = ("anne", "baba", "dede", "nine", "eşim", "oğl", "kız", "kardeş", "abi", "abla", "amca", "dayı", "teyze",
             "hala", "ağabey")
"""Relatives (any person's: ``annesinin``, ``dedemin``), whose death a family waits for in grief; broader than
:data:`OWN_KIN`, the speaker's own relatives as words, whose condition a group word after them tells."""
END_REACH = 4
"""How many words after a life or a death its ending or awaiting verb may stand."""


def _life_ended(read: _Read) -> list[Finding]:
    """Find an end wished on a life (``ömrüne bir an önce son gelsin``) or a death awaited as news.

    ``Ölüm haberini bekliyorum``, ``ölümünü iple çekiyorum``: the speaker waits for someone's death now; a report
    in the past (``ölüm haberini bekliyorduk``) or of others (``doktorlar bekliyor``) is none.

    >>> from gazete.moderation.normalize import words
    >>> text = "Bu vekilin ömrüne bir an önce son gelsin."
    >>> [(f.code, f.kind) for f in _life_ended(read_comment(words(text), text))]
    [('offensive', 'death_wish')]
    >>> text = "Hastanede dedemin ölüm haberini bekliyorduk, sabaha karşı geldi."
    >>> _life_ended(read_comment(words(text), text))
    []
    """
    forms = read.forms
    for index, form in enumerate(forms):
        if form not in LIVES_ENDED and not form.startswith(DEATH_AWAITED):
            if form.startswith(EAGER_ONLY) and any(other in AWAITING_EAGERLY for other in forms[index + 1 : index + 5]):
                return [_finding(OFFENSIVE, "death_wish", index, None, STRONG)]
            continue  # most words: no slice taken
        after = forms[index + 1 : index + 1 + END_REACH]
        if form in LIVES_ENDED and "son" in after:
            end = index + 1 + after.index("son")
            if any(END_WISHED_RE.fullmatch(other) for other in forms[end + 1 : end + 3]):
                return [_finding(OFFENSIVE, "death_wish", index, end + 1, STRONG)]
        if not form.startswith(DEATH_AWAITED):
            continue
        kin = index > 0 and forms[index - 1].startswith(KIN_STEMS)
        news = any(other.startswith("haber") for other in after)
        if any(other in AWAITING_EAGERLY for other in after) or (
            news and not kin and any(other in AWAITING for other in after)
        ):
            return [_finding(OFFENSIVE, "death_wish", index, None, STRONG)]
    return []


PUNISHMENTS_TOO_LITTLE = frozenset(["ölüm", "ölümü", "idam", "idamı", "ip", "kurşun", "kurşunu"])
"""Death and its means, said to be too little for someone (``ona ölüm bile az``, ``idam bile az gelir``)."""
EVEN = frozenset(["bile", "dahi"])
TOO_LITTLE = frozenset(["az", "azdır", "azdir"])


def _death_too_little(read: _Read) -> list[Finding]:
    """Find death called too little a punishment for someone (``Bunu yapanlara ölüm bile az``): a death wish.

    >>> from gazete.moderation.normalize import words
    >>> text = "Çocuğa bunu yapana idam bile az."
    >>> [(f.code, f.kind) for f in _death_too_little(read_comment(words(text), text))]
    [('offensive', 'death_wish')]
    >>> text = "Onlara ölüm bile az diyenler utanmalı."
    >>> _death_too_little(read_comment(words(text), text))
    []
    """
    forms = read.forms
    if read.neutralised:
        return []  # "… ölüm bile az diyenler utanmalı": the saying condemned
    for index, form in enumerate(forms[:-2]):
        if form in PUNISHMENTS_TOO_LITTLE and forms[index + 1] in EVEN and forms[index + 2] in TOO_LITTLE:
            return [_finding(OFFENSIVE, "death_wish", index, index + 2, STRONG)]
    return []


def _confined_at_home(read: _Read) -> list[Finding]:
    """Find a group told its place is the home (``Kadının yeri evidir``, ``bu çocuklar evde durmalı``).

    ``yeri`` before a form of ``ev`` (or ``mutfak``), or a home form before a call to stay (``evde kalsın``,
    ``evinde oturmalı``), with a group in the sentence: women (sexism), disabled people, anyone set apart.
    A denial (``kadının yeri ev değil``), a report (``… diyenler``) and the speaker's own plans (``evde
    kalacağım``) are not calls. The group may stand in the sentence before when this one points back to it
    (``Otizmli çocuğunu getirmiş. Bu çocuklar evde durmalı.``).
    """
    if not read.groups or read.praises:
        return []
    forms = read.forms
    for index, form in enumerate(forms[:-1]):
        following = forms[index + 1]
        placed = form in ("yeri", "yerleri", "yeridir") and HOME_PLACE_RE.fullmatch(following) is not None
        kept = form in HOME_FORMS and STAY_CALL_RE.fullmatch(following) is not None
        if not (placed or kept) or _denied_after(forms, index + 1) or _next_word(forms, index + 1).startswith(SAYING):
            continue
        group = _near(read.in_sentence_of(set(read.groups), index), index, WINDOW + 2)
        pointing = any(forms[other] in POINTERS for other in range(max(0, index - 4), index))
        if group is None and pointing:
            group = _near(set(read.groups), index, WINDOW + 8)
        if group is not None:
            kind = "sexism" if read.groups[group] == "gender" else "segregation"
            return [_finding(OFFENSIVE, kind, group, index + 1, CLEAR)]
    return []


def _neither_nor(forms: list[str], index: int) -> bool:
    """Tell whether the verb at ``index`` is one arm of ``ne … ne …`` (neither … nor): both denied.

    >>> _neither_nor(["ne", "zorla", "taktırılmalı", "ne", "zorla", "çıkartılmalı"], 5)
    True
    >>> _neither_nor(["ne", "yapsınlar", "gitsinler"], 2)
    False
    """
    arm = next((other for other in range(index - 1, max(-1, index - 4), -1) if forms[other] == "ne"), None)
    return arm is not None and "ne" in forms[max(0, arm - 6) : arm]


BECOMING = ("olacak", "oluyor", "oldum", "olduk", "oldu", "olmuş", "olur", "olmak", "eden", "edecek", "etti",
            "ediyor", "edici", "kaldı", "kalmış", "kalacak", "kalır")
"""Verbs after a disability word that tell of becoming or making so (``sağır olacak gibi``, ``kulakları sağır
eden``): a condition or its cause, no one called it."""


FOR_THE_DISABLED_RE = re.compile(r"(?:park|rampa|tuvalet|asansör|otopark|giriş|koltu[kğ]|bilet|indirim|hakk|kart)\w*")
"""Nouns a disability word modifies as a compound (``engelli park yeri``, ``engelli rampası``, ``engelli
asansörü``): a thing or a right for disabled people, no one called disabled; not ``okulu``, ``derneği``, ``raporu``,
which an insult likens someone to (``Meclis engelliler okulu gibi``)."""
CONDITION_NOUN_RE = re.compile(r"\w{3,}l[ıiuü][kğ]\w*")
"""A word made a noun of condition (``sakatlık``, ``sağırlığı``): an injury or a state, not a person or a people
(no disability insult, no group kept out: ``sakatlık olmasın``)."""


DISABILITY_NEUTRAL = ("engelli", "otizmli", "felçli", "down")
"""Disability words that name, not mock: beside a person they are respectful (``engelli kardeşimiz``, ``otizmli
oğlum``); ``mongol herif``, ``spastik adam`` are not."""


BODY_PARTS = ("diz", "bacağ", "bacak", "kol", "ayağ", "ayak", "eli", "elle", "göz", "kulağ", "kulak", "bel", "sırt",
              "omuz", "boyn", "parmağ", "parmak", "kalça")
"""Limbs and senses (possessed: ``dizlerim``, ``ayağı``, ``gözü``) whose condition a disability word may tell; not
the head or the mind (``kafası``, ``beyni``), which an insult names."""


MAKING = ("eder", "etti", "etmiş", "ediyor", "edecek", "etmez", "eden", "edip")
"""Forms of ``et-`` that make a verb of a disability word (``kör eder``, ``sağır etti``): a sense taken, said of a
passion or a noise, no one called disabled."""


def _disability_insults(read: _Read) -> list[Finding]:
    """Find disability words used as insults (``mongol gibi``, ``sağır mısın``, ``spastik herhalde``)."""
    found = []
    forms = read.forms
    for index, kind in read.groups.items():
        if kind != "disability":
            continue
        limb = forms[index - 1] if index > 0 else ""
        if limb.startswith(BODY_PARTS) and not limb.endswith(("ın", "in", "un", "ün", "ınız", "iniz", "unuz", "ünüz")):
            continue  # "dizlerim sakat gibi ağrıyor", "ayağı sakat": a limb's condition; not "gözlerin kör mü"
        # the cues of its own sentence ("… var mı? İşitme engelli biri …": the question is the sentence before's)
        nearby = (*range(max(0, index - 2), index), *range(index + 1, min(len(forms), index + 3)))
        around = [forms[other] for other in nearby if read.same_sentence(other, index)]
        addressed = forms[index].endswith(("sın", "sin", "sun", "sün", "sınız", "siniz"))
        addressed = addressed or _next_word(forms, index) in ("musunuz", "müsünüz")  # "Kör müsünüz?"
        if not addressed and _next_word(forms, index) in BECOMING:
            continue  # "insan sağır olacak gibi oluyor": the noise deafens, nobody is called deaf
        if _next_word(forms, index).startswith(MAKING):
            continue  # "Kıskançlık bu kadar mı kör eder insanı?": a verb made with et-, to blind or to deafen
        if _mentioned_as_word(forms, index):
            continue  # "kör, sağır, topal gibi kelimeleri hakaret olarak kullanmayın": the words, not a person
        if CONDITION_NOUN_RE.fullmatch(forms[index]):
            continue  # "Yine mi sakatlık?": an injury or a condition, no one called disabled
        if forms[index].startswith("sakat") and _next_word(forms, index).startswith(PLAYERS):
            continue  # "sakat oyuncu listesi", "sakat kalecimiz": a player injured, no one called disabled
        if FOR_THE_DISABLED_RE.fullmatch(_next_word(forms, index)):
            continue  # "engelli park yerine park edenler": a place or a right for disabled people
        beside_person = _near(read.persons, index, 2) is not None and not forms[index].startswith(DISABILITY_NEUTRAL)
        called = _called_disabled(forms, index) or _work_likened(forms, index)
        if addressed or any(word in DISABILITY_INSULT_CUES for word in around) or beside_person or called:
            found.append(Finding(OFFENSIVE, "ableism", index, index, CLEAR))
    return found


PLAYERS = ("oyuncu", "futbolcu", "kaleci", "forvet", "sporcu", "stoper", "golcü", "yıldız", "kaptan", "atlet")
"""Openings of the players an injury is said of (``sakat oyuncu``, ``sakat kalecimiz``)."""
SOMEONE = frozenset(["biri", "birisi", "birinin", "birine", "bir"])
"""Someone, one person (``otistik biri``, ``engelli bir çocuğa``): a disabled person as the maker of a work."""
WORK_LIKENED_REACH = 6
"""Words after the person that the likening (``gibi``, ``olmalı``, ``daha iyi``) may stand."""
SUPPOSED_RE = re.compile(r"\w+m[ıiuü]ş(?:tır)?|olmal[ıi]")
"""A supposition about how a work came about: ``olmalı`` itself, or a past participle before it (``yapmış
olmalı``)."""
LIKENED_WORK_RE = re.compile(r"\w+(?:m[ıiuü]ş|[dt][ıiuü]ğ[ıiuü]|[ıiuü])")
"""What is likened before ``gibi``: a deed (``yazılmış``, ``yazdığı``) or a work someone owns (``ödevi``); not a
person (``otizmli bir çocuk gibi davranılmamalı``)."""
BETTER_IF_RE = re.compile(r"\w+s[ae](?:n[ıi]z|ydı|ydi)?")
"""A condition before ``daha iyi`` (``yazsa daha iyi yazardı``, ``verseniz daha iyi``)."""


def _work_likened(forms: list[str], index: int) -> bool:
    """Tell whether a disabled person is named as the maker a bad work seems to have, or would outdo it.

    ``otistik biri tarafından yazılmış gibi``, ``kör biri yapmış olmalı``, ``retarde biri yazsa daha iyi yazardı``:
    the work mocked by likening its maker to a disabled person. A disabled person who did something (``görme
    engelli biri bu uygulamayı yazdı``) is no likening.

    >>> _work_likened("bu haber otistik biri tarafından yazılmış gibi".split(), 2)
    True
    >>> _work_likened("görme engelli biri bu uygulamayı yazdı harika".split(), 1)
    False
    """
    if _next_word(forms, index) not in SOMEONE:
        return False
    after = forms[index + 2 : index + 2 + WORK_LIKENED_REACH]
    for offset, form in enumerate(after):
        if form == "gibi" and offset > 0 and LIKENED_WORK_RE.fullmatch(after[offset - 1]):
            return True
        if offset > 0 and SUPPOSED_RE.fullmatch(form) and (
            form.startswith("olmal") or _next_word(after, offset).startswith("olmal")
        ):
            return True
        if form == "daha" and _next_word(after, offset) == "iyi" and any(
            BETTER_IF_RE.fullmatch(before) for before in after[:offset]
        ):
            return True
    return False


DISABILITY_SLURS = ("sağır", "kör", "topal", "cüce", "kötürüm", "mongol", "spastik", "bunak", "çolak", "şaşı",
                    "kambur", "dilsiz", "özürlü")
"""Disability words that, made a person's name (``bu sağırı``) or said of a role (``kalecisi körmüş``), mock."""
ROLES = ("kaleci", "hakem", "direktör", "hoca", "başkan", "yazar", "muhabir", "vekil", "bakan", "forvet", "defans",
         "oyuncu", "futbolcu", "müdür", "yönetici", "antrenör", "spiker", "yorumcu", "editör", "pilot", "şoför",
         "sürücü", "kaptan", "makinist", "doktor", "cerrah", "öğretmen", "polis", "memur", "garson", "usta")
"""People judged at their work (``kalecisi``, ``teknik direktörü``, ``hakem``): a disability said of them mocks."""
POINTED_CASE_OPENINGS = ("ı", "i", "u", "ü", "a", "e", "n", "d", "t", "y")
"""Openings of a case ending on a pointed singular noun (``sağırı``, ``köre``, ``topalın``, ``cüceye``)."""
PRESUMED = frozenset(["olmalı", "olmalıdır", "olsa", "herhalde", "galiba", "mı", "mi", "mu", "mü"])
"""Words after a disability word that presume or ask it of someone (``pilotu şaşı olmalı``, ``hakem kör mü``)."""
HEARSAY_ENDINGS = ("mış", "miş", "muş", "müş")
"""A hearsay copula (``körmüş``): with :data:`COPULA_ENDINGS`, a disability said of someone."""


def _called_disabled(forms: list[str], index: int) -> bool:
    """Tell whether a disability word names a person with contempt, or is said of one at their work.

    ``bu sağırı kim işe aldı`` (the word made a pointed noun), ``kalecisi körmüş``, ``teknik direktörü ya
    kördür`` (said of a role); not ``bu engelliye yardım``, ``sağır vatandaşlar``.

    >>> _called_disabled(["bu", "sağırı", "kim", "işe", "aldı"], 1), _called_disabled(["kalecisi", "körmüş"], 1)
    (True, True)
    >>> _called_disabled(["bu", "engelliye", "yardım"], 1), _called_disabled(["köpeğimiz", "kördür"], 1)
    (False, False)
    """
    form = forms[index]
    if not form.startswith(DISABILITY_SLURS):
        return False
    stem = next(slur for slur in DISABILITY_SLURS if form.startswith(slur))
    ending = form[len(stem) :]
    if index > 0 and forms[index - 1] in ("bu", "şu") and ending[:1] in POINTED_CASE_OPENINGS:
        return True  # "bu sağırı", "şu köre"; not "bu körler için", "bu kör noktada"
    said = ending.startswith(COPULA_ENDINGS + HEARSAY_ENDINGS) or _next_word(forms, index) in PRESUMED
    return said and any(word.startswith(ROLES) for word in forms[max(0, index - 3) : index])


WORDS_AS_WORDS = ("kelime", "sözcü", "söz", "laf", "tabir", "ifade", "hakaret", "yakıştırma", "benzetme", "deyim")
"""Nouns that name words as words (``gibi kelimeleri``, ``gibi sözler``, ``gibi hakaretler``)."""
MENTION_REACH = 6
"""Words after a listed word its ``gibi`` and the noun naming the words may stand (``kör, sağır, topal gibi``)."""


def _mentioned_as_word(forms: list[str], index: int) -> bool:
    """Tell whether the word at ``index`` is mentioned as a word (``sakat kelimesi``, ``kör, topal gibi sözler``).

    The next word names it a word, or ``gibi`` and such a noun follow within a short list.

    >>> _mentioned_as_word(["kör", "sağır", "topal", "gibi", "kelimeleri", "kullanmayın"], 0)
    True
    >>> _mentioned_as_word(["kör", "gibi", "yürüyor"], 0), _mentioned_as_word(["sakat", "kelimesini"], 0)
    (False, True)
    """
    if _next_word(forms, index).startswith(WORDS_AS_WORDS):
        return True
    for other in range(index + 1, min(len(forms) - 1, index + MENTION_REACH)):
        if forms[other] == "gibi":
            return forms[other + 1].startswith(WORDS_AS_WORDS)
    return False


def _status_denied(forms: list[str], index: int) -> bool:
    """Tell whether the sacred status named at ``index`` is denied (``ibadethane değil``, ``ne namazı var ne dini``).

    Only a status said of something is denied: ``dinin değil, o kişinin`` (not religion's, but the
    person's) weighs two owners, and ``dinsizlik değildir`` is another word.

    >>> _status_denied(["cemevi", "ibadethane", "değil"], 1), _status_denied(["ne", "namazı", "var", "ne", "dini"], 4)
    (True, True)
    >>> _status_denied(["zorla", "ibadet", "yok"], 1), _status_denied(["dinin", "değil"], 0)
    (False, False)
    >>> _status_denied(["dini", "değil", "faili", "yargılayın"], 0)
    False
    """
    form = forms[index]
    stem = SACRED_TABLE.stem_of(form)
    if stem is None:
        return False
    ending = form[len(stem) :]
    following = [word for word in forms[index + 1 : index + 4] if word not in STATUS_FILLERS]
    if ending in STATUS_ENDINGS and following[:1] and following[0] in STATUS_DENIED:
        contrasted = ending and len(following) > 1 and following[1].endswith(ending) and following[1] != form
        return not contrasted  # "dini değil, faili yargılayın": not the faith but the doer, in the same case
    neither = index > 0 and forms[index - 1] == "ne" and "ne" in forms[max(0, index - 6) : index - 1]
    return neither and ending in STATUS_ENDINGS


NOT_ONLY = frozenset(["sadece", "yalnızca", "yalnız", "salt", "sırf"])
"""Words that make a denial "not only" (``Camiler sadece namaz yeri değil``)."""
WRONGS = ("zorba", "suç", "istismar", "terör", "cinayet", "katil", "dolandırıcı", "hırsız", "taciz", "tecavüz", "çete",
          "cani", "sahtekâr", "sahtekar", "üçkağıtçı", "tüccar", "sömürü", "yalancı")
"""Beginnings of crimes a deed or its doers are called instead of a faith (``Bu din değil, zorbalık``, ``… dindar
değil, suçlu``); not judgements of a faith or a rite (``inanç değil, sapkınlık``, ``Müslüman değil, müşrik``, ``Kurban
kesmek ibadet değil vahşet``)."""
APART = frozenset(["başka", "ayrı", "başkadır", "ayrıdır"])
"""Words that set two things apart (``İnanç başka, sömürü başka``)."""


def _not_only(forms: list[str], index: int) -> bool:
    """Tell whether a status denied at ``index`` is "not only" (``sadece namaz yeri değil``): more is said, not less.

    >>> _not_only(["camiler", "sadece", "namaz", "yeri", "değil"], 2), _not_only(["cemevi", "ibadethane", "değil"], 1)
    (True, False)
    """
    return any(form in NOT_ONLY for form in forms[max(0, index - 2) : index])


def _faith_told_from_a_wrong(forms: list[str], index: int) -> bool:
    """Tell whether a faith word denied is told from a wrong named after it (``Bu din değil, zorbalık``).

    The commenter says a deed is no religion but a crime, or that the faith is not at issue but its use (``din
    değil, dinin siyasete alet edilmesi``): the faith defended. Not ``Alevilik din değil, kültür``.

    >>> _faith_told_from_a_wrong(["bu", "din", "değil", "zorbalık"], 1)
    True
    >>> _faith_told_from_a_wrong(["şey", "din", "değil", "dinin", "siyasete"], 1)
    True
    >>> _faith_told_from_a_wrong(["alevilik", "din", "değil", "kültür"], 1)
    False
    >>> _faith_told_from_a_wrong(["bu", "inanç", "değil", "sapkınlık"], 1)
    False
    """
    following = [form for form in forms[index + 1 : index + 5] if form not in STATUS_FILLERS]
    if len(following) < 2 or following[0] not in STATUS_DENIED:
        return False
    stem = SACRED_TABLE.stem_of(forms[index])
    its_use = stem is not None and following[1] != forms[index] and following[1].startswith(stem)
    return its_use or following[1].startswith(WRONGS)


def _contrasted_with_a_faith(read: _Read, index: int, other: int) -> bool:
    """Tell whether the hostile word at ``other`` is contrasted with the faith, not said of it.

    ``… dindar değil, suçlu`` (a believer's name denied right before a crime, not ``Müslüman değil, müşrik``) and
    ``İnanç başka, sömürü başka`` (the faith and the wrong set apart) defend the faith.

    >>> text = "Bunu yapanlar dindar değil, suçlu."
    >>> from gazete.moderation.normalize import words
    >>> read = read_comment(words(text), text)
    >>> _contrasted_with_a_faith(read, 2, 4)
    True
    """
    forms = read.forms
    if other >= 2 and forms[other - 1] in NEGATORS and (other - 2) in read.beliefs and forms[other].startswith(WRONGS):
        return True
    return _next_word(forms, index) in APART and _next_word(forms, other) in APART


TIE_DENIED = frozenset(["yok", "yoktur", "olmaz", "olamaz"])
"""Words that deny a belief term's tie, within three words after it (a list of ties may come between)."""


BELIEF_HOSTILE_VERB_RE = re.compile(
    r"(?:uyut|uyuştur|aptallaştır|köleleştir)(?!uc)(?:mak|ur|ır|uyor|ıyor|acak|an|anlar|[dt][ıu]ğ[ıu]n?[ıu]?)?\w{0,3}"
)
"""Verbs a faith is said to do to people (``Dinler insanları uyutmak için var``, ``din halkı uyuşturur``): said of
a belief named before them, they call it a means of dulling its believers; not drugs (``uyuşturucu``)."""


PLACES_OF_WORSHIP = ("kilise", "cami", "mescit", "sinagog", "cemevi", "havra")
"""Belief words that are buildings: a trait word near them names who did something there (``Kiliseden çalınan çanın
bulunmasına sevindim, hırsızlar da yakalanmış``), no trait of the faithful."""
LITERAL_DARKNESS = frozenset(["karanlıkta", "karanlıktan", "karanlığa", "karanlığı", "karanlıkla"])
"""Forms of ``karanlık`` that are the dark itself (``karanlıkta yaya geçidi görünmüyor``), not a dark-age faith."""
OTHERS_LABELLING = ("diyen", "sayan", "sanıyor", "sanıyorlar", "sanan", "sananlar", "sanma", "zannediyor", "zanneden")
"""Words after a hostile word that make it a label others stick on someone (``beni dinsiz sanıyor``, ``kâfir
diyenler``)."""
PORTRAYING_RE = re.compile(r"göster(?:en|iyor|mek|me[ks]i|di|miş|ir|il)\w*")
"""After a hostile word, a portrayal told (``aptal gösteren``, ``aptal göstermek için``, ``aptal gösteriyor``), not an
imperative (``göster``, ``gösterin``)."""


LABELLING_DEED_RE = re.compile(
    r"(?:eden|etmeniz|etmeleri|etmesi|etmek|etmeyi|ettiler|ediyorlar|edildi|ediliyor|edilen|edilmek)\w*"
)
"""After a label and ``ilan``, a labelling others do or did, named or told (``ilan eden``, ``ilan etmeniz``,
``ilan ediliyorum``); not a call (``ilan edilsin``, ``ilan edilmeli``)."""
LABELLED_ONES = (["beni"], ["bizi"], ["seni"], ["sizi"], ["onu"], ["onları"])
"""An accusative pronoun before a label: the one others call it (``beni dinsiz … sanıyor``)."""
LABEL_REACH = 5
"""How many words after a label its labelling verb may stand when the one labelled is named before it."""


LABELLER_RE = re.compile(r"\w{2,}[ae]n(?:l[ae]r)?(?:[ıi]|[ae]|[ıi]n|d[ae]n)?")
"""A participle naming who does something, in any case (``niteleyenlere``, ``suçlayanlar``, ``gösteren``)."""


def _labelled_by_others(forms: list[str], index: int) -> bool:
    """Tell whether the hostile word at ``index`` is a label others use (``Şiileri kâfir ilan eden vaizler``).

    >>> _labelled_by_others(["şiileri", "kâfir", "ilan", "eden", "vaizler"], 1)
    True
    >>> _labelled_by_others(["bazıları", "da", "yobaz", "sanıyor"], 2)
    True
    >>> _labelled_by_others(["beni", "dinsiz", "bazıları", "da", "yobaz", "sanıyor"], 1)
    True
    >>> _labelled_by_others(["ateistleri", "ahlaksız", "diye", "niteleyenlere"], 1)
    True
    >>> _labelled_by_others(["reklam", "kadınları", "aptal", "gösteriyor"], 2)
    True
    >>> _labelled_by_others(["dinsizler", "kâfirdir"], 1), _labelled_by_others(["hain", "diye", "düşünüyorum"], 0)
    (False, False)
    """
    following = forms[index + 1 : index + 3]
    if following[:1] == ["ilan"]:
        # "kâfir ilan eden vaizler", "cahil ilan etmeniz dogmatizm", "hain ilan ediliyorum"; not "ilan etmek lazım"
        return (
            following[1:2] != []
            and LABELLING_DEED_RE.fullmatch(following[1]) is not None
            and _next_word(forms, index + 2) not in NECESSITY
        )
    if following and following[0].startswith(OTHERS_LABELLING):
        return True
    if following and PORTRAYING_RE.fullmatch(following[0]):
        return True  # "kadınları aptal gösteren reklam": a portrayal told, not the commenter's judgement
    if following[:1] == ["diye"] and len(following) == 2 and LABELLER_RE.fullmatch(following[1]):
        return True  # "ateistleri ahlaksız diye niteleyenlere": those who call them so
    # "beni dinsiz, bazıları da yobaz sanıyor": the one labelled named before, the labelling verb a few words on
    return forms[index - 1 : index] in LABELLED_ONES and any(
        form.startswith(OTHERS_LABELLING) for form in forms[index + 1 : index + LABEL_REACH]
    )


LUCKILY = frozenset(["allahtan", "tanrıdan", "çokşükür"])
"""God's name in the ablative as a sentence adverb (``Allah'tan uyanmadılar``: luckily), no faith spoken of."""
GOD_AS_OBJECT = ("kork", "uzak", "başka", "gel", "bul", "dile", "iste", "ümit", "umut", "ra")
"""What follows ``Allah'tan`` when God is spoken of (``korkmaz``, ``başka``, ``bulsun``, ``razı``)."""


def _tie_denied(read: _Read, index: int) -> bool:
    """Tell whether a hostile word is the one whose tie to a faith is denied (``Terörün dini olmaz``)."""
    return index + 1 in read.beliefs and any(form in TIE_DENIED for form in read.forms[index + 2 : index + 5])


INVOCATION_RE = re.compile(
    r"(?:ver|et|kahret|bul|koru|göster|yaşat|esirge|al|kıl|eyle|bağışla|affet|olma|ol|düşür|kurtar|getir|iyileştir"
    r"|kavuştur|ayır|yaz)"
    r"(?:m[ae])?s[ıiuü]n(?:l[ae]r)?"
)
"""What God is asked in the third-person optative (``kahretsin``, ``şifa versin``, ``bulsunlar``, ``korusun``)."""
INVOCATION_REACH = 6
"""Words after God's name, in its sentence, its optative may stand (``Allah kanser hastalarına şifa versin``)."""


def _god_invoked(read: _Read, index: int) -> bool:
    """Tell whether God's name at ``index`` is called on in a wish or curse: a wishing optative follows in its sentence.

    >>> from gazete.moderation.normalize import words
    >>> def invoked(text: str) -> bool:
    ...     return _god_invoked(read_comment(words(text), text), 0)
    >>> invoked("Allah kahretsin onları"), invoked("Allahın belasını bulsunlar")
    (True, True)
    >>> invoked("Allah kanser hastalarına şifa versin")
    True
    >>> invoked("Allah diye bir şey yok, herkes düşünsün")
    False
    """
    forms = read.forms
    return any(
        INVOCATION_RE.fullmatch(forms[other]) and read.same_sentence(index, other)
        for other in range(index + 1, min(len(forms), index + 1 + INVOCATION_REACH))
    )


def _belief_findings(read: _Read, offensive: list[Finding]) -> list[Finding]:
    """Find attacks on beliefs: a belief term near mockery, a lie, contempt; and hostility to believers."""
    found = []
    forms = read.forms
    for index in sorted(read.beliefs):
        if read.neutralised:
            break
        if _next_word(forms, index) in NEGATORS:
            continue  # "dini değil, faili yargılayın", "eleştirim dine değil": the faith denied as the target
        if any(form in TIE_DENIED for form in forms[index + 1 : index + 4]):
            continue  # "Terörün dini yoktur", "Terörün dini, milleti olmaz": a tie denied, no attack on the faith
        if forms[index - 1 : index] == ["hiçbir"]:
            continue  # "Hiçbir dinde masum insanların öldürülmesine izin yoktur": said of no faith
        if any(word.startswith(DISGUISE) for word in forms[index + 1 : index + 3]):
            continue  # "Din adamı kılığına girip … dolandırıcılar": disguised as clergy, no clergy
        if forms[index] in LUCKILY and not _next_word(forms, index).startswith(GOD_AS_OBJECT):
            continue  # "Allah'tan uyanmadılar": luckily; not "Allah'tan korkmaz"
        if forms[index].startswith(GOD_NAMES) and any(
            found.kind == "death_wish" and found.first - HARM_REACH <= index <= found.last for found in offensive
        ):
            continue  # "Allah bu adama hastalık versin": God asked in a curse, no faith attacked
        if forms[index].startswith(GOD_NAMES) and _god_invoked(read, index):
            continue  # "Allah kahretsin onları", "Allah'ın belasını bulsunlar": God called on, no faith attacked
        for other in range(max(0, index - WINDOW), min(len(forms), index + WINDOW + 1)):
            if other == index or other in read.beliefs or _tie_denied(read, other):
                continue
            if _contrasted_with_a_faith(read, index, other):
                continue  # "… yapanlar dindar değil, suçlu", "İnanç başka, sömürü başka": the faith set apart
            if other > index and any(word.startswith(DISGUISE) for word in forms[index + 1 : other]):
                continue  # "papaz kılığındaki bu dolandırıcılar": the hostile word is said of the disguised
            form = forms[other]
            following = forms[other + 1] if other + 1 < len(forms) else ""
            if form in DEHUMANISING_TABLE and not read.same_sentence(other, index):
                continue  # "… kurt sürüsü koyunlara saldırmış. Allah yardımcıları olsun": another sentence's animal
            # real animals: "kurban … hayvana eziyet" (an argument), "koyunları sünnete uygun kesin" (handled)
            real = form in DEHUMANISING_TABLE and _real_animal(read, other)
            animal = form in DEHUMANISING_TABLE and not _an_argument(form) and not real
            animal = animal and not _likened_to_oneself(forms, other) and not SPEAKERS_OWN_RE.fullmatch(form)
            animal = animal and not _derived(form) and not _driven(forms, other)
            # a church has no thieves' trait: the thieves are who robbed it
            trait = form in TRAIT_TABLE and not _abstract_noun(forms, other) and not _felt(forms, other)
            trait = trait and not forms[index].startswith(PLACES_OF_WORSHIP)
            # "öğrencinin hayali doktor olmak": someone's dream, not a faith called imaginary
            imagined = form in BELIEF_HOSTILE_EXACT and not (other > 0 and GENITIVE_RE.fullmatch(forms[other - 1]))
            # believers called sheep, not sheep slaughtered; "sürücü kursuna yazdırdım, hocası": a driver, no herd
            herded = form in BELIEF_HOSTILE_TABLE and not real and not _derived(form) and not _driven(forms, other)
            hostile = herded or imagined or animal or trait
            hostile = hostile and form not in LITERAL_DARKNESS
            hostile = hostile or (other > index and BELIEF_HOSTILE_VERB_RE.fullmatch(form) is not None)
            hostile = hostile and not _unbelief_named(forms, other) and not _labelled_by_others(forms, other)
            hostile = hostile and not _sold_as(forms, other)  # "Zemzem diye satılan suların çoğu sahte": goods
            hostile = hostile and not _fake_goods(forms, other)  # "zemzem satan sahte satıcılara dikkat": fraud
            if hostile and not _denied_after(forms, other) and following not in COMPOUND_HEADS:
                found.append(_finding(BELIEF, "belief", index, other, CLEAR))
                if index in read.groups and (trait or animal):
                    # "Aleviler … ahlaksız", "Yahudiler … vicdansız": believers' people called so, a group's too
                    found.append(_finding(OFFENSIVE, "group", index, other, CLEAR))
                break
    for index, form in enumerate(forms if read.beliefs else ()):  # a status denied counts only near a belief
        if read.neutralised or not form or not _status_denied(forms, index):
            continue
        if _not_only(forms, index) or _faith_told_from_a_wrong(forms, index):
            continue  # "Camiler sadece namaz yeri değil", "Bu din değil, zorbalık": no status denied
        denied_of = _near(read.beliefs - {index}, index)
        if denied_of is not None:  # "Cemevi ibadethane değil", "alevilerin ne namazı var ne dini"
            found.append(_finding(BELIEF, "belief", index, denied_of, CLEAR))
    religious = {index for index, kind in read.groups.items() if kind in RELIGIOUS_KINDS} | read.beliefs
    invoked = {index for index in religious if forms[index].startswith(GOD_NAMES)}
    for finding in offensive:
        # "Allah canını alsın", "üstlerine Allah taş yağdırsın": a curse calls on God, it attacks no faith
        near = religious - invoked if finding.kind == "death_wish" else religious
        if any(finding.first - 2 <= index <= finding.last + 2 for index in near):
            found.append(Finding(BELIEF, finding.kind, finding.first, finding.last, finding.score))
    return found


DISGUISE = ("kılığ", "kılık")
"""Openings of ``kılık`` (guise): ``din adamı kılığına girip``, ``papaz kılığındaki``: disguised as clergy, none."""
SOLD = ("satıl", "satan", "satıyor", "pazarlan", "sunul")
"""Verbs of selling after ``diye``: a thing sold as something (``zemzem diye satılan``)."""
SOLD_REACH = 6
"""Words before a fake within which ``diye`` and the verb of selling may stand."""


def _sold_as(forms: list[str], index: int) -> bool:
    """Tell whether the word at ``index`` is said of goods sold as something (``Zemzem diye satılan suların çoğu
    sahte``): a fake is the goods, not a faith.

    >>> _sold_as(["zemzem", "diye", "satılan", "suların", "çoğu", "sahte"], 5), _sold_as(["bu", "din", "sahte"], 2)
    (True, False)
    """
    before = forms[max(0, index - SOLD_REACH) : index]
    return any(word == "diye" and _next_word(before, at).startswith(SOLD) for at, word in enumerate(before))


FAKED_THINGS = (
    "satıcı", "hesap", "sayfa", "ilan", "bağış", "ürün", "belge", "rapor", "site", "dernek", "vakıf", "kampanya",
    "fatura", "evrak", "diploma", "profil", "kurs", "etiket", "sertifika", "bilet", "organizasyon", "firma", "şirket",
    "acente", "şişe",
)
"""Beginnings of the goods, sellers and papers a fraud fakes (``sahte satıcılar``, ``sahte bağış sayfaları``)."""
FAKED_WATER = frozenset(["su", "suyu", "sular", "suları", "suyun"])


def _fake_goods(forms: list[str], index: int) -> bool:
    """Tell whether ``sahte`` at ``index`` is said of goods, sellers or papers right after it, or of a compound whose
    head is one (``sahte Kuran kursu bağış sayfaları``): a fraud told, no faith called fake.

    >>> _fake_goods(["zemzem", "suyu", "satan", "sahte", "satıcılara"], 3), _fake_goods(["sahte", "kuran", "kursu"], 0)
    (True, True)
    >>> _fake_goods(["bu", "din", "sahte"], 2), _fake_goods(["sahte", "bir", "din"], 0)
    (False, False)
    """
    if forms[index] != "sahte":
        return False
    # the first word after it, or the second (a compound's head)
    return any(word in FAKED_WATER or word.startswith(FAKED_THINGS) for word in forms[index + 1 : index + 3])


DAMNED_RE = re.compile(r"yan(?:acak|acağ)\w*")
"""Burning to come, as a participle too (``yanacak``, ``yanacağını``, ``yanacaklarını``): after ``cehennemde``."""
DAMNED_REACH = 10
"""Words before the burning its target (a group, a person) may stand (``Ateist komşum … cehennemde yanacağını``)."""


def _damned_in_hell(read: _Read) -> list[Finding]:
    """Find someone told they will burn in hell, said as a participle too (``cehennemde yanacağını bilmek``).

    The finite ``yanacak`` is read with the other death verbs; a participle (``yanacağı kesin``) says it of someone
    all the same when a group or a person is named before it in its sentence.

    >>> from gazete.moderation.normalize import words
    >>> def damned(text: str) -> bool:
    ...     return bool(_damned_in_hell(read_comment(words(text), text)))
    >>> damned("Ateist komşumun cehennemde yanacağını bilmek üzüyor"), damned("Dinsizlerin cehennemde yanacağı kesin")
    (True, True)
    >>> damned("Cehennemde yanacağını düşünen çocuk korkuyor"), damned("Yaz sıcağında cehennemde yanacak gibiyiz")
    (False, False)
    """
    forms = read.forms
    if "cehennem" not in read.joined:
        return []
    found = []
    for index, form in enumerate(forms):
        if index == 0 or not forms[index - 1].startswith("cehennem") or DAMNED_RE.fullmatch(form) is None:
            continue
        if _next_word(forms, index).startswith("gibi"):
            continue  # "cehennemde yanacak gibiyiz": the heat, likened
        target = _named_before(read, index)
        if target is not None:
            found.append(_finding(OFFENSIVE, "death_wish", index, target, STRONG))
    return found


def _named_before(read: _Read, index: int) -> int | None:
    """Return the nearest target named before ``index`` in its sentence, within :data:`DAMNED_REACH` words: the one
    a damnation (``cehennemde yanacak``, ``cennete giremez``) is said of, else None."""
    target = _near(read.in_sentence_of(read.targets, index), index, DAMNED_REACH)
    return target if target is not None and target < index else None


HEAVEN_BARRED_RE = re.compile(r"(?:gir|gid)(?:e|me)(?:mez|meyecek|yecek)(?:ler)?")
"""Not to enter heaven (``cennete giremez``, ``girmeyecekler``, ``gidemeyecek``)."""


def _barred_from_heaven(read: _Read) -> list[Finding]:
    """Find a group told it will not enter heaven (``Aleviler cennete giremez``): believers damned.

    Said of no one named, it is a teaching about deeds (``Kul hakkı yiyen cennete giremez``).

    >>> from gazete.moderation.normalize import words
    >>> def barred(text: str) -> bool:
    ...     return bool(_barred_from_heaven(read_comment(words(text), text)))
    >>> barred("Aleviler cennete giremez, bunu herkes bilir"), barred("Hristiyanlar cennete girmeyecek")
    (True, True)
    >>> barred("Kul hakkı yiyen cennete giremez"), barred("Cennete giremeyeceğinden korkan çocuk")
    (False, False)
    """
    forms = read.forms
    if "cennet" not in read.joined:
        return []
    for index, form in enumerate(forms):
        if index == 0 or not forms[index - 1].startswith("cennet") or HEAVEN_BARRED_RE.fullmatch(form) is None:
            continue
        target = _named_before(read, index)
        if target is not None and not reported(forms, index):
            return [_finding(OFFENSIVE, "damned", index, target, CLEAR)]
    return []


EUPHEMISMS = ("renkli", "öyle", "farklı", "çeşitlilik", "onur", "özel", "normal", "misafir", "arkadaş", "çift",
              "sevgili", "onlardan")
"""Words put alone in scare quotes to sneer at a group without naming it: gay people (``"renkli"``, ``"öyle"
olanlar``, ``iki "arkadaş"``, ``"çeşitlilik"``), disabled people (``"özel"``), refugees (``"misafirlerimiz"``). A
quoted term of two words is mostly a term (``"özel eğitim"``, ``"normal hayat"``): only these phrases sneer."""
EUPHEMISTIC_PHRASES = ("o taraf", "o türden", "ev arkadaş")
"""The quoted phrases of two words that sneer (``"o taraftan"``, ``"ev arkadaşıyla"``)."""
NOT_EUPHEMISMS = ("çiftç", "özellik", "misafirperver", "onursuz", "arkadaşça", "normalde")
"""Other words those begin (``"çiftçi"``, ``"özellikle"``, ``"misafirperverlik"``)."""
WORD_NAMED_AFTER = ("ifade", "kavram", "kelime", "sözcü", "tanım", "terim", "lafı", "deni", "diye", "deme", "dedi",
                    "diyor", "diyen", "dediğ", "sayıl", "saydığ", "etiket", "statü", "yerine", "sözü", "gözüyle")
"""Words after a quoted word that name it as a word (``'misafir' ifadesi yanlış``, ``"aile" tanımı``): mentioned."""
SCARE_QUOTE_WORDS = 2
"""At most this many words in quotation marks make a scare quote (more is a quotation)."""


def _scare_quoted(read: _Read, tokens: list[Token], text: str) -> list[Finding]:
    """Find a group sneered at by a euphemism in scare quotes (``o "renkli" hemşire``, ``"misafirlerimiz" sayesinde``).

    Not a word named as a word (``'misafir' ifadesi yanlış``, ``"aile" tanımında``), not in a comment that condemns
    or reports.

    >>> from gazete.moderation.normalize import words
    >>> def sneered(text: str) -> bool:
    ...     tokens = words(text)
    ...     return bool(_scare_quoted(read_comment(tokens, text), tokens, text))
    >>> sneered('Sınıfında "öyle" olanlar varmış, okulu değiştireceğiz.'), sneered("'Misafir' ifadesi hukuken yanlış.")
    (True, False)
    >>> sneered('Bu "renkli" pilotlar nereye uçuruyor?'), sneered('Dedem "Allah büyük" dedi.')
    (True, False)
    """
    if read.neutralised or ('"' not in text and "'" not in text and "“" not in text and "‘" not in text):
        return []
    found = []
    for start, end in quoted_spans(text):
        inside = [index for index, token in enumerate(tokens) if start <= token.start and token.end <= end]
        if not inside or len(inside) > SCARE_QUOTE_WORDS:
            continue
        said = tr_lower_word(text[start:end].strip())
        sneering = said.startswith(EUPHEMISMS) if len(inside) == 1 else said.startswith(EUPHEMISTIC_PHRASES)
        if not sneering or said.startswith(NOT_EUPHEMISMS):
            continue
        after = next(
            (read.forms[index] for index in range(inside[-1] + 1, len(tokens)) if tokens[index].start > end), ""
        )
        if not after.startswith(WORD_NAMED_AFTER):
            found.append(_finding(OFFENSIVE, "slur", inside[0], None, CLEAR))
    return found


YOUR_GOD_RE = re.compile(r"(?:allah[ıi]?|tanrı)n[ıi]z(?:[ıi]n|[ae]|d[ae]n|d[ae]|[ıi])?")
"""God called the believers' own, "your God" (``Allah'ınız``, ``Tanrınıza``): said from outside a faith to its
believers, in the written comments always to mock it (84 of 84 comments with it attack a belief)."""


def _god_distanced(read: _Read) -> list[Finding]:
    """Find God called "your God" to believers (``Allah'ınız fiyatı yükseltmedi``, ``Tanrınız neredeydi?``).

    >>> from gazete.moderation.normalize import words
    >>> def distanced(text: str) -> bool:
    ...     return bool(_god_distanced(read_comment(words(text), text)))
    >>> distanced("Dua etmişler, Allah'ınız fiyatı yükseltmedi 😂"), distanced("Allah'ım bize sabır ver.")
    (True, False)
    """
    if read.neutralised:
        return []
    return [
        _finding(BELIEF, "belief", index, None, CLEAR)
        for index, form in enumerate(read.forms)
        if form[:1] in ("a", "t") and YOUR_GOD_RE.fullmatch(form) is not None
    ]


AGAINST_NATURE = ("aykırı", "ters", "bozuk", "bozul")
"""What a thing is said to be to nature (``fıtrata aykırı``, ``fıtratı bozuk``)."""
UNNATURAL = ("doğal olmayan", "doğaya aykırı", "doğaya ters", "fıtrata aykırı", "fıtrata ters", "anormal")
"""How a love or a bond is called against nature, before the word for it."""
BONDS = ("ilişki", "birliktelik", "beraberlik", "sevgi", "aşk", "evlilik", "yaşam", "hayat", "tercih", "eğilim")
"""A love, a bond, a way of life: what the tropes of :data:`UNNATURAL` are said of."""
TROPE_REACH = 2
"""Words between ``fıtrat`` and what it is said to be, or between a wrist and ``kırık``."""


def _homophobic_tropes(read: _Read) -> list[Finding]:
    """Find the set images by which gay people are demeaned: Sodom, Lot's people, a limp wrist, a bond against nature.

    ``Sodom'a kaç adım kaldı``, ``Lut kavmi``, ``bilekleri fazla kırık``, ``doğal olmayan ilişki``, ``fıtrata aykırı
    ilişkiler``; ``fıtrat`` said to be betrayed or broken only where gay people are named (``kendi fıtratına bile
    sadık değil``), as it is also said of a tax or a diet. A comment that condemns or reports them says none.

    >>> from gazete.moderation.normalize import words
    >>> def trope(text: str) -> bool:
    ...     return bool(_homophobic_tropes(read_comment(words(text), text)))
    >>> trope("Hangi aşamadayız, Sodom'a kaç adım kaldı?"), trope("Vaiz biraz... bilekleri fazla kırık.")
    (True, True)
    >>> trope("Doğal olmayan ilişkiden doğal sonuç beklenmez."), trope("Kazada iki bileği de kırık, alçıda kalacak.")
    (True, False)
    >>> trope("Bu faiz sistemi fıtrata aykırı."), trope("Lezbiyen tanık kendi fıtratına bile sadık değil.")
    (False, True)
    """
    if read.neutralised:
        return []
    forms = read.forms
    if not any(cue in read.joined for cue in ("sodom", "lut", "bilek", "kırık", "fıtrat", "doğa", "anormal")):
        return []
    orientation = "sexual_orientation" in read.groups.values()
    return [
        _finding(OFFENSIVE, "slur", index, None, CLEAR)
        for index in range(len(forms))
        if _trope_at(forms, index, orientation)
    ]


def _trope_at(forms: list[str], index: int, orientation: bool) -> bool:
    """Tell whether one of :func:`_homophobic_tropes`' images begins at ``index`` (``fıtrat`` only with ``orientation``,
    gay people named in the comment)."""
    form, following = forms[index], _next_word(forms, index)
    after = forms[index + 1 : index + 1 + TROPE_REACH + 1]
    if form.startswith("sodom") or (form == "lut" and following.startswith("kavm")):
        return True
    if form.startswith("bilekleri"):  # someone's wrists, said to be limp (one broken wrist is "bileği")
        return any(word.startswith("kırık") for word in after)
    if form == "kırık":
        return following.startswith("bilek")
    betrayed = any(word.startswith(AGAINST_NATURE) or word == "değil" for word in after)
    if form.startswith("fıtrat") and orientation and betrayed:
        return True  # else "fıtrata aykırı" may still be one of UNNATURAL, said of a bond
    phrase = " ".join(forms[index : index + 2])
    trope = next((words for words in UNNATURAL if phrase.startswith(words)), None)
    if trope is None:
        return False
    bond_at = index + len(trope.split())
    return bond_at < len(forms) and forms[bond_at].startswith(BONDS)


def find_hostility(tokens: list[Token], text: str, quoted: frozenset[int] = frozenset()) -> list[Finding]:
    """Return every hostile act of a comment's words, offensive and belief_attack findings alike.

    ``tokens`` are the comment's words and ``text`` the text to read them from (the comment, or for
    a comment typed without Turkish letters its restored text, which keeps the offsets); words at
    ``quoted`` indexes stand inside quotation marks and are not the commenter's own.

    >>> from gazete.moderation.normalize import words
    >>> text = "Suriyelilerin hepsi gönderilsin."
    >>> [(f.code, f.kind) for f in find_hostility(words(text), text)]
    [('offensive', 'expel')]
    >>> text = "Suriyeli ailelerin gönderilmemesi gerektiğini düşünüyorum."
    >>> find_hostility(words(text), text)
    []
    """
    if not tokens:
        return []
    read = read_comment(tokens, text, quoted)
    offensive = _verb_findings(read) + _noun_findings(read) + _disability_insults(read) + _sexism(read)
    offensive += _called_effeminate(read)
    offensive += _confined_at_home(read) + _blows(read) + _carried_off(read) + _harm_wished(read) + _life_ended(read)
    offensive += _death_too_little(read)
    offensive += _blessing_withheld(read) + _praised_despite(read) + _armed_intent(read) + _sworn_harm(read)
    offensive += _warned_off_going_alone(read) + _cursed_by_god(read) + _farewells_bidden(read)
    offensive += _wasting_curses(read)
    offensive += _barred_from_roles(read) + _admission_refused(read) + _rights_regretted(read) + _humanity_denied(read)
    offensive += _called_away(read) + _plotting(read) + _prejudice_disclaimed(read) + _insinuated(read)
    offensive += _unsurprised(read) + _normal_set_apart(read) + _one_of_them(read)
    offensive += _visit_insinuated(read) + _practice_spread(read) + _blamed_on_growth(read) + _essence_told(read)
    offensive += _spread_alleged(read) + _damned_in_hell(read) + _homophobic_tropes(read)
    offensive += _barred_from_heaven(read)
    offensive += _scare_quoted(read, tokens, text)
    found = offensive + _belief_findings(read, offensive) + _god_distanced(read)
    if read.reported_until >= 0:
        found += _said_after_report(read, found)
    return [
        finding
        for finding in found
        if _one_statement(read, finding)
        and not _cause_between(read.forms, finding)
        and not _view_rejected(read.forms, finding.first)
        and not _view_rejected(read.forms, finding.last)
        and not _condemned_report(read.forms, finding.last)
        and not _condemned_report(read.forms, finding.first)
        and not _others_view(read.forms, finding.last)
    ]


PARTICIPLE_RE = re.compile(r"\w{2,}[ae]n")
"""A word that may be a present participle (``gönderen``, ``kovan``, ``aşağılayan``)."""
VIEW_NOUNS = (
    "yorum", "zihniyet", "anlayış", "düşünce", "paylaşım", "mesaj", "tweet", "söylem", "görüş", "fikir", "yaklaşım",
    "kafa", "ifade", "laf", "sözler", "espri", "şaka", "başlık",
)
"""Openings of nouns of a view or an utterance (``yorumlar``, ``zihniyet``, ``söylemi``)."""


def _others_view(forms: list[str], index: int) -> bool:
    """Tell whether the words up to ``index`` are a view a participle gives to others' words or minds.

    ``Kadınları mutfağa gönderen yorumlar görüyorum``, ``göçmenleri suçlayan zihniyet``: the comment speaks of the
    comments and minds that say it, not in its own voice.

    >>> _others_view(["kadınları", "mutfağa", "gönderen", "yorumlar", "görüyorum"], 1)
    True
    >>> _others_view(["kadınları", "mutfağa", "gönderin", "yorumlara", "bakmayın"], 1)
    False
    """
    for at in (index, index + 1):
        if at + 1 < len(forms) and PARTICIPLE_RE.fullmatch(forms[at]) and forms[at + 1].startswith(VIEW_NOUNS):
            return True
    return False


def _said_after_report(read: _Read, found: list[Finding]) -> list[Finding]:
    """Return the noun, sexism and belief findings a report hid whose hostile words come after its last reporting word.

    ``Trans olduğunu söyleyen o şarkıcı tam bir ucube``: the singer said who they are; the commenter calls them a
    freak. What was reported (before ``söyleyen``, ``diyenler``) and the participle's head right after it
    (``Müslümanım diyen bir terörist``) stay the report's.
    """
    unhidden = replace(read, neutralised=False)
    offensive = _noun_findings(unhidden) + _sexism(unhidden)
    return [
        finding
        for finding in offensive + _belief_findings(unhidden, offensive)
        if _hostile_end(read, finding) > read.reported_until + REPORTED_HEAD_REACH and finding not in found
    ]


REPORTED_HEAD_REACH = 2
"""Words right after a reporting participle that may be its head (``Müslümanım diyen bir terörist``): still the
report's, not the commenter's own predicate."""


def _hostile_end(read: _Read, finding: Finding) -> int:
    """Return the index of a finding's hostile word: the end that is not its target group (the last when unsure)."""
    if finding.last in read.groups and finding.first not in read.groups:
        return finding.first
    return finding.last


ROLE_NOUNS = (
    "mühendis", "hakim", "hâkim", "doktor", "pilot", "öğretmen", "asker", "polis", "subay", "vekil", "milletvekili",
    "bakan", "başkan", "imam", "müdür", "yönetici", "şoför", "sürücü", "cumhurbaşkanı", "komutan", "savcı", "avukat",
    "profesör", "akademisyen", "lider", "patron", "hakem", "yargıç", "rektör", "dekan", "vali", "kaymakam", "muhtar",
    "memur", "general", "diplomat", "büyükelçi", "başbakan",
)
"""Professions and offices a group may be said to be unfit for (``Kadınlar pilot olamaz``)."""
BARRING = frozenset(
    ["olmasın", "olmasınlar", "olmamalı", "olmamalılar", "olmamalıdır", "olamaz", "olamazlar", "olmaz", "olamamalı",
     "olamamalılar", "olamamalıdır", "yapılmasın", "yapılmamalı", "atanmasın", "atanmamalı", "seçilmesin",
     "seçilmemeli"]
)
"""Verbs after a role that bar a group from it (``hanımlar mühendis olmasın``)."""
ROLE_REACH = 3
"""Words after a group word the role may stand (``Kadınlar asla pilot olamaz``)."""


EFFEMINATE_SLANG = frozenset(["kırık", "kırıktı", "kırıkmış", "kırıktır"])
"""``kırık`` said of a man in slang: effeminate, a homophobic jibe (``Sunucu biraz kırık mı ne``)."""
SLANG_HEDGES = frozenset(["mı", "mi", "galiba", "sanki", "gibi"])
"""Words after the slang that hedge a guess about someone (``kırık galiba``, ``kırık gibi duruyor``)."""
SKIPPED_BEFORE_SLANG = frozenset(["biraz", "de", "da", "çok", "bayağı", "epey", "bir", "bu", "şu"])
"""Words between the one said to be ``kırık`` and the slang (``hemşire de biraz kırık``)."""
BROKEN_THINGS = ("kalp", "kalb", "gönül", "türkçe", "ingilizce", "almanca", "kol", "bacak", "ayak", "kemik", "diş",
                 "cam", "ekran", "kalça", "kaburga", "burun", "parmak", "kapı", "pencere", "kafa")
"""What is broken in plain speech (``Türkçesi biraz kırık``, ``kalbim kırık``); not ``bilekleri kırık`` (the jibe)."""
POSSESSED_RE = re.compile(r"\w+(?:s[ıiuü]|l[ae]r[ıi])")
"""A noun owned by someone (``Türkçesi``, ``ekranları``): a thing of theirs is broken, not they."""
SLANG_PEOPLE = ROLES + ROLE_NOUNS + KIND_OF_PEOPLE + (
    "sunucu", "garson", "hemşire", "danışman", "astronot", "şarkıcı", "eleman", "herif", "çocuk", "abi",
)
"""People a hedged ``kırık`` is said of (``garson kırık galiba``)."""


def _called_effeminate(read: _Read) -> list[Finding]:
    """Find someone called ``kırık`` (effeminate), hedged or softened: ``adam biraz kırık mı``, ``garson kırık galiba``.

    The slang needs ``biraz`` right before it, or a person before it and a hedge after it; so a thing broken
    (``salıncak kırık``, ``kırık kaldırım``) is not read, nor is what someone has broken (``Türkçesi biraz kırık``,
    ``kalbim kırık``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Sunucu biraz kırık mı ne"
    >>> [finding.kind for finding in _called_effeminate(read_comment(words(text), text))]
    ['slur']
    >>> text = "Gelinimizin Türkçesi biraz kırık ama herkes onu seviyor"
    >>> _called_effeminate(read_comment(words(text), text))
    []
    """
    found = []
    forms = read.forms
    for index, form in enumerate(forms):
        if form not in EFFEMINATE_SLANG:
            continue
        before = index - 1
        while before >= 0 and before >= index - 4 and forms[before] in SKIPPED_BEFORE_SLANG:
            before -= 1
        said_of = forms[before] if before >= 0 else ""
        person = said_of.startswith(SLANG_PEOPLE)
        softened = forms[index - 1 : index] == ["biraz"]
        if not (softened or (person and _next_word(forms, index) in SLANG_HEDGES)):
            continue
        if said_of.startswith(BROKEN_THINGS) or (POSSESSED_RE.fullmatch(said_of) and not person):
            continue
        found.append(Finding(OFFENSIVE, "slur", index, index, CLEAR))
    return found


def _barring_after(forms: list[str], role: int) -> int | None:
    """Return the index of the verb that bars the role at ``role``: right after it, or after the place it is barred
    from in the dative (``öğretmenler okullara atanmasın``, ``öğretmen köy okuluna atanmasın``), else None.

    >>> _barring_after(["öğretmen", "köy", "okuluna", "atanmasın"], 0), _barring_after(["öğretmen", "atanmasın"], 0)
    (3, 1)
    >>> _barring_after(["öğretmen", "okula", "geldi"], 0) is None
    True
    """
    for verb in range(role + 1, min(len(forms), role + 4)):
        if forms[verb] in BARRING:
            return verb if verb == role + 1 or DATIVE_RE.fullmatch(forms[verb - 1]) else None
    return None


def _barred_from_roles(read: _Read) -> list[Finding]:
    """Find a group barred from a profession or office (``Hanımlar mühendis olmasın``, ``Kadınlar pilot olamaz``).

    The group, within three words the role in its bare or plural form, then a verb that bars; not asked
    (``olamaz mı?``), not in a comment that condemns, reports or praises.

    >>> from gazete.moderation.normalize import words
    >>> text = "Hanımlar mühendis olmasın."
    >>> [(f.code, f.kind) for f in _barred_from_roles(read_comment(words(text), text))]
    [('offensive', 'barred')]
    >>> text = "Kadınlar mağdur olmasın."
    >>> _barred_from_roles(read_comment(words(text), text))
    []
    """
    if read.neutralised or read.praises:
        return []
    forms = read.forms
    for group in read.groups:
        for role in range(group + 1, min(len(forms) - 1, group + ROLE_REACH + 1)):
            form = forms[role]
            if not form.startswith(ROLE_NOUNS) or not read.same_sentence(group, role + 1):
                continue
            stem = next(noun for noun in ROLE_NOUNS if form.startswith(noun))
            barring = _barring_after(forms, role)
            if form[len(stem) :] not in ("", "lar", "ler") or barring is None or not read.same_sentence(role, barring):
                continue
            if _next_word(forms, barring) in QUESTION_PARTICLES:
                continue
            return [_finding(OFFENSIVE, "barred", group, barring, CLEAR)]
    return []


REFUSAL_ENDINGS = (
    r"m[ae](?:s[ıi]n|s[ıi]nl[ae]r|y[ıi]n|y[ıi]n[ıi]z|y[ae]l[ıi]m|m[ae]l[ıi]|m[ae]l[ıi]d[ıi]r|m[ae]l[ıi]y[ıi]z|z)"
)
"""The negative endings of a call or a rule (``-masın``, ``-mayın``, ``-mayalım``, ``-mamalı``, ``-maz``); not the
positive ``-malı`` (``alınmalı``: should be taken in)."""
SPEAKERS_REFUSAL = r"m(?:[ae]m|[ae]y[ıi]z|[ıi]yoruz|[ıi]yorum)"
"""The speaker's own refusal (``-mam``, ``-mayız``, ``-mıyoruz``)."""
ADMISSION_REFUSED_RE = re.compile(
    rf"(?:al|sok|kirala)(?:[ıiu]?n|ul)?{REFUSAL_ENDINGS}|çalıştır(?:ıl)?{REFUSAL_ENDINGS}"
    rf"|(?:al|sok|kirala|çalıştır){SPEAKERS_REFUSAL}"
)
"""A call or a rule not to take someone in (``alınmasın``, ``almayın``, ``sokmayalım``, ``kiralanmamalı``,
``alınmaz``, ``çalıştırmayın``) or the speaker's refusal (``almıyoruz``, ``kiralamam``); not a told fact
(``alınmıyor``, ``almadı``)."""
ACCEPTED_REFUSED_RE = re.compile(rf"edil{REFUSAL_ENDINGS}|et{REFUSAL_ENDINGS}|et{SPEAKERS_REFUSAL}")
"""After ``kabul``: a call, a rule or the speaker's refusal to accept (``kabul edilmesin``, ``kabul etmeyin``,
``kabul edilmez``, ``kabul etmiyoruz``)."""
SOLD_TO_REFUSED_RE = re.compile(rf"(?:sat|kirala)(?:[ıi]l|[ıi]n)?{REFUSAL_ENDINGS}|(?:sat|kirala){SPEAKERS_REFUSAL}")
"""A call not to sell or rent to someone (``satmayın``, ``kiralanmasın``, ``satmam``), said of a group in the dative."""
KEPT_OUT_RE = re.compile(r"gir(?:emez|emezler|memeli|memeliler|mesin|mesinler|meyecek|meyecektir|meyecekler)"
                         r"|ol(?:masın|mamalı|mayacak|mayacaktır)")
"""A rule that a group may not enter or be what is asked for (``Suriyeli giremez``, ``kiracı … Arap olmasın``)."""
BARE_NOUN_RE = re.compile(r"\w{3,}(?<![dt][ae])(?<![yn][ae])(?<![yn][ıiuü])(?<![ıiuü]n)(?<![ıi]m)(?<!l[ae]r[ıi])")
"""A word with no case or possessive ending seen (``şoför``, ``garson``): a trade the group would be taken on as."""
OWNERS = frozenset(["bizim", "benim", "sizin"])
"""Whose place a group is kept out of (``bizim yurda``), read past like the place."""
ON_THE_WAY = 2
"""Words a place or a post may put between the group and the refusing verb (``belediyede işe almasınlar``)."""
PLACE_OR_POST_RE = re.compile(r"\w+(?:y[ae]|n[ae]|[^aeıioöuü][ae]|[dt][ae])")
"""A word in the dative or the locative (``işe``, ``belediyede``, ``siteye``): where one is taken in."""
ADMITTED_AS = (
    "kiracı", "işçi", "eleman", "personel", "öğrenci", "müşteri", "komşu", "gelin", "damat", "misafir", "turist",
    "memur", "aile", "çalışan", "üye", "hasta", "çocuk",
)
"""What a group may be taken in as (``Manisalı kiracı almıyoruz``, ``Suriyeli öğrenci alınmasın``)."""
NOT_THE_ADMITTED_RE = re.compile(r"\w{2,}(?:[dt][ae]n?|[yn][ae]|n?[ıiuü]n)")
"""A group word in the locative, ablative, dative or genitive: not the one taken in (``Kürtlerden almayın``)."""


def _groups_spoken_against(read: _Read) -> list[int]:
    """Return the groups (not single persons) a comment may speak against; none when it condemns, reports or praises.

    The finders of barred admission, plotting and insinuation read only these (in the comment's order).
    """
    if read.neutralised or read.praises:
        return []
    return [group for group in read.groups if group not in read.individuals]


def _admission_refused(read: _Read) -> list[Finding]:
    """Find a group refused admission as such (``Emniyete Alevi alınmasın``, ``Manisalı kiracı almıyoruz``).

    The group, bare or in the accusative, right before a verb that refuses to take, let or rent in, or before a
    word naming what it would be taken in as and then that verb; not asked (``alınmaz mı?``), not someone
    else's words (``… almayın diyen``), not in a comment that condemns, reports or praises.

    >>> from gazete.moderation.normalize import words
    >>> text = "Sitemize Arap kiracı alınmasın."
    >>> [(f.code, f.kind) for f in _admission_refused(read_comment(words(text), text))]
    [('offensive', 'barred')]
    >>> text = "Kadın işçi alınmıyor, bu ayrımcılık."
    >>> _admission_refused(read_comment(words(text), text))
    []
    """
    forms = read.forms
    for group in _groups_spoken_against(read):
        verb = _refusing_verb(forms, group)
        if verb is None or _next_word(forms, verb) in QUESTION_PARTICLES or not read.same_sentence(group, verb):
            continue
        if reported(forms, verb):
            continue  # "… sokmayın diye dilekçe verdiler, ayıp": someone else's words
        return [_finding(OFFENSIVE, "barred", group, verb, CLEAR)]
    return []


def _refusing_verb(forms: list[str], group: int) -> int | None:
    """Return the index of the verb refusing the group at ``group`` admission, a sale or entry, or None.

    The group bare or in the accusative before a verb of taking in (maybe after what it would be taken in as and
    a place or post: ``Başörtülüleri belediyede işe almasınlar``), bare before ``giremez`` or ``olmasın``, or in
    the dative before a verb of selling or renting within three words (``Alevilere bu köyden tarla satmayın``).

    >>> _refusing_verb(["alevilere", "bu", "köyden", "tarla", "satmayın"], 0)
    4
    >>> _refusing_verb(["suriyeli", "giremez"], 0), _refusing_verb(["kürtlerden", "almayın"], 0)
    (1, None)
    """
    form = forms[group]
    if DATIVE_RE.fullmatch(form):
        return next((verb for verb in range(group + 1, min(len(forms), group + 5)) if SOLD_TO_REFUSED_RE.fullmatch(
            forms[verb])), None)
    if NOT_THE_ADMITTED_RE.fullmatch(form):
        return None
    verb = group + 1
    trade = verb + 1 < len(forms) and BARE_NOUN_RE.fullmatch(forms[verb]) is not None
    if trade and ADMISSION_REFUSED_RE.fullmatch(forms[verb + 1]):
        return verb + 1  # what the group would be taken on as, any trade (``Kürt şoför çalıştırmayın``)
    if verb < len(forms) and KEPT_OUT_RE.fullmatch(forms[verb]) and not CONDITION_NOUN_RE.fullmatch(form):
        # a people, not a state of one (``sakatlık olmasın``: may no one be injured)
        return verb
    if forms[verb : verb + 1] and forms[verb].startswith(ADMITTED_AS):
        verb += 1
    for _ in range(ON_THE_WAY):
        if verb < len(forms) - 1 and forms[verb] in OWNERS:
            verb += 1  # "Aleviler bizim yurda kabul edilmesin": whose place
        if verb < len(forms) - 1 and PLACE_OR_POST_RE.fullmatch(forms[verb]):
            verb += 1
    if verb + 1 < len(forms) and forms[verb] == "kabul" and ACCEPTED_REFUSED_RE.fullmatch(forms[verb + 1]):
        return verb + 1  # "Aleviler bizim yurda kabul edilmesin", "Arap müşteri kabul edilmez"
    return verb if verb < len(forms) and ADMISSION_REFUSED_RE.fullmatch(forms[verb]) else None


TAKEN_TO = frozenset(["yanına", "huzuruna", "katına"])
"""Where God is asked to take someone (``Allah yanına alsın``): a death wished, said of the living."""
TAKE_WISHED = frozenset(["al", "alsın", "alasın", "kavuştur", "kavuştursun", "çek", "çeksin"])
"""God asked to take or draw someone to Him now: the imperative or the optative, not ``aldı`` (a death told)."""
GOD_WORDS = ("allah", "rabb", "tanrı", "mevla")
"""Words that name God (``Allah'ım``, ``Rabbim``, ``Mevla'm``)."""
NOT_THROUGH_THE_NIGHT = frozenset(["çıkma", "çıkmasın", "çıkmasınlar", "çıkamasın", "çıkamasınlar", "çıkmayasın"])
"""After ``sabaha``: wished not to live till morning (``sabaha çıkmasın``)."""
NOT_THROUGH_TOLD = frozenset(["çıkmaz", "çıkamaz", "çıkmazlar", "çıkamazlar"])
"""After ``sabaha``: told not to live till morning; a wish only with ``inşallah`` or ``umarım`` (a doctor's word is
not)."""
CALLED_AWAY_WORDS = TAKEN_TO | {"sabaha"}
"""The words :func:`_called_away` turns on: a comment without them is passed over at once."""
HOPING = frozenset(["inşallah", "inşaallah", "umarım", "umuyorum", "dilerim"])
"""Words that make what is told a hope (``inşallah sabaha çıkmaz``)."""


def _called_away(read: _Read) -> list[Finding]:
    """Find God asked to take someone now (``Allah yanına alsın``) or someone wished not to last the night.

    ``Allah'ım bu adamı al yanına``, ``Rabbim onu huzuruna kavuştursun``; ``sabaha çıkmasın``, ``inşallah sabaha
    çıkmaz``. Not a death told (``Allah yanına aldı``), not a prayer about one's own relative (``Allah'ım annemi daha
    fazla acı çektirme, al yanına``), not a doctor's word (``doktor sabaha çıkmaz dedi``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Allahım bu kapıcıyı artık al yanına."
    >>> [(f.code, f.kind) for f in _called_away(read_comment(words(text), text))]
    [('offensive', 'death_wish')]
    >>> text = "Doktor sabaha çıkmaz dedi ama dedem hâlâ yaşıyor, çok şükür."
    >>> _called_away(read_comment(words(text), text))
    []
    """
    forms = read.forms
    if read.neutralised or CALLED_AWAY_WORDS.isdisjoint(forms) or any(form.startswith(KIN_STEMS) for form in forms):
        return []  # most comments: none of its words
    hoped = any(form in HOPING for form in forms)
    for index, form in enumerate(forms):
        if form in TAKEN_TO:
            around = forms[max(0, index - 2) : index] + forms[index + 1 : index + 3]
            before = forms[max(0, index - 6) : index + 1]
            god = any(other.startswith(GOD_WORDS) for other in before)
            own = any(other in ("beni", "bizi") for other in before)  # "Allah'ım beni de yanına al": despair
            if god and not own and any(other in TAKE_WISHED for other in around):
                return [_finding(OFFENSIVE, "death_wish", index, None, STRONG)]
        elif form == "sabaha":
            after = _next_word(forms, index)
            if after in NOT_THROUGH_THE_NIGHT or (after in NOT_THROUGH_TOLD and hoped):
                return [_finding(OFFENSIVE, "death_wish", index, index + 1, STRONG)]
    return []


PLOT_HANDS = frozenset(["parmağı", "parmakları", "parmağının", "parmağını"])
"""A group's finger in something (``Yahudilerin parmağı var``): the plot a conspiracy sees."""
IN_ON_IT = frozenset(["içinde", "içindeler", "içindedir", "altından", "altındaki"])
"""After ``işin``: in on it (``Ermeniler yine işin içinde``), behind it (``işin altından … çıkar``)."""
BEHIND_IT = frozenset(["lobisi", "lobileri", "lobisinin", "sermayesi", "sermayesinin", "sermayedarları"])
"""A group's lobby or capital (``Rum lobisi``, ``Yahudi sermayesi``), said to stand behind troubles."""
PLOT_REACH = 3
"""Words between a group and the finger, the ``işin`` or the ``arkasında`` that makes it a plotter."""


def _plotting(read: _Read) -> list[Finding]:
    """Find a group said to plot behind events (``Yahudilerin parmağı var``, ``Ermeniler yine işin içinde``).

    A group (not a person) within three words of a finger in it (``parmağı``), of ``işin içinde`` or of a lobby or
    capital said to stand behind (``arkasında … Rum lobisi var``); not in a comment that condemns, reports or praises
    (``Kadınların parmağı var bu başarıda, tebrikler``), not a question of denial (``… parmağı yok mu?`` is asked).

    >>> from gazete.moderation.normalize import words
    >>> text = "Bu işte Yahudilerin parmağı var, herkes biliyor."
    >>> [(f.code, f.kind) for f in _plotting(read_comment(words(text), text))]
    [('offensive', 'conspiracy')]
    >>> text = "Bu başarıda Kürt gençlerin emeği var."
    >>> _plotting(read_comment(words(text), text))
    []
    """
    forms = read.forms
    for group in _groups_spoken_against(read):
        near = range(group + 1, min(len(forms), group + 1 + PLOT_REACH))
        for other in near:
            if not read.same_sentence(group, other):
                break
            form = forms[other]
            finger = form in PLOT_HANDS and not _denied_after(forms, other)
            in_on_it = form == "işin" and _next_word(forms, other) in IN_ON_IT
            # "işin altından kalkar": copes with the work, no one behind it
            in_on_it = in_on_it and not _next_word(forms, other + 1).startswith("kalk")
            lobby = other == group + 1 and form in BEHIND_IT and "arkasında" in forms[max(0, group - 4) : other + 4]
            if finger or in_on_it or lobby:
                return [_finding(OFFENSIVE, "conspiracy", group, other, CLEAR)]
    return []


INSINUATIONS = (
    ("anlayan", "anlar"), ("demek", "istediğimi"), ("demek", "istediğimizi"), ("anlatabildim", "mi"),
    ("bir", "şey", "demiyorum"), ("hiçbir", "şey", "demiyorum"), ("siz", "düşünün"), ("gerisini", "siz"),
    ("sadece", "soruyorum"), ("soruyorum", "sadece"), ("açıklamaya", "gerek", "yok"), ("şaşıran", "var", "mı"),
    ("herkes", "biliyor"), ("söylemesi", "benden"), ("söylemesi", "bizden"),
)
"""Set phrases that leave the hostile conclusion to the reader (``anlayan anlar``, ``ne demek istediğimi
anlarsınız``, ``ben bir şey demiyorum, siz düşünün``, ``sadece soruyorum``); not the commoner ``bilen bilir``,
``tesadüf değil``, ``hepimiz biliyoruz``, which clean comments use as often (``Göçün acısını bilen bilir``)."""
INSINUATIONS_BY_FIRST = by_first_word(INSINUATIONS)
"""The insinuation phrases by their first word: most words start none, told by one lookup."""
INSINUATED = 0.7
"""An insinuation about a group holds for a moderator, as a disclaimer of prejudice does (:data:`DISCLAIMED`)."""


def _insinuated(read: _Read) -> list[Finding]:
    """Find a group beside a phrase that leaves the hostile conclusion to the reader: held for review.

    ``Araplar temizlik nedir bilmez, … ne demek istediğimi anlarsınız``, ``Alevi bir danışman …, anlayan anlar``.
    Not in a comment that condemns, reports or praises.

    >>> from gazete.moderation.normalize import words
    >>> text = "Mahalleye Afganlar taşındı, bisikletim çalındı. Ben bir şey demiyorum, siz düşünün."
    >>> [(f.code, f.kind, f.score) for f in _insinuated(read_comment(words(text), text))]
    [('offensive', 'insinuated', 0.7)]
    >>> text = "Göçün acısını bilen bilir, Suriyelilere yardım edelim."
    >>> _insinuated(read_comment(words(text), text))
    []
    """
    groups = _groups_spoken_against(read)
    if not groups or not _leaves_it_to_the_reader(read.forms):
        return []
    return [Finding(OFFENSIVE, "insinuated", groups[0], groups[0], INSINUATED)]


UNSURPRISED = (
    ("şaşırmadım",), ("şaşırmadık",), ("şaşırtmadı",), ("şaşıran", "oldu", "mu"), ("sürpriz", "değil"),
    ("memleket", "huyu"), ("şaşırdık", "mı"), ("şaşırdınız", "mı"), ("şaşırmayın",), ("şaşırmadın", "değil", "mi"),
)
"""Phrases of no surprise: beside a people or one of them (``Dükkânın sahibi Urfalıymış, şaşırmadım``), what they
did is told as what such people do, a stereotype left to the reader."""
UNSURPRISED_BY_FIRST = by_first_word(UNSURPRISED)


def _unsurprised(read: _Read) -> list[Finding]:
    """Find a people, or one of them, beside a phrase of no surprise: a stereotype insinuated, held for review.

    Not in a comment that condemns, reports or praises.

    >>> from gazete.moderation.normalize import words
    >>> text = "Kavgayı çıkaran Adanalıymış, hiç şaşırmadım."
    >>> [(f.code, f.kind) for f in _unsurprised(read_comment(words(text), text))]
    [('offensive', 'insinuated')]
    >>> text = "Adanalı gençlerin kurduğu takım kazandı, tebrikler, hiç şaşırmadım."
    >>> _unsurprised(read_comment(words(text), text))
    []
    """
    forms = read.forms
    # "şaşırmadım hocam": a word of address (the first person's possessive) names whom one speaks to, no people
    peoples = [group for group in read.groups if not forms[group].endswith("m")]
    if read.neutralised or read.praises or not peoples:
        return []
    index = _phrase_at(forms, UNSURPRISED_BY_FIRST)
    if index is None:
        return []
    group = peoples[0]
    return [Finding(OFFENSIVE, "insinuated", min(group, index), max(group, index), INSINUATED)]


def _phrase_at(forms: list[str], phrases_by_first: dict[str, tuple[tuple[str, ...], ...]]) -> int | None:
    """Return the index where the first of the phrases (grouped by :func:`by_first_word`) stands, or None.

    >>> _phrase_at(["ben", "bir", "şey", "demiyorum"], INSINUATIONS_BY_FIRST)
    1
    >>> _phrase_at(["bilen", "bilir"], INSINUATIONS_BY_FIRST) is None
    True
    """
    for index, form in enumerate(forms):
        for phrase in phrases_by_first.get(form, ()):
            if tuple(forms[index : index + len(phrase)]) == phrase:
                return index
    return None


NORMAL_PEOPLE = ("insan", "aile", "birey", "erkek", "kadın", "çift", "kişi")
"""People called normal (``normal insanlar``, ``normal aileler``): beside gay or trans people, the others set apart."""


def _normal_set_apart(read: _Read) -> list[Finding]:
    """Find gay or trans people set apart from people called normal (``… normal insanlara bakmamalı``): review.

    Over the written comments, 57 set a sexual orientation beside ``normal insanlar``, ``normal aile`` and the like,
    all of them hostile. Not in a comment that condemns or reports.

    >>> from gazete.moderation.normalize import words
    >>> text = "Trans öğretmen derse girmesin, normal bir erkek öğretmen verilsin."
    >>> [(f.code, f.kind) for f in _normal_set_apart(read_comment(words(text), text))]
    [('offensive', 'insinuated')]
    """
    forms = read.forms
    if read.neutralised:
        return []
    oriented = [index for index, kind in read.groups.items() if kind == "sexual_orientation"]
    if not oriented:
        return []
    for index, form in enumerate(forms[:-1]):
        if form == "normal":
            following = forms[index + 2] if forms[index + 1] == "bir" and index + 2 < len(forms) else forms[index + 1]
            if following.startswith(NORMAL_PEOPLE):
                group = oriented[0]
                return [Finding(OFFENSIVE, "insinuated", min(group, index), max(group, index + 1), INSINUATED)]
    return []


SNEERED_KINDS = frozenset(["ethnic", "national", "migrant", "sexual_orientation", "disability", "regional"])
"""Kinds of people ``… biri`` sneers at (``Suriyelinin biri``); not ``kadının biri``, ``hocanın biri``, which open
stories as ``adamın biri`` does."""
ONE_OF = frozenset(["biri", "birisi"])
"""``biri`` after a genitive: one of them (``Arabın biri``)."""


def _one_of_them(read: _Read) -> list[Finding]:
    """Find one of a people named as ``… -ın biri`` (``dönmenin biri``, ``Suriyelinin biri``): contempt.

    The genitive with ``biri`` makes anyone "some such one"; said of a people, it sneers at them. Not in a comment that
    condemns or reports.

    >>> from gazete.moderation.normalize import words
    >>> text = "dönmenin biri daha viral olmuş"
    >>> [(f.code, f.kind) for f in _one_of_them(read_comment(words(text), text))]
    [('offensive', 'slur')]
    >>> text = "Kadının biri kapıyı çaldı"
    >>> _one_of_them(read_comment(words(text), text))
    []
    """
    if read.neutralised:
        return []
    found = []
    for index, kind in read.groups.items():
        if kind not in SNEERED_KINDS or _next_word(read.forms, index) not in ONE_OF:
            continue
        form = read.forms[index]
        stem = GROUP_TABLES[kind].stem_of(form)
        # the genitive singular right after the stem, its buffer n after a vowel ("dönme|nin", "Kürd|ün")
        if stem is not None and form[len(stem) :].removeprefix("n") in GENITIVE_ENDINGS:
            found.append(Finding(OFFENSIVE, "slur", index, index + 1, CLEAR))
    return found


def _leaves_it_to_the_reader(forms: list[str]) -> bool:
    """Tell whether the comment has a phrase of :data:`INSINUATIONS` (``anlayan anlar``, ``sadece soruyorum``).

    >>> _leaves_it_to_the_reader(["demek", "istediğimi", "anlarsınız"]), _leaves_it_to_the_reader(["bilen", "bilir"])
    (True, False)
    """
    return _phrase_at(forms, INSINUATIONS_BY_FIRST) is not None


MEETING_STEMS = frozenset(["bekle", "gel", "bul", "karşıla", "gör"])
"""Verbs of meeting someone (``bekleyeceğiz``, ``bulurum``), a threat when their meaning is left to the reader."""
VISITING_RE = re.compile(r"(?:uğra|uğurla)\w*(?:[ae]c[ae]ğ[ıi][mz]|r[ıi][mz]|[ae]l[ıi]m)")
"""A visit the speaker promises (``uğrayacağım``, ``uğurlarız``)."""
PROMISED_RE = re.compile(r"ed(?:[ae]c[ae]ğ[ıi][mz]|er[ıi][mz]|el[ıi]m)")
"""``et`` promised by the speaker after ``ziyaret`` (``ziyaret edeceğiz``, ``ederiz``, ``edelim``)."""


def _visit_insinuated(read: _Read) -> list[Finding]:
    """Find a visit or a meeting promised beside a phrase that leaves its meaning to the reader: a veiled threat.

    ``Fabrika sahibinin evine bir gece uğrayacağım. Ne demek istediğimi o anlar.``, ``… sahilde bekleyeceğiz, ne
    demek istediğimi o çok iyi anlar``. Held for review, as an insinuation about a group is.

    >>> from gazete.moderation.normalize import words
    >>> text = "Müdürü bir gece uğurlarız, anlayan anlar."
    >>> [(f.code, f.kind) for f in _visit_insinuated(read_comment(words(text), text))]
    [('offensive', 'threat')]
    >>> _visit_insinuated(read_comment(words("Barınağa bir gün uğrayın, ne demek istediğimi anlarsınız."), ""))
    []
    """
    forms = read.forms
    if read.neutralised or not _leaves_it_to_the_reader(forms):
        return []
    for index, form in enumerate(forms):
        verb = read.verbs.get(index)
        promised = verb is not None and verb.stem in MEETING_STEMS and verb.first_person_intent
        visit = VISITING_RE.fullmatch(form) or (form == "ziyaret" and PROMISED_RE.fullmatch(_next_word(forms, index)))
        if promised or visit:
            return [Finding(OFFENSIVE, "threat", index, index, INSINUATED)]
    return []


PRACTICE_SPREAD = frozenset(["herkes", "böyle", "bunu", "esnaf"])
"""Words before ``yapsa`` that wish a practice just told on all (``herkes böyle yapsa``)."""
PROBLEM_GONE = ("sorun", "gider", "gitmez", "gelmez", "kalmaz", "barınama", "çözülür", "kendiliğinden")
"""Openings of what the practice would bring about (``sorun kalmaz``, ``kendiliğinden giderler``)."""
OUTSIDERS = ("yabancı", "yerli", "uyruk", "uyruğ")
"""Words of foreignness or nativity by which a practice shuts people out (``sadece yerli aileler``)."""


def _practice_spread(read: _Read) -> list[Finding]:
    """Find a practice of shutting a group out wished on everyone (``… Herkes böyle yapsa sorun kalmaz``).

    The comment names a group or foreignness and wishes that all did as told, to a problem gone or people
    leaving: a call to exclude, held for review. Not ``Keşke herkes böyle yapsa`` after a good deed.

    >>> from gazete.moderation.normalize import words
    >>> text = "Kiracımın Afgan olduğunu öğrenince sözleşmeyi yenilemedim. Herkes böyle yapsa sorun çözülür."
    >>> [(f.code, f.kind) for f in _practice_spread(read_comment(words(text), text))]
    [('offensive', 'exclusion')]
    >>> text = "Şoför aracı karakola sürdü, Suriyeli yolcu teşekkür etti. Keşke herkes böyle yapsa."
    >>> _practice_spread(read_comment(words(text), text))
    []
    """
    forms = read.forms
    if read.neutralised or not (read.groups or any(form.startswith(OUTSIDERS) for form in forms)):
        return []
    for index, form in enumerate(forms):
        if not form.startswith("yapsa") or PRACTICE_SPREAD.isdisjoint(forms[max(0, index - 3) : index]):
            continue
        if any(word.startswith(PROBLEM_GONE) for word in forms[index + 1 : index + 5]):
            return [Finding(OFFENSIVE, "exclusion", index, index, INSINUATED)]
    return []


GROWING = frozenset(["çoğaldıkça", "arttıkça", "çoğalınca", "artınca", "çoğaldığından", "arttığından"])
"""Words that tell of a number growing (``Kürtler çoğaldıkça …``, ``Suriyeli sayısı arttıkça …``)."""
COUNTS = frozenset(["sayısı", "nüfusu", "oranı", "sayıları"])
"""A group's number, between the group and the growing (``Suriyeli sayısı arttıkça``)."""
ILLS_BLAMED = (
    "kavga", "suç", "sorun", "bozul", "köye", "düş", "karanlı", "bitiyor", "bitti", "kalmadı", "azal", "kirlen",
    "çürü", "yuva", "pislik", "kaos", "huzursuz", "gürültü", "silah", "tehlike", "hırsızlık", "çöp", "pahal",
)
"""Beginnings of the ills a group's growing number is blamed for (``mahallede kavga da çoğalıyor``, ``köye döndü``)."""
BLAME_REACH = 8
NEGATED_VERB_RE = re.compile(r"\w+m(?:[ıiuü]yor|[ae]z|[ae]d[ıi]|[ae]m[ıi]ş)\w*")
"""A verb negated (``bozulmuyor``, ``düşmedi``): the ill denied."""


def _blamed_on_growth(read: _Read) -> list[Finding]:
    """Find ills blamed on a group's growing number (``Kürtler çoğaldıkça mahallede kavga da çoğalıyor``): held.

    A people named right before (or with its ``sayısı``) a word of growing, and an ill told after it in the same
    sentence, not denied (``… arttıkça aile bozulmuyor``). Not a number of women judges growing to enrich the courts.

    >>> from gazete.moderation.normalize import words
    >>> text = "Kürtler çoğaldıkça mahallede kavga da çoğalıyor."
    >>> [(f.code, f.kind) for f in _blamed_on_growth(read_comment(words(text), text))]
    [('offensive', 'group')]
    >>> text = "Kadın hâkim sayısı arttıkça yargının bakış açısı zenginleşir."
    >>> _blamed_on_growth(read_comment(words(text), text))
    []
    """
    forms = read.forms
    if read.neutralised or not read.groups or GROWING.isdisjoint(forms):
        return []
    for index, form in enumerate(forms):
        if form not in GROWING:
            continue
        before = index - 2 if index > 1 and forms[index - 1] in COUNTS else index - 1
        if before < 0 or before not in read.groups or before in read.individuals:
            continue
        for other in range(index + 1, min(len(forms), index + BLAME_REACH)):
            if not read.same_sentence(other, index):
                break
            ill = forms[other]
            negated = ill != "kalmadı" and NEGATED_VERB_RE.fullmatch(ill) is not None
            if ill.startswith(ILLS_BLAMED) and not negated and not _denied_after(forms, other):
                return [Finding(OFFENSIVE, "group", before, other, INSINUATED)]
    return []


ESSENCE_TOLD = frozenset(["var", "yok", "vardır", "yoktur", "bu", "böyle", "budur"])
"""Words after an essence word that say what it holds (``genlerinde var``, ``huyları bu``)."""
ESSENCES = ESSENCE_WORDS | frozenset(
    ["huyları", "huyu", "mayasında", "mayalarında", "fıtratında", "fıtratlarında", "yapısı"]
)
"""Words of a people's nature (``genlerinde``, ``huyları``, ``doymak bilmeyen bir yapısı var``)."""
PRAISED = ("misafirperver", "cömert", "yardımsever", "çalışkan", "dürüst", "kahraman", "cesur", "vefa", "sadık",
           "merhamet", "kibar", "saygı", "sevgi", "mert", "yiğit", "şefkat", "güzel", "zeki", "akıllı")
"""Beginnings of the good a people's nature may be praised for (``misafirperverlik kanımızda var``)."""


def _essence_told(read: _Read) -> list[Finding]:
    """Find a people's nature told (``Ermeniler … huyları bu``, ``ırkçılık onların genlerinde var``): held for review.

    A people named in the comment (not one person), a word of nature with what it holds after it, and no good
    praised in its sentence (``misafirperverlik bu milletin kanında var``); a people's ``milli karakteri`` too.

    >>> from gazete.moderation.normalize import words
    >>> text = "Ermeniler her filmde tarihimizi çarpıtır, huyları bu."
    >>> [(f.code, f.kind) for f in _essence_told(read_comment(words(text), text))]
    [('offensive', 'group')]
    >>> text = "Anadolu insanı misafirperverdir, bu onların kanında var."
    >>> _essence_told(read_comment(words(text), text))
    []
    """
    forms = read.forms
    peoples = set(read.groups) - read.individuals
    if read.neutralised or not peoples:
        return []
    for index, form in enumerate(forms):
        national = form == "karakteri" and forms[index - 1 : index] == ["milli"]
        told = form in ESSENCES and (
            _next_word(forms, index) in ESSENCE_TOLD
            # "entrika onların doğasında": the locative ends its sentence, its "var" left out
            or (form.endswith(("nda", "nde")) and (index + 1 == len(forms) or not read.same_sentence(index, index + 1)))
        )
        if not (told or national) or _vanishing(forms, index + 1):
            continue  # "İstanbul'un çok kültürlü yapısı yok oluyor": a loss mourned, no nature told
        group = _near(peoples, index, WINDOW + 4)
        if group is None:
            continue
        sentence = [other for other in range(len(forms)) if read.same_sentence(other, index)]
        if any(forms[other].startswith(PRAISED) for other in sentence):
            continue
        return [Finding(OFFENSIVE, "group", min(group, index), max(group, index), INSINUATED)]
    return []


def _vanishing(forms: list[str], index: int) -> bool:
    """Tell whether ``yok`` at ``index`` makes a verb of vanishing with the next word (``yok oluyor``, ``yok olan``).

    >>> _vanishing(["yapısı", "yok", "oluyor"], 1), _vanishing(["genlerinde", "yok"], 1)
    (True, False)
    """
    return index < len(forms) and forms[index] == "yok" and _next_word(forms, index).startswith("ol")


SPREAD_ALLEGED = (
    "normalleştir", "dayat", "zehirl", "bulaştır", "aşıla", "özendir", "propagand", "illet",
)
"""Beginnings of what a sexual orientation is alleged to spread or force (``normalleştirmeyin``, ``LGBT dayatması``,
``gençlerimiz zehirleniyor``, ``çocuklara bulaştırır``)."""


POINTED_DISEASES = ("hastalı", "salgın", "mikrop", "mikrob", "virüs")
"""Beginnings of the disease words a comment about a sexual orientation points at it with (``bu hastalık``)."""
DISEASE_POINTERS = frozenset(["bu", "o", "şu", "böyle", "öyle"])
"""Words that point a disease word back at what the comment spoke of (``o hastalığı``, ``böyle bir hastalık``)."""


def _disease_pointed_at(forms: list[str], index: int) -> bool:
    """Tell whether the word at ``index`` is a disease pointed back at (``o hastalığı normal sanmasın``).

    >>> _disease_pointed_at(["bu", "salgından", "korumak"], 1), _disease_pointed_at(["böyle", "bir", "hastalık"], 2)
    (True, True)
    >>> _disease_pointed_at(["bu", "hastalığı", "yendi"], 1), _disease_pointed_at(["hastalık", "değil"], 0)
    (False, False)
    """
    if not forms[index].startswith(POINTED_DISEASES) or _denied_after(forms, index):
        return False
    before = forms[max(0, index - 2) : index]
    if before[-1:] == ["bir"]:
        before = before[:-1]
    return bool(before) and before[-1] in DISEASE_POINTERS and DISEASE_FOUGHT_RE.match(_next_word(forms, index)) is None


def _spread_alleged(read: _Read) -> list[Finding]:
    """Find a sexual orientation alleged to spread, poison or be forced on others (``LGBT dayatması``): held.

    The orientation named in the comment, a word of spreading, forcing or poisoning, or a disease pointed back at
    (``çocuğum o hastalığı normal sanmasın``; not when a real illness is named, ``HIV``), not negated (``kimseye bir şey
    dayatmıyoruz``), and the comment neither condemns nor reports (``"eşcinsellik bulaşıcı" diye paylaşılan video``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Yeter artık bu LGBT dayatması! Her dizide, her reklamda."
    >>> [(f.code, f.kind) for f in _spread_alleged(read_comment(words(text), text))]
    [('offensive', 'group')]
    >>> text = "Bir eşcinsel olarak söyleyeyim, kimseye bir şey dayatmıyoruz."
    >>> _spread_alleged(read_comment(words(text), text))
    []
    """
    if read.neutralised:
        return []
    oriented = [index for index, kind in read.groups.items() if kind == "sexual_orientation"]
    if not oriented:
        return []
    forms = read.forms
    for index, form in enumerate(forms):
        pointed = _disease_pointed_at(forms, index) and not _illness_named(forms, index)
        if not (pointed or form.startswith(SPREAD_ALLEGED)) or NEGATED_VERB_RE.fullmatch(form) is not None:
            continue
        if _speakers_own(forms, oriented[0]) or "olarak" in forms[oriented[0] + 1 : oriented[0] + 4]:
            continue  # "HIV ile yaşayan bir gay erkek olarak söylüyorum": the speaker's own identity
        first, last = sorted((oriented[0], index))
        return [Finding(OFFENSIVE, "group", first, last, INSINUATED)]
    return []


PREJUDICES = frozenset(["ırkçı", "homofobik", "ayrımcı", "cinsiyetçi", "faşist", "nefretçi", "önyargılı"])
"""What a commenter says they are not, before saying what such a one says (``Ben ırkçı değilim ama …``)."""
NOT_BEING = frozenset(["değilim", "değiliz"])
PREJUDICED_ACTS = frozenset(["ırkçılık", "ayrımcılık", "genelleme"])
"""What a commenter says they are not doing (``ırkçılık yapmıyorum ama``, ``genelleme yapmıyorum``)."""
NOT_DOING = frozenset(["yapmıyorum", "yapmıyoruz", "yapmam", "yapmayız"])
SAID_AFTER = ("diy", "dey", "diye", "demek")
"""Words of saying after a disclaimer: it is quoted (``ırkçı değilim diyip saldıranlar``)."""
BUT = frozenset(["ama", "fakat", "ancak", "lakin", "yalnız", "sadece"])
"""The "but" the disclaimer trope turns on (``Ben ırkçı değilim ama …``); without one the disclaimer may stand alone
(``Ben ırkçı değilim, Kürt arkadaşlarım kardeşimdir``)."""
DISCLAIMER_REACH = 20
"""Words after a disclaimer of prejudice the group it is about may stand."""
DISCLAIMED = 0.7
"""A disclaimer of prejudice before a group holds for a moderator (``review_threshold`` 0.5 ≤ 0.7 < 0.85): what
follows is prejudice most often, not always (``Ben ırkçı değilim, Kürt arkadaşlarım kardeşimdir``); the learnt
model, sure of a clean comment, still releases it (``rules_yield``)."""


def _prejudice_disclaimed(read: _Read) -> list[Finding]:
    """Find a disclaimer of prejudice before a group (``Ben ırkçı değilim ama Afganların hiçbiri …``): held for review.

    ``ırkçı``, ``homofobik``, ``cinsiyetçi`` … with ``değilim``, or ``ırkçılık``, ``genelleme`` with ``yapmıyorum``,
    then within twenty words a "but" (``ama``, ``fakat``, ``sadece`` …) and a group. The disclaimer's own ``ırkçı``
    does not make the comment a condemnation; a quoted disclaimer (``"Ben ırkçı değilim ama" diye başlayan
    yorumlar``) is blank, a reported one is someone else's.

    >>> from gazete.moderation.normalize import words
    >>> text = "Ben ırkçı değilim ama Suriyelilerden iyi komşu olmuyor."
    >>> [(f.code, f.kind, f.score) for f in _prejudice_disclaimed(read_comment(words(text), text))]
    [('offensive', 'disclaimed', 0.7)]
    >>> text = "Milliyetçiyim ama ırkçı değilim, bu ikisini karıştıranlar yanılıyor."
    >>> _prejudice_disclaimed(read_comment(words(text), text))
    []
    """
    if read.praises:
        return []
    forms = read.forms
    for index in range(len(forms) - 1):
        form, after = forms[index], forms[index + 1]
        if not ((form in PREJUDICES and after in NOT_BEING) or (form in PREJUDICED_ACTS and after in NOT_DOING)):
            continue
        if reported(forms, index + 1) or _next_word(forms, index + 1).startswith(SAID_AFTER):
            continue  # "… ırkçı değilim diyen", "… diyip saldıranlar": someone else's disclaimer
        rest = forms[:index] + forms[index + 2 :]
        if read.neutralised and _neutralised(rest):
            continue  # a condemnation besides the disclaimer's own word
        reach = range(index + 2, min(len(forms), index + 2 + DISCLAIMER_REACH))
        but = any(forms[other] in BUT for other in reach)
        group = next((g for g in sorted(read.groups) if g in reach and g not in read.individuals), None)
        if but and group is not None:
            return [Finding(OFFENSIVE, "disclaimed", group, group, DISCLAIMED)]
    return []


HUMAN_WORDS = frozenset(["insan", "insandır", "insanlar", "adam", "kul"])
"""What a group is denied being (``insan``, ``adam``): a person at all."""
HUMANITY_DENIED = frozenset(
    ["değil", "değiller", "değildir", "değillerdir", "denmez", "denemez", "diyemem", "diyemeyiz", "diyemiyorum",
     "sayılmaz", "sayılamaz", "sayılmazlar"]
)
"""Words that deny being a person (``insan değil``, ``insan denmez``, ``insan diyemem``)."""
HARD_TO_SAY = frozenset(["zor", "güç", "imkânsız", "imkansız", "mümkün"])
"""After ``demek``: calling them so is hard (``insan demek zor``); ``mümkün`` only denied (``mümkün değil``)."""
DENIAL_REACH = 3
"""Words after ``insan`` its denial may stand (``insan demeye dilim varmıyor``)."""


def _humanity_denied(read: _Read) -> list[Finding]:
    """Find a group denied being human (``Suriyelilere insan denmez``, ``Romanlara insan demek zor``).

    The group within two words before ``insan`` (or ``adam``, ``kul``), then a denial within three words in the
    same sentence: ``değil``, ``denmez``, ``diyemem``, ``sayılmaz``, ``demek zor``, ``demeye dilim varmıyor``, or the
    scornful question ``mı ki`` (``Araplar insan mı ki?``). Not the tag question (``Onlar da insan değil mi?``: they
    are), not in a comment that condemns or reports.

    >>> from gazete.moderation.normalize import words
    >>> text = "Romanlara insan demek zor."
    >>> [(f.code, f.kind) for f in _humanity_denied(read_comment(words(text), text))]
    [('offensive', 'dehumanised')]
    >>> text = "Suriyeliler de insan değil mi?"
    >>> _humanity_denied(read_comment(words(text), text))
    []
    """
    if read.praises:
        return []
    forms = read.forms
    for group in read.groups:
        if group in read.individuals:
            continue
        human = next((other for other in range(group + 1, min(len(forms), group + 3)) if forms[other] in HUMAN_WORDS),
                     None)
        if human is None or (forms[human] == "adam" and not forms[group].endswith(("a", "e"))):
            continue  # "adam" only as what a group is called (dative): "Kürtler adam değil" may be "not men" of a task
        for other in range(human + 1, min(len(forms), human + 1 + DENIAL_REACH)):
            if not read.same_sentence(human, other):
                break
            form = forms[other]
            denied = form in HUMANITY_DENIED and _next_word(forms, other) not in QUESTION_PARTICLES
            hard = form.startswith("deme") and (
                _next_word(forms, other) in HARD_TO_SAY or _next_word(forms, other) == "dilim"
            )
            scorn = form in QUESTION_PARTICLES and _next_word(forms, other) == "ki"
            # The pattern's own "demek" is no report ("… demek yanlış" is; NEUTRALISERS lists it for that).
            if not (denied or hard or scorn) or reported(forms, other + (1 if hard else 0)):
                continue  # "… insan demek zor diye yazan": someone else's words
            if not (read.neutralised and _neutralised(forms[:other] + forms[other + 1 :])):
                return [_finding(OFFENSIVE, "dehumanised", group, other, CLEAR)]
    return []


GIVING_NOUNS = frozenset(["vermek", "verilmesi", "vermesi", "verilmesinin", "tanımak", "tanınması", "tanıması"])
"""Verbal nouns of granting (``hak vermek``, ``ehliyet verilmesi``, ``hakların tanınması``)."""
REGRETTED = frozenset(
    ["hata", "hataydı", "hatadır", "hatası", "hatasıydı", "yanlış", "yanlıştı", "yanlıştır", "saçmalık", "saçmalıktır",
     "rezalet", "rezalettir", "felaket", "felakettir", "skandal", "ihanet", "ihanettir", "israf"]
)
"""Judgements that call a grant a mistake or a disgrace (``büyük hata``, ``saçmalık``)."""
REGRET_REACH = 7
"""Words after the grant its judgement may stand (``vermek bu ülkenin yaptığı en büyük hataydı``)."""


def _rights_regretted(read: _Read) -> list[Finding]:
    """Find a right or a thing granted to a group called a mistake (``Kadınlara ehliyet verilmesi büyük hata``).

    The group in the dative, a verbal noun of granting within four words after it, then within seven words in
    the same sentence a judgement of error or disgrace not denied (``yanlış değil``).

    >>> from gazete.moderation.normalize import words
    >>> text = "Kadınlara seçme seçilme hakkı vermek bu ülkenin yaptığı en büyük hataydı."
    >>> [(f.code, f.kind) for f in _rights_regretted(read_comment(words(text), text))]
    [('offensive', 'rights')]
    >>> text = "Engellilere rapor verilmesi yanlış değil, hakları."
    >>> _rights_regretted(read_comment(words(text), text))
    []
    """
    if read.neutralised or read.praises:
        return []
    forms = read.forms
    for group in read.groups:
        if DATIVE_RE.fullmatch(forms[group]) is None:
            continue
        grant = next((other for other in range(group + 1, min(len(forms), group + 5)) if forms[other] in GIVING_NOUNS),
                     None)
        if grant is None:
            continue
        for other in range(grant + 1, min(len(forms), grant + REGRET_REACH + 1)):
            if not read.same_sentence(grant, other):
                break
            if forms[other] in REGRETTED and not _denied_after(forms, other):
                return [_finding(OFFENSIVE, "rights", group, other, CLEAR)]
    return []


CAUSE_WORDS = frozenset(["yüzünden", "nedeniyle", "sebebiyle", "dolayı", "yüzünde"])
"""Postpositions of cause: what stands before them is the cause, not said of the group after them."""


def _cause_between(forms: list[str], finding: Finding) -> bool:
    """Tell whether a postposition of cause parts a generalisation's words (``işgal eden kafeler yüzünden görme
    engelliler yürüyemiyor``: the cafés occupy, the blind cannot pass)."""
    return finding.kind == "generalisation" and any(
        form in CAUSE_WORDS for form in forms[min(finding.first, finding.last) + 1 : max(finding.first, finding.last)]
    )


def _one_statement(read: _Read, finding: Finding) -> bool:
    """Tell whether a finding's words make one statement: one sentence, or a later one that points back.

    ``Meme kanseri erken teşhis edilirse tedavi şansı çok yüksek. Kırkını geçen hanımlar …`` puts a disease and
    women in two sentences that say nothing of each other; ``Otizmli çocuğunu getirmiş. Bu çocuklar evde
    durmalı`` points back with ``bu`` (or a verb whose dropped subject is ``they``: ``Gönderin gitsinler``), and a
    faith's findings stand on their own.
    """
    if finding.code == BELIEF or read.same_sentence(finding.first, finding.last):
        return True  # also when sentences were not read
    later = read.sentences[finding.last]
    return any(
        form in POINTERS or form in GROUP_ANAPHORA or form in ("o", "bunların", "şunlar") or THEY_DO_RE.search(form)
        for sentence, form in zip(read.sentences, read.forms, strict=True)
        if sentence == later
    )


THEY_DO_RE = re.compile(
    r"(?:s[ıiuü]nl[ae]r|m[ae]zl[ae]r|[ıiuüae]rl[ae]r|yorl[ae]r|[dt][ıiuü]l[ae]r|[ae]c[ae]kl[ae]r|m[ae]l[ıi]l[ae]r)$"
)
"""A verb of the third person plural (``gitsinler``, ``bilmezler``, ``çalışıyorlar``): its subject, dropped, is a
group named before."""


def readable_text(text: str, restored: str | None) -> str:
    """Return the text to read words from: the restored one for a comment typed without Turkish letters."""
    if restored is not None and not has_turkish_letters(text) and len(restored) == len(text):
        return restored
    return text
