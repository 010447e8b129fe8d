"""spelling: the tables, the mi/ki/de rules, context names, the note/reject threshold, correct words kept."""

from __future__ import annotations

import pytest

from gazete.moderation.config import DEFAULT_CONFIG, ModerationConfig
from gazete.moderation.rules import spelling
from gazete.moderation.rules.base import Comment, article_context


def _found(text: str, lang: str = "tr") -> list[tuple[str, str]]:
    comment = Comment(text, lang, DEFAULT_CONFIG)
    return [(s.original, s.replacement) for s in spelling.find_misspellings(text, lang, comment)]


def test_table_words_and_phrases_keep_case() -> None:
    assert _found("Herkez birşey biliyor, bir çok kişi") == [
        ("Herkez", "Herkes"),
        ("birşey", "bir şey"),
        ("bir çok", "birçok"),
    ]


def test_bir_cogu_and_fiat_are_corrected_and_the_brand_left_alone() -> None:
    assert _found("Komşuların bir çoğuna sordum, fiatları herkes biliyor") == [
        ("bir çoğuna", "birçoğuna"),
        ("fiatları", "fiyatları"),
    ]
    assert _found("Fiat'ın yeni modeli çok beğenildi") == []
    assert _found("Bi çok kişi aynı şeyi yazmış") == [("Bi çok", "Birçok")]  # the spoken "bi" for "bir"


def test_particles_and_conjunctions() -> None:
    assert _found("bu doğrumu, diyorki bende katılıyorum") == [
        ("doğrumu", "doğru mu"),
        ("diyorki", "diyor ki"),
        ("bende", "ben de"),
    ]
    assert _found("belki şimdiki durum, bende para yok") == []


def test_english_table() -> None:
    assert _found("I definately recieved it", "en") == [("definately", "definitely"), ("recieved", "received")]


def test_a_confident_misspelling_is_not_approved_as_typed_unless_the_portal_says_note_only() -> None:
    long_text = "Bu haberi okudum ve çok düşündüm, ülkemiz için herkez biraz daha sorumluluk almalı."
    blocked = spelling.check(Comment(long_text, "tr", DEFAULT_CONFIG))
    assert blocked is not None and blocked.severity == "reject"
    note_only = ModerationConfig(spelling_blocks=False)
    assert spelling.check(Comment(long_text, "tr", note_only)).severity == "note"
    strict = ModerationConfig(spelling_blocks=False, spelling_min_errors=1, spelling_error_ratio=0.0)
    assert spelling.check(Comment(long_text, "tr", strict)).severity == "reject"


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("Kuzenim almanyadan dönüyor.", "Almanya'dan"),
        ("Bu kampanya türkiye genelinde mi?", "Türkiye"),
        ("Dedem çanakkalede savaşmış.", "Çanakkale'de"),
        ("Haberi okuyunca üzüldüm, allah rahmet eylesin.", "Allah"),
    ],
)
def test_a_name_in_lower_case_is_capitalised_in_a_comment_that_capitalises(typed: str, fixed: str) -> None:
    assert fixed in [replacement for _original, replacement in _found(typed)]


@pytest.mark.parametrize(
    "text",
    [
        "allah rahmet eylesin, çok genç gitmiş",
        "Köyün kilisesi restore edilmiş, kiliseye ziyaretçi geliyor.",
        "Pazarda bir tokat attı, ortalık karıştı.",
        "Orduya katılan gençleri uğurladık.",
    ],
)
def test_lower_case_comments_and_words_that_are_also_names_are_left_alone(text: str) -> None:
    assert not [item for item in _found(text) if item[1][:1].isupper() and item[0][:1].islower()]


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("Türkiyede ekonomi iyi değil.", "Türkiye'de"),
        ("Dün Ankaraya gittim.", "Ankara'ya"),
        ("Erdoğanın konuşmasını dinledim.", "Erdoğan'ın"),
        ("Ukrayna'da ki savaş bitmeli.", "Ukrayna'daki"),
        ("Yarın ki toplantı ertelendi.", "Yarınki"),
        ("Bayramdan sonra ki ilk iş günü trafik kilitlendi.", "sonraki"),
        ("Kazadan önce ki görüntüler yayınlandı.", "önceki"),
    ],
)
def test_apostrophe_after_names_and_ki_are_corrected(typed: str, fixed: str) -> None:
    found = spelling.check(Comment(typed, "tr", DEFAULT_CONFIG))
    assert found is not None and found.severity == "reject"
    assert fixed in [suggestion.replacement for suggestion in found.suggestions]


