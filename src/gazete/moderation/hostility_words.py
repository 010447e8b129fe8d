"""Word tables of the hostility model: targets, hostile acts and what neutralises them (data only).

Written by the gazete project. Every entry is a *stem* in Turkish lower case: the readers of
:mod:`gazete.moderation.morphology` accept it with any ending Turkish grammar allows (``kürt`` →
``Kürtlerin``, ``Kürde``; ``gönder`` → ``gönderilsin``, ``gönderilmeli``, ``göndereceğiz``). Stems of
three letters or fewer take only common endings (``laz`` is not ``lazım``). English entries are whole
words. The last section holds the exact words, prefixes and endings the readings of
:mod:`gazete.moderation.hostility` look for: there each table's docstring says how it is matched.
"""

from __future__ import annotations


def _stems(text: str) -> frozenset[str]:
    """Return the whitespace-separated stems of ``text``."""
    return frozenset(text.split())


# --- targets ------------------------------------------------------------------------------------------
TARGET_GROUPS: dict[str, frozenset[str]] = {
    "ethnic": _stems(
        """kürt kürd ermeni rum yahudi arap çingene roman laz çerkez gürcü boşnak arnavut zenci siyahi
        zenciler yunan yunanlı süryani ezidi türkmen acem fars pontus kıpti zaza kürdo acem"""
    ),
    "national": _stems(
        """suriyeli afgan afganistanlı pakistanlı iranlı iraklı faslı somalili nijeryalı afrikalı
        ukraynalı rus amerikalı alman fransız ingiliz israilli filistinli mısırlı özbek türkmenistanlı
        gürcistanlı ermenistanlı azeri kıbrıslı rumeli bulgar çinli japon koreli hintli italyan ispanyol
        portekizli hollandalı belçikalı isveçli norveçli danimarkalı avusturyalı isviçreli macar sırp hırvat
        rumen polonyalı lübnanlı ürdünlü suudi arabistanlı katarlı kuveytli yemenli libyalı tunuslu
        cezayirli sudanlı etiyopyalı senegalli kenyalı bangladeşli nepalli endonezyalı malezyalı filipinli
        vietnamlı kırgız tacik uygur azerbaycanlı çeçen dağıstanlı meksikalı brezilyalı arjantinli
        kolombiyalı venezuelalı kanadalı avustralyalı rusyalı belaruslu moldovalı makedon kosovalı
        karadağlı irlandalı iskoç avrupalı asyalı"""
    ),
    "migrant": _stems("göçmen mülteci sığınmacı muhacir kaçaklar gurbetçi yabancılar"),
    "religious": _stems(
        """müslüman hristiyan hıristiyan yahudi musevi alevi sünni şii vahhabi selefi katolik
        ortodoks protestan budist hindu kızılbaş bektaşi caferi nusayri dindar dinci tesettürlü
        türbanlı başörtülü çarşaflı sakallı hacı hoca imam papaz rahip haham cemaat tarikat
        şeyh derviş inanan inananlar mümin gayrimüslim yehova evanjelik evanjelist mormon zerdüşt
        bahai"""
    ),
    "nonbeliever": _stems("ateist deist agnostik dinsiz imansız allahsız kafir kâfir gavur mürted inançsız"),
    "gender": _stems("kadın kız bayan hatun karı feminist kızlar hanım anneler gelin dul"),
    "sexual_orientation": _stems(
        """eşcinsel homoseksüel lgbt lgbti lgbtq lgbtiq gey gay lezbiyen lezbi biseksüel trans
        transseksüel travesti ibne lubunya homo dönme nonbinary queer eşcinsellik homoseksüellik"""
    ),
    "disability": _stems(
        """engelli özürlü sakat otizmli otistik down spastik mongol zihinsel kekeme kör sağır dilsiz
        çolak topal felçli kötürüm şaşı kambur cüce bunak saralı retarde"""
    ),
    "regional": _stems(
        """karadenizli doğulu güneydoğulu güneyli kuzeyli batılı egeli trakyalı anadolulu köylü taşralı kıro
        trabzonlu rizeli sivaslı kayserili yozgatlı urfalı antepli diyarbakırlı vanlı hakkarili
        mardinli batmanlı adanalı mersinli izmirli istanbullu ankaralı konyalı erzurumlu
        hataylı kürtçü lazca çorumlu kastamonulu malatyalı elazığlı tunceli dersimli
        adıyamanlı afyonlu ağrılı aksaraylı amasyalı antalyalı ardahanlı artvinli aydınlı balıkesirli
        bartınlı bayburtlu bilecikli bingöllü bitlisli bolulu burdurlu bursalı çanakkaleli çankırılı
        denizlili düzceli edirneli erzincanlı eskişehirli gaziantepli giresunlu gümüşhaneli ığdırlı
        ıspartalı kahramanmaraşlı maraşlı karabüklü karamanlı karslı kilisli kırıkkaleli kırklarelili
        kırşehirli kocaelili kütahyalı manisalı muğlalı muşlu nevşehirli niğdeli ordulu osmaniyeli
        sakaryalı samsunlu siirtli sinoplu şanlıurfalı şırnaklı tekirdağlı tokatlı tuncelili uşaklı
        yalovalı zonguldaklı"""
    ),
}
"""Groups a hostile act can be aimed at, by kind (ethnic, national, migrants, religious, non-believers,
gender, sexual orientation, disability, regional: the people of every province by its demonym)."""

GROUP_ANAPHORA = _stems(
    """hepsi hepsini hepsine hepsinin hepsinden hepiniz hepinizi hepinize tamamı tamamını hiçbiri
    hiçbirine hiçbirinin bunlar bunları bunlara bunların bunlardan onlar onları onlara onların
    onlardan böyleleri böylelerini böylelerine bunun gibiler senin gibiler senin gibileri
    sizin gibiler gibiler gibileri gibilere milleti milletinin sürüsü takımı tayfası"""
)
"""Words that point at a whole group (``hepsi``, ``bunlar``, ``senin gibiler``)."""

PERSON_PRESENT = _stems(
    """sen seni sana senin senden sende siz sizi size sizin sizden yazan yazar muhabir gazeteci
    yorumcu köşe editör spiker hakem hâkim yorumu adam herif kadın hanım kardeş arkadaş"""
)
"""Words naming a person present in the conversation or in the news (the reader, the reporter, ``adam``)."""

# --- hostile acts: verbs ---------------------------------------------------------------------------
VIOLENT_VERBS = _stems(
    """öldür gebert kurşunla katlet boğazla linçle boğ yak yık kes vur as kır kopar döv parçala doğra
    ez dağıt tepele pat sakatla taşla biç bıçakla yoket yoked idamet idamed linçet linçed imhaet
    imhaed temizle dök ateşever kurşunadiz sil bitir hırpala yar göm"""
)
"""Verbs of harm: a call (``asılsın``, ``öldürün``) or a first-person threat (``kırarım``) aimed at someone."""

