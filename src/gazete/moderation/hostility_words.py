"""Word tables of the hostility model: targets, hostile acts and what neutralises them (data only).

Written by the gazete project. Every entry is a *stem* in Turkish lower case: the readers of
:mod:`gazete.moderation.morphology` accept it with any ending Turkish grammar allows (``kürt`` →
``Kürtlerin``, ``Kürde``; ``gönder`` → ``gönderilsin``, ``gönderilmeli``, ``göndereceğiz``). Stems of
three letters or fewer take only common endings (``laz`` is not ``lazım``). English entries are whole
words.
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
        gürcistanlı ermenistanlı azeri kıbrıslı rumeli bulgar"""
    ),
    "migrant": _stems("göçmen mülteci sığınmacı muhacir kaçaklar"),
    "religious": _stems(
        """müslüman hristiyan hıristiyan yahudi musevi alevi sünni şii vahhabi selefi katolik
        ortodoks protestan budist hindu kızılbaş bektaşi caferi nusayri dindar dinci tesettürlü
        türbanlı başörtülü çarşaflı sakallı hacı hoca imam papaz rahip haham cemaat tarikat
        şeyh derviş inanan inananlar mümin"""
    ),
    "nonbeliever": _stems("ateist deist agnostik dinsiz imansız allahsız kafir kâfir gavur mürted inançsız"),
    "gender": _stems("kadın kız bayan hatun karı feminist kızlar hanım anneler gelin dul"),
    "sexual_orientation": _stems(
        """eşcinsel homoseksüel lgbt lgbti lgbtq lgbtiq gey gay lezbiyen lezbi biseksüel trans
        transseksüel travesti ibne lubunya homo dönme nonbinary queer eşcinsellik homoseksüellik"""
    ),
    "disability": _stems(
        """engelli özürlü sakat otizmli otistik down spastik mongol zihinsel kekeme kör sağır dilsiz
        çolak topal felçli"""
    ),
    "regional": _stems(
        """karadenizli doğulu güneydoğulu batılı egeli trakyalı anadolulu köylü taşralı kıro
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
    imhaed temizle dök ateşever kurşunadiz sil bitir hırpala yar"""
)
"""Verbs of harm: a call (``asılsın``, ``öldürün``) or a first-person threat (``kırarım``) aimed at someone."""

ALWAYS_VIOLENT_VERBS = _stems("öldür gebert kurşunla katlet boğazla linçle")
"""Verbs of harm that are hostile in a call or threat even with no target named (``asılsın`` needs one)."""

DEATH_VERBS = _stems("öl geber kahrol yan bat kuru çürü don boğul düş kazı yokol külol helakol canver")
"""Verbs a death wish puts in the optative or conditional (``ölsünler``, ``kökü kurusun``, ``batsaydı keşke``)."""