@pytest.mark.parametrize(
    "text",
    [
        "Adana kebabı çok güzeldi.",
        "Asgari ücret yetmiyor.",
        "Türkiye'de hayat pahalı.",
        "Bundan sonra ki, kimse şikâyet etmesin.",
        "Daha sonra ki o da gelir belki.",
    ],
)
def test_names_as_a_whole_and_capitalised_words_keep_their_spelling(text: str) -> None:
    assert spelling.check(Comment(text, "tr", DEFAULT_CONFIG)) is None


def test_correct_inflections_derivations_and_loanwords_are_not_flagged() -> None:
    # Words a surface-form dictionary (hunspell-tr) misses but that are correct Turkish: the word
    # model must not report them (docs/moderation-policy.md, "Spelling: the word model").
    assert _found("Oynuyorum, fiyatlar artarken gülümsüyorlar; arabulucu bir hoca lazım.") == []
    assert _found("Sendikasızlaştırılan işçiler zor durumda, akşamları Spotify açıyorum.") == []
    assert _found("Kitabı okudum, hakkı verilmiş; tahammülsüzleştirdiğin hükümet değil, oyuncusu önceki.") == []
    assert _found("Nikâh şahidimiz gelecek, hikâyesi imkânsız güzellikte.") == []


def test_names_urls_hashtags_numbers_english_and_short_words_are_skipped() -> None:
    assert _found("@USER Ahmetgil çok güzel yazmış #gündemdeyiz https://ornek.com.tr/xyzqq 2019'da 5km") == []
    assert _found("Bugün podcast dinledim, army gibi herkes oradaydı, bi de dm attım.") == []
    assert _found("@elif.yildiz ve @can-ozturk haklı, ikisi de çok iyi şarkıcı.") == []  # handles with dots
    assert _found("@elif yanlis yazmış") == [("yanlis", "yanlış")]  # the word after a handle is still read


def test_a_relative_clauses_noun_before_a_postposition_is_no_compound() -> None:
    assert _found("Kimse geldiği yer yüzünden küçümsenmemeli.") == []
    assert _found("Bu zalimler yer yüzünden silinsin.") == [("yer yüzünden", "yeryüzünden")]
    comment = Comment("Zelenskiy'e göre Bakhmut çok önemli", "tr", DEFAULT_CONFIG, article_context("Bakhmut"))
    assert spelling.find_misspellings(comment.text, "tr", comment) == []


def test_word_model_finds_colloquial_spellings_typos_and_ascii_words() -> None:
    found = dict(_found("Yarın okula gidiyorm, sonra da maça gidicez. Ben de geliyom, yapıcaz, cok üzüldüm."))
    assert found["gidiyorm"] in {"gidiyor", "gidiyorum"}
    assert found["cok"] == "çok"
    # spoken forms get their written form; a word with no known correction is reported as it is (span only)
    assert found["gidicez"] == "gideceğiz" and found["geliyom"] == "geliyorum" and found["yapıcaz"] == "yapacağız"
    assert _found("Dün fıkrasını anlattı, çok güldük ama moderasyonu zor.") == [("moderasyonu", "moderasyonu")]


def test_ascii_words_are_left_to_no_turkish_chars_when_the_comment_has_no_turkish_letters() -> None:
    assert _found("bugun cok guzel bir gun oldu") == []


def test_use_morphology_off_keeps_the_tables_only() -> None:
    text = "Ben de geliyom, herkez biliyor."
    comment = Comment(text, "tr", ModerationConfig(use_morphology=False))
    assert [s.original for s in spelling.find_misspellings(text, "tr", comment)] == ["herkez"]



def test_split_particle_separates_a_particle_after_a_real_word() -> None:
    known = {"herkes", "hakkında", "gelecek", "diyor"}.__contains__
    assert spelling.split_particle("herkesde", known) == "herkes de"
    assert spelling.split_particle("hakkındada", known) == "hakkında da"
    assert spelling.split_particle("gelecekmi", known) == "gelecek mi"
    assert spelling.split_particle("diyorki", known) == "diyor ki"
    assert spelling.split_particle("evde", known) is None  # "ev" is too short a stem to split
    assert spelling.split_particle("zırvade", known) is None  # no known word before the particle