ALWAYS_VIOLENT_VERBS = _stems(
    "öldür gebert kurşunla katlet boğazla linçle linçet linçed kurşunadiz döv tepele hırpala sakatla bıçakla boğ"
)
"""Verbs of harm that are hostile in a call or threat even with no target named (``asılsın`` needs one)."""

DEATH_VERBS = _stems("öl geber kahrol yan bat kuru çürü don boğul düş kazı yokol külol helakol canver")
"""Verbs a death wish puts in the optative or conditional (``ölsünler``, ``kökü kurusun``, ``batsaydı keşke``)."""

EXPEL_VERBS = _stems(
    """gönder yolla kov sür at çıkar topla toplan defol defet defed git gid bindir ayır kapat yasakla
    sınırdışıet sınırdışıed dön temizle tasfiyeet tasfiyeed sürgünet sürgüned menet mened
    postala sepetle hapset hapsed ayrıtut çekil deportet deported arındır uzaklaştır ihraçet ihraçed"""
)
"""Verbs that, called for about a group, expel, cleanse or segregate it (``gönderilsin``, ``gitsinler``)."""

NEGATED_HARM_VERBS = _stems("kal yaşa kurtul uyan bırak sok yaşat affet")
"""Verbs whose *negated* call is the hostile one (``bir tanesi bile kalmasın``, ``yaşamasınlar``,
``sağ bırakmayın``, ``hak verilmemeli``)."""

THREAT_VERBS = _stems("bul gör bekle gel ara öde çek çal karşıla tanı")
"""Verbs that threaten in set phrases of the first or second person (``seni bulacağız``,
``gününü görürsün``, ``hesabını soracağız``), with :data:`THREAT_OBJECTS` before them."""

THREAT_OBJECTS = _stems(
    """seni sizi hepinizi hepsini gününü gününüzü hesabını hesabınızı bedelini cezanı
    cezasını kapını kapınızı evini evinizi yerini adresini adresinizi sıra sırası ağzını burnunu
    kafanı kafasını dilini ayağını bacağını kemiklerini canını belanı tek camlarınızı camlarını bıçağı
    bıçak evinin kapısının önünde"""
)
"""Objects that turn a first- or second-person verb into a threat."""

HARMED_OBJECTS = _stems(
    """kafanı kafasını kafalarını kafanızı başını başlarını başınızı ağzını ağızlarını ağzınızı burnunu
    dişini dişlerini dişlerinizi kolunu kollarını bacağını bacaklarını kemiklerini kemiklerinizi boynunu
    gözünü gözlerini yüzünü suratını çeneni çenesini kaburgalarını elini ellerini
    evini evlerini evinizi arabanı arabasını arabalarını arabanızı dükkanını dükkânını dükkanlarını
    işyerini işyerlerini şubelerini şubesini yazıhaneni yazıhanesini ofisini ofislerini büronu bürosunu
    villasını villanı kepengini kepenklerini camlarını camını camlarınızı kapını kapısını kapılarını
    tezgâhını tezgahını mağazasını mağazanı"""
)
"""Someone else's body or belongings: aimed at by a first-person verb of harm they make a threat
(``kafanı yararım``, ``şubelerini ateşe vereceğiz``); the speaker's own (``kafamı dağıtacağım``) are not here."""

# --- hostile acts: nouns and adjectives --------------------------------------------------------------
DEHUMANISING = _stems(
    """hayvan köpek it domuz sürü koyun mikrop virüs kanser veba hastalık pislik pis çöp leş haşere
    haşarat parazit asalak sülük böcek hamamböceği fare sıçan akrep yılan çakal sırtlan maymun
    sürüngen yaratık ucube mahluk çekirge bit pire kene urgan lağım kir kirlet salgın tumor tümör
    istila vebalı cüzam çıban yük belâ bela sürülerle"""
)
"""Words that deny a group's humanity (animals, disease, dirt, vermin, burden)."""

TRAITS = _stems(
    """hırsız dilenci tembel sinsi hain terörist terörcü tecavüzcü katil suçlu yalancı sahtekâr
    sahtekar düşman korkak cahil aptal beyinsiz gerizekalı ahmak salak sapık sapkın ahlaksız
    namussuz şerefsiz yobaz bağnaz gerici barbar vahşi kaba cimri uyuşuk beleşçi işgalci ajan casus
    kaçakçı çapulcu pkklı fetöcü bölücü vatansız dönek hilekâr dolandırıcı
    pinti fahişe kaşar sürtük yosma kevaşe orospu hafifmeşrep kancık  sarhoş ayyaş bıçakçı
    serseri maganda kıro zorba ilkel  medeniyetsiz    kafasız  akılsız
    enayi şımarık nankör kalleş sömürgeci kanemici kurnaz kibirli görgüsüz kavgacı açgözlü kazıkçı
    düzenbaz üçkağıtçı ırkçı fitneci vicdansız karaktersiz utanmaz terbiyesiz edepsiz arsız yüzsüz riyakâr
    riyakar ikiyüzlü çıkarcı inatçı bencil fırsatçı vurguncu soyguncu rüşvetçi beceriksiz gürültücü pis pasaklı
    miskin asalak paragöz
    bulaşıcı anormal rezil rezillik iğrenç sapıklık kokuşmuş hile hileci ihanet"""
)
"""Negative traits that, said of a whole group, make a demeaning generalisation."""

SLURS = _stems(
    """ibne götveren lubunya kızılbaş gavur gâvur kafir kâfir dinci yobaz kıro maganda zenci çingen
    karı kancık mongol spastik özürlü ermeni dölü piç döl tohum kürdo suriyeli işgalci
    homoluk sapkınlık nonoş ibnelik ibneliğ"""
)
"""Slurs: a group named with contempt; hostile with any target nearby, and some on their own."""

SLURS_ALONE = _stems("ibne ibnelik ibneliğ götveren lubunya kızılbaş kürdo homoluk nonoş sapkın")
"""Slurs hostile even with no other target in the comment."""

GENERALISERS = _stems(
    """hepsi hepsinin hep tamamı hiçbiri hiçbirinden bunlar bunların bunlardan onlar onların
    zaten genelde her milleti milletidir dediğin dediğiniz kafası kafa aynı genlerinde kanında
    doğasında soyu tıynet genetik"""
)
"""Words that make a remark about a group a generalisation (``hepsi``, ``X dediğin``, ``genlerinde``)."""

