"""offensive: threats and group hostility; group words alone pass."""

from __future__ import annotations

import pytest

from gazete.moderation.config import DEFAULT_CONFIG
from gazete.moderation.rules import offensive
from gazete.moderation.rules.base import Comment


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Seni öldüreceğim", True),
        ("Suriyeliler defolsun", True),
        ("göçmenler haşere gibi", True),
        ("Immigrants are vermin", True),
        ("Suriyeli mülteciler için yardım kampanyası", False),
        ("Rus ve Ukraynalı diplomatlar görüştü", False),
    ],
)
def test_offensive(text: str, flagged: bool) -> None:
    lang = "en" if text.startswith("Immigrants") else "tr"
    assert (offensive.check(Comment(text, lang, DEFAULT_CONFIG)) is not None) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Suriyeliler bu ülkenin başına bela oldu, hepsi sürülsün.", True),
        ("Göçmenler her yeri doldurdu, bunların hepsi kovulsun.", True),
        ("Hükümet de muhalefet de aynı, hepsi gitsin.", False),  # no group named: hepsi points at no people group
        ("Suriyeliler de bizim komşumuz, hepsi çalışıyor.", False),
    ],
)
def test_a_pointer_word_stands_for_the_group_named_before(text: str, flagged: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Seni öldürürüz.", True),
        ("Sizi bulacağız.", True),
        ("Kafanızı kıracağım.", True),
        ("Evini yakarım senin.", True),
        ("Onu bulacağım, kaybolmadı.", False),  # finding a thing
        ("Kafanı kırdın mı?", False),  # not the first person
        ("Eti keserim, sonra pişiririm.", False),  # no object of harm
        # someone else's threat, quoted or reported, is no threat of the commenter
        ('Eski kocası kadına "seni öldürürüm" diye mesaj atmış, hâlâ serbest.', False),
        ("Muhabire sizi bulacağız diyenler yakalansın.", False),
    ],
)
def test_an_object_and_a_first_person_verb_of_harm_threaten(text: str, flagged: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Suriyelileri bu ülkeden kovmak lazım.", True),
        ("Göçmenler temizlenmeliler.", True),
        ("Bu çöpü atmak lazım.", False),
        ("Suriyelilere iş bulmak lazım.", False),
    ],
)
def test_hostile_words_with_endings_and_calls_with_lazim(text: str, flagged: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is flagged


def test_doctests() -> None:
    import doctest

    assert doctest.testmod(offensive).failed == 0


@pytest.mark.parametrize(
    ("key", "listed"),
    [("asalak", True), ("asalaklar", True), ("asalaklardir", True), ("asal", False), ("kitap", False)],
)
def test_is_listed_reads_plural_and_copula_endings(key: str, listed: bool) -> None:
    assert offensive.is_listed(key, offensive.HOSTILE_WORDS) is listed
    assert offensive.hostile_positions([key], offensive.HOSTILE_WORDS) == ({0} if listed else set())


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Hakem bey, bu akşam kapınızı iyi kilitleyin.", True),
        ("Muhabir kardeş, İzmir'de de güvende hissetme, elimiz uzundur.", True),
        ("Bu yazıyı yazan arkadaş arkanı kolla, seninle görüşeceğiz.", True),
        ('Gazeteciye "adresini biliyoruz" diye yazanlar yakalanmalı.', False),
        ("Tatile giderken kapıları kilitleyin, hırsızlık arttı.", False),
    ],
)
def test_veiled_threats_are_threats_unless_reported(text: str, flagged: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ('Stadyumda "Kürtler defolsun" diye bağıranlar hakkında soruşturma açılmalı.', False),
        ("Duvara 'Afganlar defolsun' yazılmış, belediye hemen sildirdi.", False),
        ("Afganlar defolsun, bu mahalle bizim.", True),
    ],
)
def test_group_hostility_in_quotes_or_reported_is_not_the_commenters(text: str, flagged: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is flagged


@pytest.mark.parametrize(
    ("text", "demeaning"),
    [
        ("Belediye başkanı düpedüz geri zekâlı, seferleri kışın kaldırdı.", ["geri zekâlı"]),
        ("Yorum yazan embesil önce haberi okusun.", ["embesil"]),
        ("Sen adam değil hayvansın.", ["hayvansın"]),
        ("Bunu yapan pislikler yakalansın.", ["pislikler"]),
        ("Köpek gibi yorulduk bugün.", []),  # the speaker's own toil: no insult, nothing demeaned
        ("Eşek arısı soktu, kolum şişti.", []),
        ("Bu adam tam bir aptal.", []),  # an insult, but it mocks no disability and likens to no animal
    ],
)
def test_insults_that_mock_a_disability_or_liken_to_an_animal_are_offensive_too(
    text: str, demeaning: list[str]
) -> None:
    comment = Comment(text=text, lang="tr", config=DEFAULT_CONFIG)
    found = offensive.demeaning_insults(comment)
    assert [text[comment.words[first].start : comment.words[last].end] for first, last, _score in found] == demeaning
    reason = offensive.check(comment)
    assert (reason is not None and reason.code == "offensive") == bool(demeaning)


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("O veleti yakalarsam kulaklarını koparırım.", True),
        ("Bir bulayım seni, kemiklerini sayarsın.", True),
        ("Bunu paylaşanların gözleri kör olsun.", True),
        ("Oh olsun, daha beteri olsun.", True),
        ("Allah beterinden saklasın.", False),
        ("Düştüm, kolumu kırdım sandım.", False),
    ],
)
def test_limbs_threatened_bones_counted_and_blindness_wished(text: str, threat: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is threat


@pytest.mark.parametrize(
    ("text", "cursed"),
    [
        ("Allah kahretsin hepinizi, rakip taraftarlar.", True),
        ("Allah seni kahretsin.", True),
        ("Allah kahretsin, yine zam gelmiş.", False),
    ],
)
def test_god_asked_to_damn_the_reader_or_them_is_a_curse_but_a_sigh_is_not(text: str, cursed: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is cursed


@pytest.mark.parametrize(
    ("text", "cursed"),
    [
        ("Allah belasını versin bu adamın.", True),
        ("Allah belasını versin bu alkolün, kaç aile yıktı.", False),
    ],
)
def test_god_asked_to_curse_an_evil_is_no_curse_on_anyone(text: str, cursed: bool) -> None:
    found = offensive.find_threats(offensive.joined_keys(Comment(text, "tr", DEFAULT_CONFIG)))
    assert bool(found) is cursed


@pytest.mark.parametrize(
    ("text", "cursed"),
    [
        ("Çocuğun annesine laf edenin dili kopsun.", True),
        ("Ah bu şarkıların gözü kör olsun.", False),
        ("Şehidin tabutunu siyasete alet edenlerin Allah iki gözünü kör etsin.", True),
        ("Bu gece o gıcık komşunun kalbi dursun.", True),
        ("Zammı imzalayanlar ilaç bulamayacak kadar hasta olsun.", True),
        ("Dilerim yediğiniz her lokma boğazınızda zehir olsun.", True),
        ("Kavgayı başlatan ailenin düğünü cenazeye dönsün.", True),
        ("Birinin 'bayrağa uzanan dil kopsun' diye bağırdığını okudum.", False),
        ("Allah kimseyi hasta etmesin.", False),
    ],
)
def test_a_tongue_an_eye_a_heart_cursed_and_illness_wished_are_death_wishes(text: str, cursed: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is cursed


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Su gelmezse vanayı senin kafanda patlatırım başkan.", True),
        ("Yarın oraya gelirsem o camı kafana geçiririm.", True),
        ("Muayenehanene gelip seni de hastanelik edeceğim.", True),
        ("Kafana takma, geçer.", False),
        ("Rakip bek onu hastanelik etti, geçmiş olsun.", False),
    ],
)
def test_a_blow_at_the_head_or_a_hospital_stay_promised_is_a_threat(text: str, threat: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is threat


@pytest.mark.parametrize(
    ("text", "cursed"),
    [
        ("Ülkeye bu kadar zarar veren birinin kalbi bir an önce dursun.", True),
        ("Yalan haber yazanın dili inşallah kopsun.", True),
        ("Kalbi güzel olsun, gerisi dursun.", False),
    ],
)
def test_words_of_time_or_emphasis_inside_a_curse_keep_it_a_curse(text: str, cursed: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is cursed


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Kardeşimi o programda ağlatanı kurşuna dizerim.", True),
        ("Bu yazıyı yazanı bulup döverim.", True),
        ("Kayseri'nin mantısına laf edene kırılırım, gerisi şaka.", False),
        ("Bu yolu yapanı tebrik ederim.", False),
    ],
)
def test_harm_promised_to_one_named_by_what_they_did_is_a_threat(text: str, threat: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is threat


@pytest.mark.parametrize(
    ("text", "wished"),
    [
        ("Konteyner için para isteyenlerin hepsi enkaz altında kalsın.", True),
        ("Raflara zam yapan market sahipleri o rafların altında kalsınlar.", True),
        ("Kaza yapan otomobilin altında kalan yaya kurtarıldı.", False),
    ],
)
def test_being_buried_wished_in_the_optative_is_a_death_wish(text: str, wished: bool) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is wished


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Antalya'da yaşayan Ruslar için açılan Türkçe kursuna ilgi büyükmüş, güzel bir gelişme.", False),
        ("Arapça kursuna başladım, Suriyeli komşularla daha rahat konuşmak için.", False),
        ("Suriyelileri kursuna dizin", True),
    ],
)
def test_a_word_typed_without_its_turkish_letter_in_a_turkish_typed_comment_is_the_common_word(
    text: str, flagged: bool
) -> None:
    assert (offensive.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is flagged