def test_joined_particles_get_their_correction_in_the_suggestion() -> None:
    from gazete.moderation import moderate

    verdict = moderate("Hükümetin yaptıklarını anlamıyorum herkesde biliyor bunu")
    assert verdict.suggestion == "Hükümetin yaptıklarını anlamıyorum herkes de biliyor bunu"


def test_misspelled_stems_are_corrected_with_their_endings_in_harmony() -> None:
    assert _found("Mahalemizdeki eczahaneye gittik, klübün antremanına geç kaldık.") == [
        ("Mahalemizdeki", "Mahallemizdeki"),
        ("eczahaneye", "eczaneye"),
        ("klübün", "kulübün"),
        ("antremanına", "antrenmanına"),
    ]
    assert _found("Makinalarımız eskidi, mütevazilik lazım.") == [
        ("Makinalarımız", "Makinelerimiz"),
        ("mütevazilik", "mütevazılık"),
    ]
    # The right spellings, and words that merely begin like a listed stem, are left alone.
    assert _found("Hastanede, mahallede ve kulüpte antrenman yapan makineler; taktik ve tespit.") == []


def test_words_written_together_or_apart_against_the_rules() -> None:
    assert _found("Hoşgeldiniz, çünki birkaç gün değil bi kaç ay oldu.") == [
        ("Hoşgeldiniz", "Hoş geldiniz"),
        ("çünki", "çünkü"),
        ("bi kaç", "birkaç"),
    ]


def test_an_abbreviations_ending_takes_an_apostrophe() -> None:
    assert _found("Oğlum YKS ye hazırlanıyor, MHPli vekil de TRTnin programına çıktı.") == [
        ("YKS ye", "YKS'ye"),
        ("MHPli", "MHP'li"),
        ("TRTnin", "TRT'nin"),
    ]
    # The conjunctions after an abbreviation, a question word, and a shouted comment are not endings.
    assert _found("CHP de AB ya da NATO ne diyor, bilmiyorum.") == []
    assert _found("YKS YE HAZIRLANIYORUZ") == []


def test_a_sentences_first_word_that_reads_as_a_common_word_is_not_a_name() -> None:
    assert _found("Tatile çıktık. Arama kurtarma ekipleri oradaydı. Valla şaşırdım.") == []
    # A name is still a name at the start of a sentence, and a capital inside a sentence says "name".
    assert _found("İstanbulda yağmur var, dün de Ankarada kar vardı.") == [
        ("İstanbulda", "İstanbul'da"),
        ("Ankarada", "Ankara'da"),
    ]


def _misspelled_stem_by_scan(lower: str) -> str | None:
    """The plain scan over every misspelled stem, longest first, that the grouped table replaces."""
    from gazete.moderation.morphology import NOMINAL_TAIL_RE

    for stem, right in spelling._STEMS_LONGEST_FIRST:
        if lower.startswith(stem):
            tail = lower[len(stem) :]
            if tail == "" or (len(tail) <= 10 and NOMINAL_TAIL_RE.match(tail)):
                return right + spelling.harmonised(right, tail)
    return None


def test_misspelled_stems_grouped_by_first_letters_find_what_the_full_scan_finds() -> None:
    endings = ["", "de", "nin", "ler", "lerden", "ı", "x", "lerimizdeki"]
    stems = [stem for stem, _right in spelling._STEMS_LONGEST_FIRST]
    words = {stem + ending for stem in stems for ending in endings} | {stem[:-1] for stem in stems}
    words |= {"", "a", "ev", "hastane", "bugün", "herkes"}
    corrected = 0
    for word in words:
        assert spelling.misspelled_stem(word) == _misspelled_stem_by_scan(word), word
        corrected += _misspelled_stem_by_scan(word) is not None
    assert corrected > len(stems)


@pytest.mark.parametrize(
    ("text", "shouted"),
    [
        ("KPSS YE GİRECEĞİM", True),
        ("KPSS ye gireceğim", False),
        ("", False),
        ("123 !!", False),
        ("ABc", True),
        ("Abc dE", False),
        ("ⒶⒷⒸ abc", False),
        ("ǅemal", False),
    ],
)
def test_mostly_upper_counts_cased_letters(text: str, shouted: bool) -> None:
    assert spelling.mostly_upper(text) is shouted
    cased = [letter for letter in text if letter.isupper() or letter.islower()]
    assert shouted == (bool(cased) and sum(letter.isupper() for letter in cased) * 2 > len(cased))