REHABILITATED = frozenset(
    [("rehabilitasyona",), ("rehabilitasyonu",), ("rehabilitasyon", "merkezine"), ("rehabilite",)]
)
"""Set phrases that send people to be cured: a slur said of sexual orientation only (``Transların rehabilitasyonu``),
care said of a disability (``engelliler için rehabilitasyon merkezi``)."""
EXPLOITING = (("sömürüyor",), ("sömürüyorlar",), ("sömürür",), ("sömürürler",))
"""Exploiting said of a group, which must be its subject (``Yahudiler dünyayı sömürüyor``), not its object
(``Afgan işçileri sömürüyorlar``)."""
HARMING = (
    ("zarar", "veriyor"), ("zarar", "veriyorlar"), ("zarar", "verir"), ("zarar", "verirler"), ("mahvediyor",),
    ("mahvediyorlar",), ("mahveder",), ("mahvederler",), ("mahvetti",), ("mahvettiler",), ("yozlaştırıyor",),
    ("yozlaştırıyorlar",), ("zehirliyor",), ("zehirliyorlar",), ("suç", "işliyor"), ("suç", "işliyorlar"),
    ("suç", "işler"), ("suç", "işlerler"),
)
"""Harm said of a group as what it does (``Suriyeliler topluma zarar veriyor``, ``Eşcinseller gençliği zehirliyor``):
the group must be its subject, not its object or the one harmed (``bu yasa kadınlara zarar veriyor``)."""
GENERAL_CONSTRUCTIONS: tuple[tuple[str, ...], ...] = (
    ("adam", "çıkmaz"), ("adam", "olmaz"), ("dost", "olmaz"), ("güven", "olmaz"), ("güvenilmez",),
    ("iyisi", "yoktur"), ("iyisi", "olmaz"), ("iyisi", "yok"), ("ölüsüdür",), ("insan", "olmaz"),
    ("vatansever", "çıkmaz"), ("hayır", "gelmez"), ("hayır", "çıkmaz"), ("hayır", "gelmemiştir"),
    ("hayır", "gelmedi"), ("hayır", "gelmemiş"), ("oyunu",), ("oyunudur",),
    ("olmaz", "ki"), ("beklenir", "ki"), ("değer", "vermez"), ("anlamaz",), ("beceremez",),
    ("yapamaz",), ("bilmez",), ("sevmez",), ("çalışmaz",), ("çalışmazlar",), ("anlamazlar",), ("beceremezler",),
    ("bilmezler",),
    ("yeri", "mutfak"), ("yeri", "mutfaktır"), ("mutfakta",), ("mutfağa",), ("mutfağına",),
    ("evde", "otursun"), ("evinde", "otursun"), ("evde", "otursunlar"), ("susar",), ("sussun",), ("ocağa",),
    ("ocağına",), ("ocak", "başına"), *REHABILITATED,
    ("yer", "yok"), ("yeri", "yok"), ("yeri", "yoktur"), ("istemiyoruz",), ("istemiyorum",),
    ("yeri", "hastane"), ("yeri", "hastanedir"), ("yeri", "hapis"), ("yeri", "hapistir"), ("yeri", "hapishane"),
    ("yeri", "hapishanedir"), ("yeri", "tımarhane"), ("yeri", "tımarhanedir"), ("yeri", "cehennem"),
    ("yeri", "cehennemdir"), ("yeri", "kamp"), ("yeri", "kamptır"),
    ("istenmez",), ("istemeyiz",), ("sınır", "dışı"), ("sınırdışı",),
    ("hak", "yok"), ("hakkı", "yok"), ("hakları", "yok"), ("hakkı", "olmamalı"), ("hakları", "olmamalı"),
    ("hakkı", "olmaz"), ("hak", "falan"), ("verilmemeli",), ("verilmesin",), ("verilmez",), ("verilsin",),
    ("az", "bile"), ("iyi", "olmuş"), ("oh", "olsun"), ("müstahak",), ("hak", "ettiler"), ("bayram", "ederim"),
    ("bizden", "değil"), ("bizden", "değildir"), ("vicdanı", "yoktur"), ("vicdanları", "yoktur"),
    ("vicdanı", "olmaz"), ("vicdanları", "olmaz"), ("hastalık",), ("hastalığı",), ("tedavi",),
    ("bulaşıcı",), ("bulaşıcıdır",), ("bulaşır",), ("bulaşıyor",), ("tedavisi",), ("normal", "değil"),
    ("yasaklanmalı",), ("yasaklansın",), ("yaptırılmamalı",), ("yaptırılmasın",), ("oy", "kullanamasın"),
    ("oy", "kullanmasın"), ("oy", "kullanmamalı"), ("adım", "atmasın"), ("adım", "atamasın"),
    ("kirletiyor",), ("kirletti",), ("ele", "geçirdi"), ("istila",), ("işgal",),
    *EXPLOITING, *HARMING, ("kötülüğün", "sebebi"), ("kötülüğün", "kaynağı"),
    ("ayak", "bağı"), ("ayak", "bağıdır"), ("ayak", "bağları"),
    ("bile", "fazla"), ("arkadan", "vurur"), ("arkadan", "vururlar"), ("sırtından", "vurur"),
    ("vicdanları", "yok"), ("vicdanları", "yoktur"), ("vicdanı", "yoktur"), ("kalbi", "yoktur"),
    ("kalpleri", "yoktur"), ("merhametleri", "yoktur"), ("namusları", "yoktur"), ("şerefleri", "yoktur"),
    ("ahlakları", "yoktur"), ("güvenmeyin",), ("güvenme",), ("güvenmem",), ("kin", "var"),
    ("dost", "olmadı"), ("dost", "olmaz"), ("tek", "yön"), ("tek", "yönlü"), ("tek", "gidiş"),
    ("uzak", "tutulmalı"), ("uzak", "tutulmalıdır"), ("uzak", "tutulsun"), ("uzak", "durulmalı"),
)
"""Set phrases of generalisation, exclusion (``tek yön bilet``: a one-way ticket out), denial of rights and gloating,
said about a group."""

# --- beliefs ----------------------------------------------------------------------------------------------
BELIEF_TARGETS = _stems(
    """allah tanrı rab ilah peygamber muhammed resul isa meryem musa kuran kur'an kuranı incil tevrat
    zebur ayet hadis sünnet din dini dinin dinler inanç iman ibadet namaz oruç hac hacı kabe kâbe
    cami mescit kilise sinagog cemevi havra mabet mabed ezan ramazan mevlit cem semah ayin
    islam islâm islamiyet hristiyanlık hıristiyanlık yahudilik musevilik alevilik sünnilik ateizm
    deizm müslüman hristiyan hıristiyan yahudi musevi alevi sünni şii ateist deist agnostik dindar
    inanan mümin tesettür başörtü türban çarşaf diyanet hoca imam papaz rahip haham şeyh tarikat
    cennet kutsal melek noel paskalya hanuka hz"""
)
"""Religions, beliefs, believers and non-believers, books, places, rites and holy figures."""