EXPEL_VERBS = _stems(
    """gönder yolla kov sür at çıkar topla toplan defol defet defed git gid bindir ayır kapat yasakla
    sınırdışıet sınırdışıed dön temizle tasfiyeet tasfiyeed sürgünet sürgüned menet mened
    postala sepetle hapset hapsed ayrıtut"""
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
    enayi şımarık nankör kalleş sömürgeci kanemici
    bulaşıcı anormal rezil rezillik iğrenç sapıklık kokuşmuş hile hileci ihanet"""
)
"""Negative traits that, said of a whole group, make a demeaning generalisation."""

SLURS = _stems(
    """ibne götveren lubunya kızılbaş gavur kafir kâfir dinci yobaz kıro maganda zenci çingen
    karı kancık mongol spastik özürlü ermeni dölü piç döl tohum kürdo suriyeli işgalci
    homoluk sapkınlık nonoş"""
)
"""Slurs: a group named with contempt; hostile with any target nearby, and some on their own."""

SLURS_ALONE = _stems("ibne götveren lubunya kızılbaş kürdo homoluk nonoş")
"""Slurs hostile even with no other target in the comment."""

GENERALISERS = _stems(
    """hepsi hepsinin hep tamamı hiçbiri hiçbirinden bunlar bunların bunlardan onlar onların
    zaten genelde her milleti milletidir dediğin dediğiniz kafası kafa aynı genlerinde kanında
    doğasında soyu tıynet"""
)
"""Words that make a remark about a group a generalisation (``hepsi``, ``X dediğin``, ``genlerinde``)."""

GENERAL_CONSTRUCTIONS: tuple[tuple[str, ...], ...] = (
    ("adam", "çıkmaz"), ("adam", "olmaz"), ("dost", "olmaz"), ("güven", "olmaz"), ("güvenilmez",),
    ("iyisi", "yoktur"), ("iyisi", "olmaz"), ("iyisi", "yok"), ("ölüsüdür",), ("insan", "olmaz"),
    ("vatansever", "çıkmaz"), ("hayır", "gelmez"), ("hayır", "çıkmaz"), ("hayır", "gelmemiştir"),
    ("hayır", "gelmedi"), ("hayır", "gelmemiş"), ("oyunu",), ("oyunudur",),
    ("olmaz", "ki"), ("beklenir", "ki"), ("değer", "vermez"), ("anlamaz",), ("beceremez",),
    ("yapamaz",), ("bilmez",), ("sevmez",), ("anlamazlar",), ("beceremezler",), ("bilmezler",),
    ("yeri", "mutfak"), ("yeri", "mutfaktır"), ("mutfakta",), ("mutfağa",), ("mutfağına",),
    ("evde", "otursun"), ("evinde", "otursun"), ("evde", "otursunlar"), ("susar",), ("sussun",),
    ("yer", "yok"), ("yeri", "yok"), ("yeri", "yoktur"), ("istemiyoruz",), ("istemiyorum",),
    ("istenmez",), ("istemeyiz",), ("sınır", "dışı"), ("sınırdışı",),
    ("hak", "yok"), ("hakkı", "yok"), ("hakları", "yok"), ("hakkı", "olmamalı"), ("hakları", "olmamalı"),
    ("hakkı", "olmaz"), ("hak", "falan"), ("verilmemeli",), ("verilmesin",), ("verilmez",),
    ("az", "bile"), ("iyi", "olmuş"), ("oh", "olsun"), ("müstahak",), ("hak", "ettiler"), ("bayram", "ederim"),
    ("bizden", "değil"), ("bizden", "değildir"), ("hastalık",), ("hastalığı",), ("tedavi",),
    ("bulaşıcı",), ("bulaşıcıdır",), ("bulaşır",), ("bulaşıyor",), ("tedavisi",), ("normal", "değil"),
    ("yasaklanmalı",), ("yasaklansın",),
    ("kirletiyor",), ("kirletti",), ("ele", "geçirdi"), ("istila",), ("işgal",),
    ("bile", "fazla"), ("arkadan", "vurur"), ("arkadan", "vururlar"), ("sırtından", "vurur"),
    ("vicdanları", "yok"), ("vicdanları", "yoktur"), ("vicdanı", "yoktur"), ("kalbi", "yoktur"),
    ("kalpleri", "yoktur"), ("merhametleri", "yoktur"), ("namusları", "yoktur"), ("şerefleri", "yoktur"),
    ("ahlakları", "yoktur"), ("güvenmeyin",), ("güvenme",), ("güvenmem",), ("kin", "var"),
    ("dost", "olmadı"), ("dost", "olmaz"),
)
"""Set phrases of generalisation, exclusion, denial of rights and gloating, said about a group."""

# --- beliefs ----------------------------------------------------------------------------------------------
BELIEF_TARGETS = _stems(
    """allah tanrı rab ilah peygamber muhammed resul isa meryem musa kuran kur'an kuranı incil tevrat
    zebur ayet hadis sünnet din dini dinin dinler inanç iman ibadet namaz oruç hac hacı kabe kâbe
    cami mescit kilise sinagog cemevi havra ezan ramazan mevlit cem semah ayin
    islam islâm islamiyet hristiyanlık hıristiyanlık yahudilik musevilik alevilik sünnilik ateizm
    deizm müslüman hristiyan hıristiyan yahudi musevi alevi sünni şii ateist deist agnostik dindar
    inanan mümin tesettür başörtü türban çarşaf diyanet hoca imam papaz rahip haham şeyh tarikat
    cennet kutsal melek noel paskalya hanuka hz"""
)
"""Religions, beliefs, believers and non-believers, books, places, rites and holy figures."""

BELIEF_HOSTILE = _stems(
    """masal hurafe uydurma yalan saçma saçmalık safsata afyon zırva palavra kandırmaca uyutma
    koyun sürü beyinsiz cahil enayi aptal salak gerizekalı yobaz bağnaz gerici vahşi kafir kâfir
    gavur dinsiz imansız ahlaksız cehennemlik lanet lanetli sahte sahtekâr sahtekar pis pislik
    terör terörist ilkel ortaçağ karanlık sapkın sapık sömür kandır uyut görünmez hayali
    meyhane düşman istenmez şarlatan dolandırıcı tüccar saçmalığı zavallı sofu softa müşrik necis efsane"""
)
"""Words that, about a belief or its followers, mock, call it a lie or call believers stupid or damned."""

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
    """mutfak bulaşık itaat fıtrat namus şımar regl etek bacak duygusal ehliyet şoför çamaşır ütü
    doğursun doğurur doğurmak evde evinde aklı beyni zorlama dırdır"""
)
"""Stereotypes about women that, said of women, demean them (the kitchen, obedience, "nature", clothing)."""

GLOATING = _stems(
    """az iyi oh müstahak hak bayram üzülmem sevindim sevinirim güzel keşke rahatlar rahatlarız
    rahatlardı ağlamaz ağlamazdı kurtuluruz kurtulurduk üzülmez üzülmezdi"""
)
"""Words that, next to a death or disaster, gloat over it (``yananlar az bile``, ``iyi olmuş``,
``ölse kimse ağlamaz``, ``ölse ülke rahatlar``)."""

WANTING = _stems("istiyorum isterim istedim istiyoruz isteriz diliyorum dilerim diliyoruz")
"""Verbs of wanting after a verbal noun of death (``ölmesini istiyorum``): a death wish."""

DISEASE_WISHED = _stems("kanser felç inme kriz krizi ölüm ölümünü ölümü ölümlerini")
"""Deadly ills and death wished with a verb of wanting (``bol şanslı bir kalp krizi diliyorum``)."""

DEATH_NOUNS = _stems("tabut tabutun tabutunu kefen kefenin mezar mezarın kabir kabrin ölüm ölüsü leşi ölünü cenazeni")
"""Nouns of death that, with a wish (``tabutun çıksın``), curse someone."""