@pytest.mark.parametrize(
    "text",
    [
        "Kızım okulda Almancayı çok çabuk söktü.",
        "Dedem Arapçadan çeviri yapardı, eski kitapları hep o okurdu.",
        "Dava Yargıtay Ceza Dairesine gönderilmiş, karar bekleniyor.",
        "Dilekçemizi İl Sağlık Müdürlüğüne verdik, hâlâ cevap yok.",
        "Filyos Limanı bitince bölgeye iş gelecek.",
        "Avrupa'da İslamofobinin arttığı yazılmış.",
        "Kızılay Meydanında buluşalım.",
        "Yeni komşumuz Türkçesini her gün biraz daha geliştiriyor.",
        "Ablamın İngilizcesinden hep övgüyle söz ederler.",
    ],
)
def test_languages_and_institutions_take_their_endings_without_an_apostrophe(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    ["Sevgili Nuriye Hanım, iyi ki vardınız.", "Fahriye Abla bize hep çay demlerdi.", "Saniye Teyze selam söyledi."],
)
def test_a_name_before_a_title_is_a_name_of_its_own(text: str) -> None:
    assert _found(text) == []


def test_a_common_noun_the_word_model_knows_as_a_name_takes_no_apostrophe() -> None:
    text = "Metrobüste yer kalmamıştı, İnternette de anlatıldı."
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Ayşe Hanımın yemekleri çok güzeldi.", ("Hanımın", "Hanım'ın")),
        ("Doktorumuz Ahmet Beyi çok severiz.", ("Beyi", "Bey'i")),
        ("Dün Hasan Ustaya uğradım.", ("Ustaya", "Usta'ya")),
    ],
)
def test_a_titles_ending_after_a_name_takes_an_apostrophe(text: str, fixed: tuple[str, str]) -> None:
    assert fixed in _found(text)


def test_a_title_after_a_word_of_address_a_handle_or_shouting_stands_for_the_person() -> None:
    assert _found("Sayın Hocanın dersine girdim.") == []
    assert _found("@USER Hocanın transferleri yapılacak.") == []
    assert _found("HAKEM Hocanın kararı belli.") == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Bugünki karar sevindirdi.", ("Bugünki", "Bugünkü")),
        ("Dünki maç iyiydi.", ("Dünki", "Dünkü")),
        ("Yollar kapalı, buda yetmezmiş gibi elektrik kesildi.", ("buda", "bu da")),
    ],
)
def test_todays_and_yesterdays_take_their_own_ending(text: str, fixed: tuple[str, str]) -> None:
    assert fixed in _found(text)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Lazdan usta olmaz diyenler yanılıyor.", ("Lazdan", "Laz'dan")),
        ("Türkiyede beyin göçü hızlandı.", ("Türkiyede", "Türkiye'de")),
        ("Ankarada Hakan Beyle buluştuk.", ("Ankarada", "Ankara'da")),
    ],
)
def test_a_noun_after_a_name_is_no_title(text: str, fixed: tuple[str, str]) -> None:
    assert fixed in _found(text)


def test_a_place_after_another_name_still_needs_its_apostrophe() -> None:
    assert _found("Biz İstanbul Kadıköyde oturuyoruz.") == [("Kadıköyde", "Kadıköy'de")]


@pytest.mark.parametrize(
    ("word", "fixed"),
    [("Düzcede", "Düzce'de"), ("Mersinden", "Mersin'den"), ("Uşakta", "Uşak'ta"), ("Samsuna", "Samsun'a")],
)
def test_every_province_takes_its_apostrophe(word: str, fixed: str) -> None:
    assert spelling.missing_apostrophe(word) == fixed