BELIEF_HOSTILE = _stems(
    """masal hurafe uydurma yalan saçma saçmalık safsata afyon zırva palavra kandırmaca uyutma
    koyun sürü beyinsiz cahil enayi aptal salak gerizekalı yobaz bağnaz gerici vahşi kafir kâfir
    gavur gâvur dinsiz imansız ahlaksız cehennemlik lanet lanetli sahte sahtekâr sahtekar pis pislik
    terör terörist ilkel ortaçağ karanlık sapkın sapık sömür kandır uyut görünmez
    meyhane düşman istenmez şarlatan dolandırıcı tüccar saçmalığı zavallı sofu softa müşrik necis efsane
    komedi maskara soytarı tiyatro çağdışı aptallaştır gülüyorum gülerim acıyorum şovu şovları plasebo"""
)
"""Words that, about a belief or its followers, mock, call it a lie or call believers stupid or damned."""
BELIEF_HOSTILE_EXACT = frozenset(["hayali", "hayalî"])
"""Hostile words only as written (``hayali bir arkadaş``, imaginary), not as a stem (``hayalini``, their dream)."""

# --- what neutralises ---------------------------------------------------------------------------------------
NEUTRALISERS = _stems(
    """ırkçı ırkçılık ırkçılığı nefret ayrımcılık ayrımcı genelleme genellemek genellemeyin kınıyorum
    kınarım kına yanlış yanlıştır ayıp ayıptır utanç verici doğru değil kabul edilemez
    söyleyenler diyenler diyen demek diyorlar iddia suç suçtur olmaz saygı saygılı"""
)
"""Words that make a hostile-looking sentence a condemnation or a report of hostility
(``Kürtlere terörist demek yanlış``, ``ırkçılığı kınıyorum``); they do not clear threats or calls for harm."""

NEGATORS = _stems("değil değildir değiller değiliz yok")
"""Words that, right after a trait, deny it (``hırsız değiller``)."""

INSHALLAH = _stems(
    "inşallah inşaallah inşallâh inş inşş insallah keşke umarım dilerim diliyorum diliyoruz amin amin"
)
"""Words that make a following third-person event a wish (``inşallah ölür``)."""

SEXISM_CUES = _stems(
    """mutfak bulaşık itaat fıtrat namus şımar regl etek bacak duygusal çamaşır ütü
    doğursun doğurur doğurmak aklı beyni zorlama dırdır"""
)
"""Stereotypes about women that, said of women, demean them (the kitchen, obedience, "nature", clothing); the
home is read by its exact forms (``HOME_FORMS`` in :mod:`gazete.moderation.hostility`), not as a stem. Not
``şoför`` or ``ehliyet`` (session 10): women drivers are news far more often than a stereotype (``kadın tır
şoförlerinin sayısı artıyor``); the learnt model reads the sneer."""

GLOATING = _stems(
    """az iyi oh müstahak hak bayram üzülmem sevindim sevinirim güzel keşke rahatlar rahatlarız
    rahatlardı ağlamaz ağlamazdı kurtuluruz kurtulurduk üzülmez üzülmezdi"""
)
"""Words that, next to a death or disaster, gloat over it (``yananlar az bile``, ``iyi olmuş``,
``ölse kimse ağlamaz``, ``ölse ülke rahatlar``)."""

WANTING = _stems("istiyorum isterim istedim istiyoruz isteriz diliyorum dilerim diliyoruz")
"""Verbs of wanting after a verbal noun of death (``ölmesini istiyorum``): a death wish."""

DISEASE_WISHED = _stems("kanser felç inme kriz krizi ölüm ölümünü ölümü ölümlerini hastalık")
"""Deadly ills and death wished with a verb of wanting (``bol şanslı bir kalp krizi diliyorum``)."""

DEATH_NOUNS = _stems("tabut tabutun tabutunu kefen kefenin mezar mezarın kabir kabrin ölüm ölüsü leşi ölünü cenazeni")
"""Nouns of death that, with a wish (``tabutun çıksın``), curse someone."""
LIFE_NOUNS = frozenset(["can", "canı", "canını", "canın", "canınızı", "canlarını", "ömrünü", "ömrü", "ömürlerini",
                        "nefesini", "nefesi"])
"""A life that, taken or cut short in a wish (``Allah canını alsın``, ``ömrünü kısaltsın``), curses someone."""
TAKING_VERBS = ("al", "kısal", "ver", "kes")
"""Verbs that take a life (``canını alsın``, ``son nefesini verir``, ``can verir``)."""
PERSON_DEATH_STEMS = frozenset({"öl", "boğul", "geber", "kahrol", "canver"})
"""Deaths only people die: wished (``inşallah … boğulur``), someone's death is wished even unnamed; ``düşer`` or
``batar`` are also said of prices and firms."""

# --- exact words, prefixes and endings the readings of gazete.moderation.hostility look for ---------------