@pytest.mark.parametrize("text", ["Bu cumaki vaaz çok güzeldi.", "Ağustoski sıcaklar bunaltıcıydı."])
def test_ki_after_a_word_of_time_is_joined(text: str) -> None:
    assert spelling.check(Comment(text, "tr", DEFAULT_CONFIG)) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bende Sivaslıyım, bu türküyü çok severim.", [("Bende", "Ben de")]),
        ("Haberi okuyunca sende şaşırdın mı?", [("sende", "sen de")]),
        ("Bizde sabaha kadar bekledik ama otobüs gelmedi.", [("Bizde", "Biz de")]),
        ("Sizde aynı sorunu yaşadıysanız yazın.", [("Sizde", "Siz de")]),
        ("Valla sende çok haklısın, kira artışı durmuyor.", [("sende", "sen de")]),
        ("Açıkçası bende bu karardan emin değilim.", [("bende", "ben de")]),
        ("Geçen hafta ki toplantıda karar çıkmadı.", [("hafta ki", "haftaki")]),
        ("Bugün ki yağmur tarlaya iyi geldi.", [("Bugün ki", "Bugünkü")]),
        ("Bu işe hâlâ inanıyormusunuz siz?", [("inanıyormusunuz", "inanıyor musunuz")]),
    ],
)
def test_a_pronoun_agreeing_with_its_verb_time_words_with_ki_and_personal_question_particles(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Bende iki bilet var, gelmek isteyen yazsın.",
        "Yedek anahtar sende dursun, biz akşam geliriz.",
        "Bizde düğünlerde herkes halay çeker.",
        "Sizde kalabilir miyim, otel bulamadım.",
        "Öyle bir gün ki hiçbirimiz unutamayacağız.",
        "Annem 'bu kızın aklı bir karış havada' derdi, haklıymış.",
        "Mahsul toplandı, babadan oğula kalan bağ bu.",
    ],
)
def test_the_locative_a_conjunction_ki_quotations_and_inflected_words_stay_correct(text: str) -> None:
    assert _found(text) == []


def test_a_province_opening_a_sentence_takes_its_apostrophe_unless_it_is_an_everyday_word() -> None:
    assert _found("Düzcede yeni konutlar teslim edildi.") == [("Düzcede", "Düzce'de")]
    assert _found("Orduda yirmi yıl görev yaptım.") == []


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("Takım iyi oynuyo ama şans yok.", ("oynuyo", "oynuyor")),
        ("Bu akşam maça gelcem, bekleyin.", ("gelcem", "geleceğim")),
        ("Bu işi yarın hallediyoz, merak etmeyin.", ("hallediyoz", "hallediyoruz")),
        ("Randevuyu internetden aldım, çok kolaymış.", ("internetden", "internetten")),
        ("Sınıfdan çıkınca hava kararmıştı.", ("Sınıfdan", "Sınıftan")),
        ("Bu kış kimse gelmiyecek, yollar kapalı.", ("gelmiyecek", "gelmeyecek")),
        ("Karşıdan karşıya geçerken dikat edin.", ("dikat", "dikkat")),
        ("Öğrencilar bu karardan memnun değil.", ("Öğrencilar", "Öğrenciler")),
    ],
)
def test_words_typed_as_spoken_or_with_a_slipped_letter_get_their_written_form(
    typed: str, fixed: tuple[str, str]
) -> None:
    assert fixed in _found(typed)


def test_a_name_opening_a_sentence_is_not_corrected_to_another_word() -> None:
    assert _found("Kilis ve Hatay yıllardır büyük bir yük taşıdı, teşekkür borçluyuz.") == []
    assert _found("Sarkis Usta'nın dükkânı altmış yıldır açık.") == []


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("Şampiyonluğu hakediyor bence.", ("hakediyor", "hak ediyor")),
        ("Doktorumuz çok ilgiliydi sağolsun.", ("sağolsun", "sağ olsun")),
        ("Hatayı ben de farkettim.", ("farkettim", "fark ettim")),
        ("Talebimiz red edildi.", ("red edildi", "reddedildi")),
        ("Bu duruma şükür ediyorum.", ("şükür ediyorum", "şükrediyorum")),
        ("Zeytin yağı fiyatı yine arttı.", ("Zeytin yağı", "Zeytinyağı")),
        ("Kızım orta okulda okuyor.", ("orta okulda", "ortaokulda")),
        ("Haberi 2019 da okumuştum.", ("2019 da", "2019'da")),
        ("Metro 2025te bitecekti.", ("2025te", "2025'te")),
        ("Güzel haber, birde köyün yolunu yazın.", ("birde", "bir de")),
        ("Tabi herkesin bünyesi farklı.", ("Tabi", "Tabii")),
    ],
)
def test_compounds_light_verbs_numbers_and_conjunctions_follow_the_rules(typed: str, fixed: tuple[str, str]) -> None:
    assert fixed in _found(typed)