RELIGIOUS_KINDS = frozenset({"religious", "nonbeliever"})
WISH_ENDINGS = ("sın", "sin", "sun", "sün", "sınlar", "sinler", "sunlar", "sünler")
DISEASE_WISHED_DATIVE = ("kansere", "vebaya", "cüzama", "felce", "koronaya", "covide", "sıtmaya", "kuduza")
"""Deadly ills in the dative, before being struck by them (``kansere yakalan``)."""
NOT_HOSTILE = frozenset(["düşmanlık", "düşmanlığı", "düşmanlığa", "düşmanlığın", "düşmanlığına"])
"""Abstract nouns of a trait, named mostly to reject it (``Yahudilere düşmanlık``)."""
IDIOM_BEFORE = (
    ("bir", "sürü"), ("kanun", "kaçak"), ("körü", "körüne"), ("kaval", "dinle"), ("şiş", "yan"), ("her", "koyun"),
    *((sown, "tohum") for sown in ("ayrılık", "fitne", "nifak", "kin", "nefret", "şüphe", "umut", "barış", "sevgi")),
)
"""A word before a hostile-looking one that makes it an idiom: (the word, the other's start)
(``bir sürü``, a lot; ``kanun kaçakları``, fugitives, not migrants; ``körü körüne``, blindly;
``koyun kaval dinler gibi``, listens,
``her koyun kendi bacağından asılır``, each answers for their own deeds;
not religions; ``ne şiş yansın ne kebap``, a compromise, not a burning; ``ayrılık tohumu``, ``fitne tohumları``,
what is sown, not a slur of descent)."""
PLURAL_ENDINGS = ("lar", "ler", "ları", "leri", "ların", "lerin", "lara", "lere", "lardan", "lerden")
"""Plural endings: a group word with one names many."""
NOT_GROUP_PREFIXES = ("karın", "gelinc", "araba", "kâfirun", "kafirun", "acemi")
"""Words that begin like a group's name and are another word (``karınca``, an ant, and ``karın``, a belly, are
no ``karı``; ``gelince``, when it comes, and ``gelincik``, a poppy, no ``gelin``; ``araba``, a car, no ``Arap``;
``Kâfirun`` suresi, a sura of the Quran, no ``kâfir``; ``acemi``, a novice, no ``Acem``)."""
IDIOM_AFTER = {
    "kör": (
        "nokta", "kuyu", "dövüş", "düğüm", "talih", "inat", "kurşun", "karanlık", "şeytan", "topal", "kuruş", "kütük",
    ),
    "sıçan": ("zehir", "zehr"),
    "fare": ("zehir", "zehr", "kapan"),
    "topal": ("ördek",),
    "domuz": ("grip", "gribi"),
    "sağırlar": ("diyalo",),
    "sağır": ("diyalo",),
    "göçmen": ("kuş",),
    "engelli": ("rampa", "asansör", "tuvalet", "otopark", "şerit", "koltu"),
    "körü": ("körüne",),
}
"""A word that is an idiom before a word beginning so, not a group (``kör nokta``, ``kör kütük`` sarhoş, ``sıçan
zehri``, ``kör dövüşü``, ``kör (bir)
kuruş``, ``domuz gribi``, ``sağırlar diyaloğu``, a talk where no one listens, ``göçmen kuşlar``, birds), or names
a thing made for a group (``engelli rampası``, ``engelli otoparkı``; a facility, not ``engelli kadrosu`` or
``maaşı``, whose holders are the group), or is an adverb with it (``körü körüne``, blindly)."""
LITERAL_ANIMAL_BEFORE = frozenset(
    ["sokak", "yaban", "sahipsiz", "evcil", "çiftlik", "kümes", "besi", "iki", "üç", "dört", "beş", "altı", "yedi",
     "sekiz", "dokuz", "on",
     # an animal's herd or pack is animals ("kurt sürüsü", "koyun sürüsü"); "koyun sürüsü gibi" still likens
     "kurt", "çakal", "koyun", "keçi", "sığır", "at", "manda", "domuz", "köpek", "kaz", "ördek", "arı", "balık",
     # a working or kept animal named by its work ("rehber köpeği", "çoban köpeği", "ev hayvanı")
     "rehber", "bekçi", "çoban", "av", "polis", "terapi", "arama", "kurtarma", "süs", "ev"]
)
"""Words before an animal word that make it real animals (``sokak hayvanları``, ``üç köpek``), not a comparison.

Counted animals are real ones: a comparison says ``bir`` (``bir köpek gibi``) or none."""
HUSBANDRY_VERBS = (
    "otlat", "besle", "besli", "güd", "güt", "yetiştir", "sağıyor", "sağmak", "kırk", "sula", "sat", "topla",
    "temizle", "ayrıştır", "dök", "sahiplen",
)
"""Verbs that, right after an animal or dirt word, handle the real thing (``hayvan otlatıyoruz``, ``çöp toplayan``)."""
WORD_NAMED = ("kelime", "sözcü", "lafı", "lafını", "tabir", "ifade", "diye")
"""Words after a slur that name it as a word (``lubunya kelimesini``): mentioned, not aimed at anyone."""
PLACES_TO_STAY = ("ülke", "memleket", "yurt", "vatan", "topra", "şehir", "kent", "bura", "ora", "mahalle", "köy",
                  "dünya", "hayat", "türkiye")
"""Openings of the locatives before ``kal`` that keep it survival or staying (``hayatta kalmasın``, ``bu ülkede
kalmasınlar``), unlike a state (``kâğıtta kalmasın``, ``eğitimin dışında kalmasın``)."""
POSSESSED_THINGS = frozenset(["yük", "hastalık", "salgın"])
"""Dehumanising words that, possessed (``vergi yükü``, ``şap hastalığı``), name a burden or an ill, not a group."""
COORDINATORS = frozenset(["ve", "ile", "hem", "veya"])
"""Words that list a group beside another noun rather than liken it to one."""
THING_OBJECTS = frozenset(["bunu", "şunu"])
"""Objects right before a verb of separation that make it about a thing (``bunu ayırmak gerekiyor``)."""
BENEFICIARY = frozenset(["için", "adına", "yararına"])
"""Words after a group that make it the one a thing is for (``engelli vatandaşlar için rampalar``)."""
STATUS_ENDINGS = frozenset(["", "i", "ı", "si", "sı", "dir", "dır", "tir", "tır", "leri", "ları"])
"""Endings of a status said of something (``ibadeti``, ``kutsaldır``), not of a case that contrasts owners."""
STATUS_FILLERS = frozenset(["falan", "filan", "yeri", "bir", "hiç"])
"""Words between a status and its denial (``kutsal falan değil``, ``ibadet yeri değil``)."""
STATUS_DENIED = frozenset(["değil", "değildir", "sayılmaz"])
"""Words that deny what comes before them: a status (``ibadet değildir``) or a condemnation (``ırkçılık değil``)."""
SEEING_CURSE = frozenset(["göreyim", "görelim", "göreyin"])
"""A first-person optative of seeing after a noun of death: a curse (``ölünü göreyim``)."""
UNSEEN_DAYS = frozenset(["sabahını", "sabahı", "yarını", "yarınları", "bayramı", "baharı"])
"""Days someone is wished not to live to see (``yarının sabahını göremez``)."""
NOT_SEEING = frozenset(["göremez", "göremesin", "görmesin", "göremeyecek", "görmeyecek", "göremesinler"])
"""Not seeing them, said of what will be or wished."""
BURIED = frozenset(["kalır", "kalırlar", "kalsın", "kalsınlar", "kalsa", "kalsalar", "kalasın", "kalasınız"])
"""Staying under something, wished (``inşallah enkazın altında kalır``); not ``altında kalan`` (who did)."""
BURIED_WISHED = frozenset(["kalsın", "kalsınlar", "kalasın", "kalasınız"])
"""The forms of :data:`BURIED` that wish by themselves (``enkaz altında kalsınlar``), without an ``inşallah``."""
CAUGHT = frozenset(["yakalan", "yakalansın", "yakalansınlar", "yakalanasın", "yakalanır", "yakalansa"])
"""Being struck by a deadly ill, in a wish or a curse (``kansere yakalan``)."""
COPULA_ENDINGS = ("dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür")
"""The copula ending of a statement (``hastalıktır``)."""
VIRTUES = frozenset(
    [
        "dürüst", "namuslu", "vicdan", "vicdanlı", "temiz", "iyi", "iyisi", "barışçı", "barışçıl", "samimi",
        "samimiyet", "düzgün", "güvenilir", "çalışkan", "medeni", "kibar", "saygılı", "onurlu", "ahlaklı", "ahlak",
        "merhamet", "merhametli", "insaflı", "adam", "insan", "çalışan", "çalışanı", "çalışanını", "dost", "dostum",
    ]
)
"""Good traits a group is said to have none of (``içlerinde tek bir dürüst insan yok``)."""
NONE_FOUND = frozenset(
    [
        "yok", "yoktur", "görmedim", "görmedik", "görmedi", "rastlamadım", "rastlamadık", "rastlamadı",
        "bulamazsın", "bulamazsınız", "bulamadım", "bulamadık", "çıkmadı", "çıkmamış", "göremezsin", "göremezsiniz",
        "gösterin", "gösteremezsin", "gösteremezsiniz", "olmadı",
    ]
)
"""Words that say none was found (``rastlamadım``, ``yok``)."""
AMONG = ("içlerinde", "içlerinden", "aralarında", "aralarından", "hiçbirinde", "hiçbirinin", "hiçbiri", "tek",
         "bir tanesi", "tanesini", "tanesine", "olanına", "olanını", "tane")
"""Words that take one of a group (``içlerinde``, ``hiçbirinde``, ``bir tanesini``)."""
NEVER_FROM = frozenset(["çıkmaz", "olmaz", "çıkmamıştır", "olamaz"])
"""Verbs saying that nothing good comes of a group named in the ablative (``Çingeneden namuslu esnaf çıkmaz``)."""
ASKED_NEVER_FROM = frozenset(["olur", "çıkar"])
"""The same asked as a rhetorical question, ``… olur mu?`` (``Rumlardan iyi komşu olur mu?``): it says none does."""
OWN_PRONOUNS = frozenset(["bizim", "benim", "sizin", "senin"])
"""Pronouns before ``için`` that make the speaker or reader the one a thing is for."""
GLOAT_PHRASES = frozenset([("iyi", "olmuş"), ("oh", "olsun"), ("müstahak",), ("hak", "ettiler")])
"""Set phrases that gloat over what befell someone: about a group only when no doer stands nearer."""
BORDER = frozenset([("sınır", "dışı"), ("sınırdışı",)])
"""Deportation named: a call unless what follows tells what was done (``sınır dışı edilen``)."""
DONE_ENDINGS = (
    "edilen", "edilmiş", "edildi", "edilmişti", "edilenler", "edilenlerin", "karar", "işlem", "süre", "dalga",
    "edilmekten", "tehdid", "korku", "operasyon", "politika", "uygulama", "rakam", "sayı", "oran",
)
"""Participles and past forms that tell what was done, the procedure named (``sınır dışı kararı``, ``sınır dışı
dalgası``, ``sınır dışı politikası``) and the fear of it (``sınır dışı edilmekten korkuyorlar``)."""
CONSPIRACY = frozenset([("oyunu",), ("oyunudur",)])
"""A group's game (conspiracy): said of the group named right before it (``Batı'nın oyunu``)."""
WOMANS_PLACE = frozenset(
    [("yeri", "mutfak"), ("yeri", "mutfaktır"), ("mutfakta",), ("mutfağa",), ("mutfağına",), ("evde", "otursun"),
     ("evinde", "otursun"), ("evde", "otursunlar"), ("ocağa",), ("ocağına",), ("ocak", "başına")]
)
"""Set phrases that put someone in the kitchen or at home: sexism said of a gender, not of a people's cuisine
(``Gürcü komşularımızın yemekleri bizim mutfağa da karıştı``)."""
HEARTH = frozenset([("ocağa",), ("ocağına",), ("ocak", "başına")])
"""Of :data:`WOMANS_PLACE`, the hearth, which is also a stove or a quarry (``tencereyi ocağa koyun``, ``taş
ocağına``, ``sağlık ocağına``): sexism only with the gender named right before it (``kadınlar ocağa``)."""
GIVEN_TO = frozenset([("verilmemeli",), ("verilmesin",), ("verilmez",), ("yaptırılmamalı",), ("yaptırılmasın",)])
"""Set phrases denying what is given: said of a group only in the dative (``Suriyelilere … verilmemeli``),
not of the group that names a thing (``engelli rampası olmayan binaya ruhsat verilmemeli``). The dative may be
the next word's (``Azeri işçilere … verilmesin``) or a deed's the group does (``Ateistlerin öğretmen olmasına izin
verilmemeli``)."""
GIVEN_IF_ASKED = frozenset([("verilsin",)])
"""A grant that denies only when asked why (``Suriyelilere neden vatandaşlık verilsin?``); otherwise a call to give."""
NO_INTENT_STEMS = frozenset({"git", "gid", "dön", "topla", "toplan", "at", "çıkar", "kapat", "ayır"})
"""Expelling verbs whose first person is no intent to expel (``gidiyorum``, ``toplarız``)."""
NOT_VERBS = frozenset([
    "kesin", "kesinlikle", "yakın", "yakında", "yakını", "atın", "sürün", "asıl", "asli", "vurgu", "kalan",
    "bulan"
])
"""Words that read as a verb of harm but are mostly something else (``kesin`` certain, ``yakın`` near)."""
LOOKALIKE_PREFIXES = (
    "düşün", "kurul", "kurula", "yanaş", "yanıl", "yanıt", "batıl", "kazan", "sürdür", "yarın"
)
"""Other verbs that begin like a verb of harm read with a voice ending (``düşünsün`` think, not ``düş``
fall; ``kurulsun`` be set up, not ``kuru`` dry up; ``sürdürsün`` carry on, not ``sür`` drive out), and
``yarın`` (tomorrow, ``yarınki``), not ``yar`` (split) said to many."""
_SENT_THINGS = ("yardım", "malzeme", "erzak", "gıda", "ilaç", "çadır", "battaniye", "bağış", "para", "kargo",
                "mektup", "dilekçe", "mesaj", "selam", "fatura", "konteyner", "ekmek", "bez", "ped", "mama", "süt",
                "kıyafet", "giysi", "elbise", "mont", "ayakkabı", "oyuncak", "kitap", "koli", "paket", "kumanya",
                "jeneratör", "soba", "kömür", "odun", "hediye", "çiçek", "fotoğraf", "belge", "evrak", "video", "link")