@pytest.mark.parametrize(
    "text",
    [
        "Hakediş ödemeleri gecikti, müteahhitler zor durumda.",
        "Bu suçta af olmaz, cezası verilmeli.",
        "Uzaktan eğitim çocuklar için kayıp oldu.",
        "Büyük başarı, tebrikler.",
        "Yeni bir birim kuruldu, vergiye tabi olacak.",
        "Saat birde buluşalım, ilk on birde o da var.",
        "Kapılar saat 19.00'da açılıyor, 2-1'lik galibiyet, %30'luk artış, 5 de geldi.",
        "Gece yarısı çalan zil, mahallede hayalet var galiba.",
    ],
)
def test_correct_words_that_look_like_those_mistakes_are_left_alone(text: str) -> None:
    assert _found(text) == []


def test_a_final_i_of_an_arabic_or_persian_adjective_is_not_turned_back() -> None:
    assert ("fıkhi", "fıkhı") not in _found("Kadın imam meselesinde fıkhi görüşler farklı.")


def test_a_narrowed_future_an_r_dropped_before_a_long_ending_and_joined_numbers_get_their_fix() -> None:
    found = dict(_found("Yarın maçı evde bekliycez, diyorlar ki bilet satıyolarmış, üçyüz kişi gelecekmiş."))
    assert found["bekliycez"] == "bekleyeceğiz"
    assert found["satıyolarmış"] == "satıyorlarmış"
    assert found["üçyüz"] == "üç yüz"


@pytest.mark.parametrize("word", ["birbirine", "ikiyüzlü", "onlar", "binlerce"])
def test_words_made_of_number_words_that_are_written_joined_stay(word: str) -> None:
    assert _found(f"Komşular {word} çok güldü.") == []


def test_a_language_name_in_lower_case_is_capitalised_in_a_comment_that_capitalises() -> None:
    assert _found("Kızım bu yıl fransızca ve ispanyolca kursuna başladı.") == [
        ("fransızca", "Fransızca"),
        ("ispanyolca", "İspanyolca"),
    ]
    assert _found("kızım bu yıl fransızca kursuna başladı") == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Dedem bir aydır hastane de yatıyor, ziyaretler kısıtlı.", "hastanede"),
        ("Kızım Sivas da kalıyor, yurt parası çok yüksek.", "Sivas'ta"),
        ("Fabrika da çalışan işçilere ikramiye verilmedi.", "Fabrikada"),
    ],
)
def test_a_place_and_its_locative_written_apart_before_a_verb_of_staying_are_joined(text: str, fixed: str) -> None:
    assert fixed in dict(_found(text)).values(), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Okul da kapandı, hastane de kapandı, köyde bir şey kalmadı.",
        "Bizim mahallede cami de var kilise de var.",
        "Annem de yatıyor, babam da yatıyor, ikisi de grip.",
        "Stadyum da kaleci de yenilendi, bu sezon iddialıyız.",
    ],
)
def test_the_conjunction_after_a_place_or_a_person_and_a_noun_after_de_stay(text: str) -> None:
    assert _found(text) == []


def test_pronoun_and_superlative_run_together_and_a_swapped_stem_are_corrected() -> None:
    assert _found("Sanane onun işinden, banane de. Ençok sen konuşuyorsun, kirbiti de sen aldın.") == [
        ("Sanane", "Sana ne"),
        ("banane", "bana ne"),
        ("Ençok", "En çok"),
        ("kirbiti", "kibriti"),
    ]


def test_a_comment_that_needs_no_turkish_letter_is_read_by_the_word_model() -> None:
    # No word of it needs ç, ğ, ı, ö, ş or ü: typed rightly without them, its particle written on is still a mistake.
    assert _found("Bu sene de zam gelecekmi?") == [("gelecekmi", "gelecek mi")]
    assert _found("Bu sene de zam gelecek mi?") == []


@pytest.mark.parametrize("text", ["Ahh ah, ne günlerdi.", "Vayy be, bu da olur mu", "Offf, yine mi kuyruk"])
def test_an_interjection_said_louder_is_no_misspelling(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Koreli oyuncular bu dizide çok iyi.", []),
        ("Dün Ankaralının evine gittik.", []),
        ("Dün Ayselin evine gittik.", [("Ayselin", "Aysel'in")]),
    ],
)
def test_a_places_people_take_their_endings_joined_but_a_name_its_apostrophe(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


def test_a_word_the_table_writes_apart_is_corrected_typed_without_its_turkish_letters_too() -> None:
    assert _found("Pekcok çiftçi ürününü satamadı.") == [("Pekcok", "Pek çok")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tatil uzun olucak gibi.", [("olucak", "olacak")]),
        ("Bu güvenlik herkesinki gibi polisin işi.", []),
        ("Sen de biliyorsunki bu iş zor.", [("biliyorsunki", "biliyorsun ki")]),
    ],
)
def test_a_spoken_future_is_corrected_and_a_pronouns_one_is_joined(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Yarın sabah tarlaya gidicem.", [("gidicem", "gideceğim")]),
        ("Hocam bu konuyu anlatır mısınız?", []),
        ("Kimbilir belki seneye yağmur bol olur.", [("Kimbilir", "Kim bilir")]),
        ("Ne kadarda güzel bir haber.", [("kadarda", "kadar da")]),
        ("Mütaahhit firma inşaatı bitirmedi.", [("Mütaahhit", "Müteahhit")]),
    ],
)
def test_a_spoken_future_the_word_model_accepts_and_words_typed_joined_are_corrected(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Oyuncu iyiki bu rolü almış.", [("iyiki", "iyi ki")]),
        ("İyiki geldin.", [("İyiki", "İyi ki")]),
        ("Domatesin kilosu kırk lira, yazık dimi?", [("dimi", "di mi")]),
        ("Yönetmen dahada güzel filmler çekecek.", [("dahada", "daha da")]),
        ("Bakımı yaptırın, sonrada pişman olmayın.", [("sonrada", "sonra da")]),
        ("Bu ilaçın eşdeğeri var mı?", [("ilaçın", "ilacın")]),
        ("Sonra da pişman olmayın, daha da iyi olur.", []),
    ],
)
def test_words_typed_joined_and_a_capitalised_misspelling_are_corrected_not_read_as_names(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Annemde aynı köydendi, Allah rahmet eylesin.", [("Annemde", "Annem de")]),
        ("Benim eşimde emekli, maaşın yarısı kiraya gidiyor.", [("eşimde", "eşim de")]),
        ("Kardeşimde oradaydı, çok korkmuşlar.", [("Kardeşimde", "Kardeşim de")]),
        ("Kızımda bağırsak paraziti çıktı.", []),
        ("Oğlumda anksiyete bozukluğu var.", []),
        ("Bayramda annemde kaldım.", []),
        ("Kitap kızımda.", []),
    ],
)
def test_ones_kin_with_de_joined_is_the_conjunction_unless_a_place_or_a_holder(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bizde geçen hafta köye yardım götürdük, çok ihtiyaçları var.", [("Bizde", "Biz de")]),
        ("Sende haklısın kardeşim, gelenek güzel.", [("Sende", "Sen de")]),
        ("Komşular da geldi, onlarda sabaha kadar çalıştı.", [("onlarda", "onlar da")]),
        ("Suç onlarda.", []),
        ("Onlarda saygı yok ki.", []),
        ("Bayramda onlarda kaldım.", []),
        ("Sizde kalabilir miyim?", []),
    ],
)
def test_a_pronoun_with_de_joined_agrees_with_the_first_or_last_verb_and_they_too_with_a_third_persons(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bir arkadaşım non-binary olduğunu söyledi, gayet güzel konuştuk.", []),  # a borrowed compound
        ('"Didou Nana"yı her dinleyişimde Karadeniz aklıma gelir.', []),  # a title quoted, a suffix after it
        ("Şeyh Edebali'nin \"İnsanı yaşat ki devlet yaşasın\" sözünü hatırlayalım.", []),  # a quotation's capitals
        ("Türkiyede herkez bunu biliyor.", [("Türkiyede", "Türkiye'de"), ("herkez", "herkes")]),  # still checked
    ],
)
def test_hyphenated_compounds_and_quotations_are_someone_elses_spelling(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Coin borsası battı, binlerce kişinin parası içeride kaldı.", []),  # no "İçin borsası"
        ("Yurt odasında kettle yasak ama ütü serbest.", []),  # no "katıl yasak"
        ("Bugün herkez işe geç kaldı.", [("herkez", "herkes")]),  # a misspelling an edit away
        ("Mesajıma cvp vermedin hâlâ.", [("cvp", "cevap")]),  # vowels left out
        ("Maç bitti, çokkk mutluyum.", [("çokkk", "çok")]),  # a letter typed over and over
    ],
)
def test_a_table_correction_far_from_the_word_is_none(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dün akşam Mehmet Demirin dükkânına uğradım.", [("Demirin", "Demir'in")]),
        ("Toplantıda Zeynep Yılmazın önerisi kabul edildi.", [("Yılmazın", "Yılmaz'ın")]),
        ("Gazeteci Hrant Dinke saygıyla.", [("Dinke", "Dink'e")]),
        ("Kaptan Ertuğrul Fırkateyni kitabını okudu.", []),  # a name in the possessive, not a surname's ending
        ("Fatih Sultan Mehmet Köprüsünde trafik durdu.", []),  # an inflected head, no surname
        ("Ayşe Hanımın bahçesi çok güzel.", [("Hanımın", "Hanım'ın")]),  # the title's own reading
        ("Zafer Bayramında törene katıldık.", []),  # a name that opens a holiday's, not a given name here
        ("Kurtuluş Savaşı'nı Halide Edib anlattı.", []),  # a woman's name before her surname, not "Halid'e"
        ("Mahallede Zekiye Hanım herkesi tanır.", []),
    ],
)
def test_a_surname_after_a_given_name_takes_an_apostrophe_though_it_be_an_everyday_word(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Geçen yaz ailece Bodrumda tatil yaptık.", [("Bodrumda", "Bodrum'da")]),
        ("Kuzenim yıllardır Katarda mühendis olarak çalışıyor.", [("Katarda", "Katar'da")]),
        ("Pamuk fiyatları Mısırdan gelen ithalatla düştü.", [("Mısırdan", "Mısır'dan")]),
        ("Bodrumda su birikmiş, eşyalar ıslandı.", []),  # opening the sentence: the basement may be meant
        ("Evin bodrumunda su birikmiş.", []),  # lower case: a basement
        ("Mısır tarlasında çalışan işçiler yoruldu.", []),
    ],
)
def test_a_place_whose_name_is_an_everyday_word_takes_an_apostrophe_inside_a_sentence(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Maaşlar bu ay yatıcakmı bilen var mı?", [("yatıcakmı", "yatacak mı")]),
        ("Yarın maça gidicekmisin?", [("gidicekmisin", "gidecek misin")]),
        ("Sonuç ne zaman açıklanacak mı acaba?", []),
    ],
)
def test_a_spoken_future_with_its_question_particle_written_on_is_mended_both_ways(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Komşum bu işe karşı çıktı, oda haklı bence.", [("oda", "o da")]),
        ("Kardeşime sordum, ama oda bilmiyor.", [("oda", "o da")]),
        ("Oda arkadaşım sabaha kadar ders çalıştı.", []),
        ("Ticaret odası toplandı, oda başkanı haklı çıktı.", []),  # the chamber's president
        ("Otel dolu olunca misafir oda istiyor, veremiyoruz.", []),  # a room asked for
        ("Muhtarımızda bu yıl yolları yaptırmadı.", [("Muhtarımızda", "Muhtarımız da")]),
        ("Muhtarımızda köyün bütün anahtarları var.", []),  # the headman as holder
    ],
)
def test_o_da_and_ones_own_headman_with_de_joined_are_the_conjunction_when_a_persons_predicate_follows(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Teknik direktör Volkan Ballı maçtan sonra konuştu.", []),  # a surname made with -lı
        ("Aday listesinde Erol Korkutan da var.", []),  # no -tan after a vowel: a surname, not Korku'tan
        ("Dün Fatma Kayaya uğradık, çay içtik.", [("Kayaya", "Kaya'ya")]),
    ],
)
def test_a_surname_ending_follows_the_sound_rules_and_a_surname_in_li_is_one_word(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


def test_a_room_facing_the_other_side_is_no_o_da() -> None:
    assert _found("Kiraladığımız ev güzel. Oda karşı binaya bakıyor, güneş hiç girmiyor.") == []