"""What is sent or posted (``hijyen malzemesi gönderin``, ``yardım yollayın``): no one sent away. Read only right
before the verb (:data:`ADJACENT_OBJECT_STEMS`): ``yardımla yaşıyorlar, gönderin`` still sends people away."""
ADJACENT_OBJECT_STEMS = frozenset(["gönder", "yolla"])
"""Verbs whose plain object (:data:`BENIGN_OBJECTS`) counts only right before them."""
BENIGN_OBJECTS: dict[str, tuple[str, ...]] = {
    "at": ("el", "eli", "elini", "elimizi", "imza", "imzay", "adım", "göz", "mesaj", "gol", "golü", "tur", "kahkaha",
           "çığlık", "temel", "şut", "not", "tweet", "takla", "nara", "çentik", "kilit", "düğüm", "bakış", "selam"),
    "kes": ("fidan", "ağaç", "dal", "dalı", "dalları", "kurban", "kumaş", "ekmek", "et", "eti", "odun",
            "ceza", "bilet", "fatura", "makbuz", "fiş", "elektri", "su", "suyu", "sular", "doğalgaz", "ümit",
            "umut", "yol", "yolu", "kurdele", "pasta", "karpuz", "saç", "tırnak", "sesini", "ses"),
    "çıkar": ("önüne", "mahkemeye", "hâkim", "hakim", "yargı", "yasa", "kanun", "karar", "yönetmelik", "genelge",
              "af", "affı", "ortaya", "sonuç", "ders", "dergi",
              "kitap", "ses", "hüküm", "ekmek", "rapor", "ruhsat", "kimlik", "pasaport", "bilet", "iş"),
    "kır": ("rekor", "kalp", "kalbi", "kalbin", "buz", "zincir", "önyargı", "inat", "ezber", "tabu", "direnç"),
    "vur": ("damga",),
    "döv": ("et", "eti", "etin", "hamur", "ceviz", "sarımsak", "halı", "kilim", "demir", "tokmak", "havan", "çamaşır"),
    "yak": ("ışık", "ışığ", "mum", "lamba", "sigara", "ocak", "soba", "far", "kandil", "türkü"),
    "bitir": ("okul", "üniversite", "lise", "fakülte", "iş", "işi", "yemek", "proje", "sezon", "maç", "kitab",
              "kitap", "ödev", "yarış", "eğitim", "görev", "inşaat"),
    "sil": ("gözyaşı", "toz", "yer", "cam", "masa", "tahta", "kayıt", "kaydı", "hesap", "yorum", "paylaşım", "mesaj",
            "tweet", "video", "içerik", "gönderi"),
    "as": ("bayrak", "bayrağ", "afiş", "pankart", "ilan", "tablo", "resim", "fotoğraf", "çamaşır", "liste"),
    "kapat": ("dükkan", "dükkân", "yol", "yolu", "okul", "parantez", "konu", "dosya", "kayıt", "kapı", "hesap",
              "defter", "açık", "açığ", "borç", "perde", "pencere", "musluk", "kayıtdışı", "kayıt"),
    "topla": ("çöp", "imza", "para", "bağış", "yardım", "destek", "oy", "zeytin", "fındık", "mantar", "çay", "ürün",
              "vergi", "bilgi", "veri", "kan"),
    "temizle": ("sokak", "ortalı", "deniz", "sahil", "plaj", "çöp", "ev", "cadde", "park", "dere", "orman"),
    "dök": ("gözyaşı", "yaprak", "içini", "dert"),
    "bırak": ("dışarıda", "dışarı", "dışında", "mahrum", "yalnız", "açıkta", "sahipsiz", "geride", "eksik", "yarım",
              "mağdur", "yük", "başına", "çaresiz", "kaderine"),
    "yaşa": ("acı", "acılar", "felaket", "olay", "kaza", "sorun", "yangın", "sel", "deprem", "böyle", "mağduriyet",
             "daha", "saldırı"),
    "yaşat": ("acı", "aynı", "aynısını", "böyle", "daha", "mağduriyet"),
    "ayır": ("kaynak", "bütçe", "pay", "zaman", "vakit", "yer", "para", "ödenek", "kadro", "fon", "kontenjan"),
    "kal": ("yorum", "yazı", "paylaşım", "pankart", "afiş", "cevapsız", "sahipsiz", "aç", "açıkta", "mağdur"),
    "gönder": _SENT_THINGS,
    "yolla": _SENT_THINGS,
}
"""Objects that make a verb of harm or expulsion a plain deed (``el atsın`` step in, ``ceza kesilsin``
fine them, ``yasa çıkarılsın`` enact a law, ``rekor kırdı``): the word, or the word before it, a
prefix of one of these."""
REPORTED_BY = frozenset([
    "diye", "diyor", "diyorlar", "diyen", "diyenler", "diyenlere", "diyenleri", "diyerek", "dedi", "dediler",
    "demiyoruz", "demiyorum", "demeyiz", "demem", "demedik", "demedim", "dedik", "demeyeceğim", "demeyeceğiz",
    "demiş", "demişler", "dediği", "dedikleri", "demesi", "demeleri", "yazmış", "yazan", "yazanlar", "yazanlara",
    "yazanları", "yazdı", "yazdığı", "yazıyor", "bağıran", "bağırarak", "bağırdı", "bağırmış", "söyledi", "söylemiş",
    "söyleyen", "haykıran", "tehdidi", "tehdidiyle", "tehdit", "tehditleri", "mesajı", "mesajları", "sözleri",
    "dedirten", "dedirtti", "dedirtiyor", "dedirtir", "dedirtecek",
])
"""Words after a hostile verb that report someone else's words (``"öldürürüm" diye bağıran``,
``kimi asalım diyor``): the commenter reports, condemns or quotes the threat, not voices it."""
DESTINATION_VERBS = frozenset({"git", "gid", "dön"})
"""Verbs of going that expel only toward a homeland (``ülkelerine dönsünler``), not to school or a town."""
HOMELAND_PREFIXES = ("ülke", "memleket", "yurt", "vatan", "geldik", "geldiğ", "geri", "sınır", "kendi", "çöl",
                     "buradan", "burdan", "defol", "cehennem", "dağ", "mağara")
NOT_DESTINATIONS = frozenset(["önce", "sonra", "bile", "hele", "yine", "gene", "daha", "asla", "sadece", "bence",
                              "hemen", "tabi", "tabii", "belki", "de", "da", "ile", "şimdi", "bi", "bir", "ne",
                              "hepsi", "böyle", "şöyle", "öyle", "artık", "ancak", "yeter", "bunlar", "onlar"])
OTHER_SUBJECTS = frozenset(["herkes", "hepimiz", "biz", "siz", "sen", "ben", "insanlar", "millet", "halk"])
"""Subjects of a verb of going that are not the group named (``herkes gitsin``)."""
ABLATIVE_ENDINGS = ("dan", "den", "tan", "ten")
HATEWORTHY = frozenset(["edilesi", "edilecek"])
"""After ``nefret``: a group called hateworthy (``en nefret edilesi milleti``)."""
PLAIN_OBJECTS = frozenset({"seni", "sizi", "hepinizi", "hepsini"})
"""Objects that make ``bekle`` a welcome, not a threat (``hepinizi bekleriz``)."""
DEATH_WISH_VERBS = ("çık", "gel", "ol", "gir", "kazıl", "açıl", "dol", "kalk", "taşın", "git", "gid", "kon", "in",
                    "hazırlan", "dikil", "yaz", "gör")
"""Verbs that, wished after a noun of death, curse (``tabutun çıksın``, ``mezarın kazılsın``, ``tabutta görsün``)."""
BARE_IMPERATIVES = frozenset({"geber", "defol", "öldür", "gebert", "gönder", "yolla", "kov", "postala", "sepetle"})
"""Verbs whose bare stem is a hostile command (``geber``; ``gönder``, ``kov`` near a group); not ``kes``, ``at``."""
UNCONDITIONAL_DEATH = frozenset({"geber", "kahrol"})
CURSED_THINGS = (
    "savaş", "faşizm", "faşist", "ırkçılık", "terör", "zulüm", "zulm", "emperyalizm", "sömürü", "cehalet", "şiddet",
    "işgal", "darbe", "diktatörlük", "yoksulluk", "açlık", "kapitalizm", "tefecilik", "pahalılık", "enflasyon",
    "adaletsizlik", "haksızlık", "yolsuzluk", "rüşvet", "hayat", "dünya", "kader", "zam", "trafik",
    "kuraklık", "deprem", "sel", "yangın", "işsizlik", "kıtlık", "yokluk", "kriz", "yalnızlık", "ayrılık", "gurbet",
    "bürokrasi", "uyuşturucu", "kumar", "pandemi", "yağmur", "fırtına", "alkol", "içki", "sigara", "hastalık",
    "kanser", "salgın", "kaza", "borç", "fatura", "vergi", "virüs", "mikrop", "illet", "kış", "soğuk", "ayaz",
    "rant", "ekonomi", "düzen", "sistem", "faiz", "kira", "vurgun", "beton", "yasak", "sansür", "baskı", "tekel",
)
"""Evils and plights a slogan curses (``Kahrolsun savaş!``, ``kahrolsun bu pahalılık``): no one's death."""
STATE_COMPLEMENTS = frozenset(
    ["aç", "açıkta", "yalnız", "mağdur", "geri", "eksik", "yarım", "boş", "yarıda", "kayıtsız", "sembolik",
     "göstermelik", "sözde", "lafta", "havada", "boşa", "sessiz", "sınırlı"]
)
"""Words that, before ``kal``, make it a state (``aç kalmasın``, ``cezasız kalmamalı``): not survival."""
NECESSITY = frozenset(["lazım", "lâzım", "gerek", "gerekir", "gerekiyor", "şart"])
LIGHT_VERB_NOUNS = frozenset([
    "yok", "idam", "linç", "imha", "tasfiye", "sürgün", "def", "ateşe", "kurşuna", "sınırdışı", "kül", "helak",
    "men", "can", "ayrı", "deport", "ihraç",
])
"""Nouns that make a verb with the next word (``yok edilsin``, ``sınır dışı edilmeli``)."""
COMPOUND_HEADS = frozenset(
    [
        "listesi", "listesinden", "listesine", "listesinde",
        "gribi", "balığı", "arısı", "şakası", "sobası", "yavrusu", "maması", "barınağı", "sahibi", "saldırısı",
        "ısırığı", "eti", "sütü", "riski", "riskini", "dönemi", "döneminde", "ahırı", "pazarı", "pazarında",
        "çiftliği", "yemi", "besiciliği", "sesi", "sesleri", "avı", "avında", "avına", "avcısı", "avcıları", "postu",
        "derisi", "yetiştiriciliği", "yüklü", "tehlikesi", "tehlikesine", "saldırıları", "saldırısına", "ısırması",
        "sorunu", "popülasyonu", "evde", "evi", "evinde",
        "kutusu", "kutusuna", "kutusunu", "kutuları", "kamyonu", "kamyonları", "konteyneri", "konteynerleri",
        "konusu", "konusunda", "konusuna", "meselesi", "meselesinde", "meselesine",
        "kitapları", "kitaplarını", "kitaplarından",
    ]
)
"""Words after which an animal or dirt word names a thing (``domuz gribi``, ``köpek balığı``, ``maymun sesi``: the
noise a racist crowd makes, named to condemn it), and tales a kind of books (``masal kitapları``; not ``Kuran bir masal
kitabı``, a holy book called one)."""
DISABILITY_INSULT_CUES = frozenset(
    [
        "gibi", "mi", "mı", "mu", "mü", "misin", "mısın", "musun", "müsün", "misiniz", "mısınız", "nesin",
        "mıydı", "miydi", "muydu", "müydü", "mıymış", "miymiş", "muymuş", "müymüş",
        "herhalde", "galiba", "resmen", "sanki"
    ]
)
CONDEMNING_PREFIXES = (
    "ırkçı", "nefret", "ayrımcı", "genelle", "kına", "kını", "önyargı", "damgala", "yakıştır", "küçümse",
    "yaftala", "stereotip", "klişe", "şakası", "şakaları", "ayıpl", "sığmaz", "faillerin", "failleri",
)
PRAISE_PREFIXES = ("tebrik", "teşekkür", "bravo", "takdir", "alkış")
"""Words that thank, congratulate or applaud."""
PRAISE_PAIRS = frozenset(
    [("helal", "olsun"), ("kolay", "gelsin"), ("gurur", "duydum"), ("gurur", "duyuyorum"), ("razı", "olsun")]
)
"""Two-word praise (``helal olsun``, ``kolay gelsin``, ``Allah razı olsun``)."""
HENNA = ("kınalı", "kınası", "kınaya", "kınayı")
"""Words that begin like ``kınamak`` (condemn) and are henna (``kına gecesi``, ``Kınalıada``)."""
REPORTING = frozenset([
    "demek", "diyen", "diyenler", "diyenlere", "söyleyen", "söyleyenler", "demekle", "gösteren", "benzeten",
    "eşitleyen", "eşitleyenler", "özdeşleştiren", "bağdaştıran",
])
ALLAH_IDIOMS = frozenset(
    [
        "razı", "kahretsin", "korusun", "esirgesin", "kabul", "rahmet", "şükür", "inşallah", "aşkına", "bilir",
        "versin", "yardımcı", "sabır", "selamet", "rahmetine", "rahmeti", "nasip", "mahlukudur", "mahluku",
        "mahlukları", "kuludur", "kulu", "yarattığı", "emanetidir", "emaneti", "dedirten", "dedirtti", "dedirtiyor",
        "dedirtir", "dedirtecek", "göstermesin", "göstermez"
    ]
)
