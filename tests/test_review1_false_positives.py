"""review1: article lines the probe10/probe11 rules remove (adversarial review; each passes at fce7013).

Strict XFAILs: each documents a false positive of a rule added by the probe10/probe11 merges; a fix turns it into
an XPASS, which fails the run, so the mark must be removed with the fix. Every page here is synthetic.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text

PAGES = {
    "a1.txt": "Home | News | Sport | Culture | Contact\nMayor announces school closures ahead of storm\nPublished March 3, 2025\nBy Laura Mendes\nCity officials said on Monday that all public schools would close for two days as a powerful storm approaches the coast, bringing heavy rain and strong winds.\nThe announcement came after an emergency meeting of the city council, which lasted more than three hours and ended shortly before midnight.\nIn a post on Instagram, @cityofharbor said buses would not run on Tuesday.\nParents were advised to check the district website for updates on meal pickup sites, which will remain open during the closure for families who rely on them.\nThe national weather service has issued a warning for the entire region, with gusts of up to 90 kilometres per hour expected overnight.\nResidents living near the river have been told to prepare for possible evacuation if water levels continue to rise through Wednesday.\nRelated stories\nStorm season: what to expect\n© 2025 Harbor Daily. All rights reserved.\n",
    "a2.txt": "Home | News | Sport | Culture | Contact\nSinger cancels tour after vocal injury\nPublished March 3, 2025\nBy Laura Mendes\nThe singer announced on Sunday that she was cancelling the remaining dates of her European tour after doctors found damage to her vocal cords.\nShe wrote on Twitter (@janerowe) that she was heartbroken.\nFans who bought tickets will receive a full refund within 30 days, the promoter said in a statement on its website late on Sunday evening.\nThe tour, which began in January, had already sold more than 400,000 tickets across twelve countries, according to industry estimates.\nHer manager told reporters that she expects to return to the stage next year once she has fully recovered from surgery.\nThe band's drummer, @mikeduffy on TikTok, posted a video thanking fans for their support.\nCritics had praised the opening shows in Lisbon and Madrid as some of the strongest performances of her career so far.\nRelated stories\n© 2025 Harbor Daily. All rights reserved.\n",
    "a3.txt": "Inicio | Noticias | Deportes\nLa alcaldesa anuncia el cierre de escuelas por la tormenta\nPublicado el 3 de marzo de 2025\nPor Laura Méndez\nLas autoridades de la ciudad anunciaron el lunes que todas las escuelas públicas cerrarán durante dos días por la llegada de una fuerte tormenta a la costa.\nEl anuncio se produjo tras una reunión de emergencia del concejo municipal que duró más de tres horas y terminó poco antes de la medianoche.\nLa cuenta oficial @protecivil publicó en Twitter un mapa de las zonas de riesgo.\nSe recomendó a los padres consultar la web del distrito para conocer los puntos de recogida de comidas, que seguirán abiertos durante el cierre.\nEl servicio meteorológico ha emitido una alerta para toda la región, con rachas de hasta 90 kilómetros por hora previstas durante la noche.\nLos vecinos que viven cerca del río deben prepararse para una posible evacuación si el nivel del agua sigue subiendo.\nNoticias relacionadas\n© 2025 Diario del Puerto.\n",
    "a4.txt": "Startseite | Politik | Kultur\nMinisterin kündigt Reform des Rundfunkbeitrags an\n3. März 2025\nVon Laura Müller\nDie Medienministerin hat am Montag eine Reform des Rundfunkbeitrags angekündigt, die ab dem kommenden Jahr gelten soll.\nAuf Instagram schrieb @ministerin_mueller, die Reform sei überfällig.\nDie Opposition kritisierte den Plan als unausgegoren und forderte eine Anhörung im Landtag, bevor das Gesetz beschlossen wird.\nDer Sender selbst äußerte sich zunächst nicht, kündigte aber über seinen Account @sender_presse auf X eine Stellungnahme an.\nDie Reform soll im Herbst im Landtag beraten werden. Eine Mehrheit gilt als wahrscheinlich, da beide Regierungsparteien zustimmen.\nÄhnliche Artikel\n© 2025 Tageblatt\n",
    "b2.txt": "Home | Money | Mortgages | Credit cards\nHow to refinance your mortgage in 2025\nPublished March 3, 2025\nBy Laura Mendes\nRefinancing can lower your monthly payment, but only if the numbers work out after closing costs and fees are included.\nBefore you start, pull your credit report and fix any errors, because even a small change in your score can move the rate you are offered.\nCompare mortgage rates\nLenders price loans differently, so get quotes from at least three of them on the same day and compare the annual percentage rate rather than the headline rate.\nCheck current rates with your bank\nYour own bank may offer a discount to existing customers, and it already has most of your paperwork on file, which can speed up approval.\nFind the best deals\nBrokers can search dozens of lenders at once, but ask how they are paid and whether they receive a commission from the lender they recommend.\nRelated stories\n© 2025 Harbor Daily. All rights reserved.\n",
    "b4.txt": "Home | Travel | Guides | Camping\nCamping in the national park: a beginner's guide\nPublished March 3, 2025\nBy Laura Mendes\nThe park has eleven campsites, from large ones with showers and a shop to small clearings in the forest that you can only reach on foot.\nSummer weekends fill up months in advance, so plan early and keep a second choice in mind in case your first campsite is full.\nBefore you go:\nCheck availability of the campsite before you go\nFind out which sites offer fire pits\nBring enough water for two days\nRangers patrol the main trails every evening and can help if you get lost, but mobile coverage is poor in the northern valleys.\nMost campsites open in April and close at the end of October, when the first snow usually falls on the higher passes.\nRelated stories\n© 2025 Harbor Daily. All rights reserved.\n",
    "b3.txt": "Accueil | Argent | Crédit\nComment renégocier son crédit immobilier en 2025\nPublié le 3 mars 2025\nPar Laura Martin\nRenégocier son prêt peut réduire la mensualité, mais seulement si le gain dépasse les frais de dossier et les indemnités de remboursement anticipé.\nAvant de commencer, vérifiez votre capacité d'emprunt et rassemblez vos trois derniers bulletins de salaire ainsi que vos avis d'imposition.\nComparer les offres de plusieurs banques\nLes banques ne fixent pas leurs taux de la même façon : demandez au moins trois propositions et comparez le taux annuel effectif global plutôt que le taux nominal.\nVérifier les tarifs de l'assurance emprunteur\nDepuis la loi de 2022, vous pouvez changer d'assurance à tout moment, ce qui permet souvent d'économiser plusieurs milliers d'euros sur la durée du prêt.\nArticles liés\n© 2025 Le Quotidien.\n",
    "b5.txt": "Startseite | Geld | Versicherungen\nKfz-Versicherung wechseln: So sparen Sie jetzt\n3. März 2025\nVon Laura Müller\nWer seine Kfz-Versicherung wechseln will, hat dafür meist bis zum 30. November Zeit. Danach ist ein Wechsel nur noch in Ausnahmefällen möglich.\nViele Autofahrer zahlen seit Jahren zu viel, weil sie ihren Vertrag nie überprüft haben. Ein Vergleich lohnt sich fast immer.\nPreise vergleichen lohnt sich\nDie Unterschiede zwischen den Anbietern sind groß: Für denselben Wagen und denselben Fahrer können die Beiträge um mehrere hundert Euro im Jahr auseinanderliegen.\nAngebote prüfen und kündigen\nDie Kündigung muss schriftlich erfolgen und spätestens einen Monat vor Ablauf des Vertrags beim alten Versicherer eingehen.\nÄhnliche Artikel\n© 2025 Tageblatt\n",
    "b6.txt": "Inicio | Viajes | Consejos\nCómo ahorrar en tu próximo viaje a Europa\n3 de marzo de 2025\nPor Laura Méndez\nViajar por Europa no tiene por qué ser caro si planificas con tiempo y eres flexible con las fechas y los destinos.\nLos vuelos entre semana suelen ser más baratos que los del fin de semana, y reservar con dos o tres meses de antelación ayuda mucho.\nComparar precios de vuelos\nUsa al menos dos buscadores distintos y revisa también la web de la aerolínea, porque a veces ofrece tarifas que no aparecen en los comparadores.\nConsultar la disponibilidad de trenes nocturnos\nLos trenes nocturnos han vuelto a muchas rutas y permiten ahorrar una noche de hotel mientras viajas entre dos ciudades.\nNoticias relacionadas\n© 2025 Diario del Puerto.\n",
    "b1.txt": "Home | Markets | Economy | Companies\nBuilders warn of slowdown as costs climb\nPublished March 3, 2025\nBy Laura Mendes\nConstruction firms across the region reported a sharp drop in new orders in the first quarter, according to a survey published on Monday.\nRising steel prices delayed several large projects.\nThe survey found that more than a third of firms had postponed hiring plans, while a quarter said they expected to cut staff before the end of the year.\nThe central bank said market data provided by lenders showed a slowdown in mortgage approvals.\nEconomists said the figures pointed to a broader cooling of the economy after two years of strong growth driven by public investment.\nThe government is expected to announce new support measures for the sector when it presents its spring budget next month.\nRelated stories\n© 2025 Harbor Daily. All rights reserved.\n",
    "d1.txt": "Home | Running | Gear | Events\nSpring race calendar: what to enter this year\nPublished March 3, 2025\nBy Laura Mendes\nThe spring season is the busiest of the year for local races, with events almost every weekend from March until the end of June.\nMost clubs offer several distances on the same morning, so beginners and experienced runners can take part in the same event.\nThe park run series offers three distances:\n5K\n10K\n21K\nEntry fees start at 15 euros for the shortest distance and include a medal, a technical shirt and refreshments at the finish line.\nRegistration closes two weeks before each race, and places for the longer distances usually sell out within a few days of opening.\nRelated stories\n© 2025 Harbor Daily. All rights reserved.\n",
    "d2.txt": "Home | Tech | Reviews\nWhich streaming stick should you buy?\nPublished March 3, 2025\nBy Laura Mendes\nWe tested five streaming sticks over two months, watching films, sports and series on the same television in the same living room.\nAll of them are easy to set up, but they differ a lot in picture quality, remote design and the number of apps available.\nMaximum resolution\n4K\nPrice\n49 euros\nThe cheaper models top out at full HD, which is fine for a small screen but looks soft on a large television viewed from up close.\nOur favourite overall is the mid-range model, which offers the best balance of speed, picture quality and price of all the sticks we tried.\nRelated stories\n© 2025 Harbor Daily. All rights reserved.\n",
    "d3.txt": "Home | Culture | Social media\nThe rise of the village baker who became an online star\nPublished March 3, 2025\nBy Laura Mendes\nTwo years ago, Maria Costa was baking bread for her neighbours in a small village in the hills. Today her videos are watched by millions of people.\nHer account grew slowly at first, then exploded after a video of her grandmother kneading dough was shared by a famous chef.\nBy last summer she had reached a milestone she never expected:\n100K followers\nShe says the attention has not changed her routine, and she still gets up at four in the morning to light the wood oven.\nHer next project is a small book of family recipes, which she plans to publish herself at the end of the year with help from her daughter.\nRelated stories\n© 2025 Harbor Daily. All rights reserved.\n",
    "c1.txt": "홈 | 정치 | 경제 | 사회\n정부, 미세먼지 저감 대책 발표\n2025.03.03 10:20\n김민수 기자\n정부는 3일 서울 정부청사에서 미세먼지 저감을 위한 종합 대책을 발표했다. 이번 대책은 내년까지 석탄발전소 가동을 단계적으로 줄이는 내용을 담고 있다.\n환경부는 이번 보고서를 각 지자체로부터 측정 자료를 제공받아 작성했다고 밝혔다.\n전문가들은 대책의 방향은 옳지만 실행 계획이 구체적이지 않다고 지적했다. 특히 중국발 미세먼지에 대한 대응책이 빠졌다는 비판도 나왔다.\n이 자서전은 출판사가 원고료를 지원받아 작성한 것으로 알려졌다.\n정부는 다음 달까지 세부 시행 계획을 마련해 국회에 보고할 예정이다. 시민단체들은 공청회를 열어 의견을 수렴해야 한다고 주장했다.\n관련기사\nⓒ 한국일보, 무단 전재 및 재배포 금지\n",
    "c2.txt": "Acasă | Știri | Economie | Opinii\nPrețurile la locuințe continuă să crească în marile orașe\n3 martie 2025\nde Andrei Popescu\nPrețurile apartamentelor din București au crescut cu aproape zece procente în ultimul an, potrivit datelor publicate luni de un mare portal imobiliar.\nSpecialiștii avertizează că un preț mare nu reprezintă neapărat o calitate mai bună a construcției.\nCererea rămâne ridicată în special pentru apartamentele cu două camere situate în apropierea stațiilor de metrou și a parcurilor.\nDezvoltatorii spun că explicația ține de costurile materialelor de construcție și ale forței de muncă, care s-au dublat în ultimii cinci ani.\nO dobândă mai mică nu reflectă neapărat un credit mai ieftin, avertizează consultanții financiari.\nBăncile au înăsprit între timp condițiile de creditare pentru cumpărătorii aflați la prima locuință.\nArticole similare\n© 2025 Ziarul.\n",
    "c3.txt": "Acasă | Cultură | Cărți\nRecenzie: un roman despre memorie și exil\n3 martie 2025\nde Andrei Popescu\nNoul roman al scriitoarei urmărește trei generații ale unei familii plecate din Banat în anii șaptezeci, povestea fiind spusă din perspectiva nepoatei.\nCartea are peste patru sute de pagini, dar se citește cu sufletul la gură datorită ritmului alert și dialogurilor foarte bine scrise.\nDespre autor\nNăscută la Timișoara în 1978, autoarea a debutat cu un volum de povestiri și a publicat până acum patru romane, traduse în mai multe limbi.\nRomanul ei anterior a primit premiul pentru proză al Uniunii Scriitorilor, iar criticii au remarcat de atunci stilul ei sobru și precis.\nDespre carte\nVolumul apare la o editură din Iași și va fi lansat la târgul de carte din luna mai, în prezența autoarei.\nArticole similare\n© 2025 Ziarul.\n",
    "e1.txt": "Home | Film | Reviews\nA quiet drama about a lighthouse keeper finds its voice\nPublished March 3, 2025\nBy Laura Mendes\nThe film follows a retired lighthouse keeper who returns to the island where he worked for thirty years, after the lighthouse is sold to a hotel chain.\nIt is a slow film, but never a boring one, and the final twenty minutes are among the most moving I have seen in a cinema this year.\nDirected by Anna Kowalski\nWritten by Peter Lindqvist\nRunning time: 104 minutes\nThe screenplay avoids easy sentiment, letting long silences and the sound of the sea do most of the work that dialogue would do in a lesser film.\nThe lead actor, who spent months learning to repair the old lamp mechanism, gives a performance of rare restraint and dignity.\nRelated stories\n© 2025 Harbor Daily. All rights reserved.\n",
    "e3.txt": "Home | Music | Albums\nThe ten best songs of the decade, ranked\nPublished March 3, 2025\nBy Laura Mendes\nChoosing ten songs from a decade of music is an impossible task, but our critics argued for weeks and finally agreed on this list.\n10. Harbour Lights\nWritten by Maria Santos and Tom Reed\nA slow-burning ballad that became an unlikely hit after it was used in the final episode of a popular television drama.\n9. Northern Road\nWritten by Ellen Park\nThe song that launched a thousand road trips, with a chorus that is impossible to forget after a single listen.\n8. Paper Houses\nIts gentle piano line hides a sharp lyric about losing a family home to rising rents in the city.\nRelated stories\n© 2025 Harbor Daily. All rights reserved.\n",
    "g1.txt": "首页 | 健康 | 饮食\n专家提醒：冬季饮食要注意控盐控油\n2025-03-03 10:20 来源：健康时报\n随着气温下降，很多人喜欢吃火锅和腌制食品，但这些食物往往含有大量的盐和油脂，长期过量食用会增加高血压的风险。\n营养专家建议，成年人每天的食盐摄入量应控制在5克以内，食用油控制在25克到30克之间，并多吃新鲜蔬菜和水果。\n具体建议如下：\n食盐：每天不超过5克（成人推荐摄入量）\n食用油：每天25至30克（成人推荐摄入量）\n添加糖：每天不超过25克（世界卫生组织建议摄入量）\n专家还提醒，老年人和儿童的消化功能较弱，冬季进补要适量，不要盲目食用高热量、高脂肪的食物。\n相关阅读\n版权所有 © 健康时报\n",
    "g2.txt": "ホーム | ニュース | エンタメ\n新作ドキュメンタリー、北海道の漁村の一年を追う\n2025年3月3日 10:20\n北海道の小さな漁村で暮らす人々の一年を記録したドキュメンタリー映画が、来月から全国で公開される。監督は三年間にわたり村に通い続けた。\n映画は四つの章で構成されている。\n第一章　春の漁（2021年撮影）\n第二章　夏祭り（2022年撮影）\n第三章　冬の海（2023年撮影）\n監督は「村の人たちの普段の暮らしをそのまま残したかった」と話している。上映時間は112分で、全国の映画館で順次公開される予定だ。\n関連記事\nCopyright © 2025\n",
    "h2.txt": "Home | News | Sport\nLocal team wins the national cup after a dramatic final\nPublished March 3, 2025\nBy Laura Mendes\nThe city's football club won the national cup on Saturday night, beating the defending champions 3-2 after extra time in front of a sold-out stadium.\nThe winning goal came in the 118th minute, when the young striker headed in a corner from the left wing.\nReaction from the dressing room\n@jonmiller9\nI have dreamed of this night since I was six years old, and I will never forget the noise when that header went in. Thank you all for coming!\n— Jon Miller (@jonmiller9) March 1, 2025\nThousands of fans gathered in the main square on Sunday to welcome the team bus, and the celebrations went on late into the night.\nThe mayor has promised an official reception at the town hall next week, where the players will present the trophy to the public.\nRelated stories\n© 2025 Harbor Daily. All rights reserved.\n",
}

CASES = [
    [
        "handle_promo_news_sentence_en",
        "a1.txt",
        "In a post on Instagram, @cityofharbor said buses would not run on Tuesday.",
    ],
    [
        "handle_promo_news_sentence_en2",
        "a2.txt",
        "She wrote on Twitter (@janerowe) that she was heartbroken.",
    ],
    [
        "handle_promo_news_sentence_es",
        "a3.txt",
        "La cuenta oficial @protecivil publicó en Twitter un mapa de las zonas de riesgo.",
    ],
    [
        "handle_promo_news_sentence_de",
        "a4.txt",
        "Auf Instagram schrieb @ministerin_mueller, die Reform sei überfällig.",
    ],
    ["booking_cta_heading_en", "b2.txt", "Compare mortgage rates"],
    ["booking_cta_step_en", "b4.txt", "Check availability of the campsite before you go"],
    ["booking_cta_heading_fr", "b3.txt", "Comparer les offres de plusieurs banques"],
    ["booking_cta_heading_de", "b5.txt", "Preise vergleichen lohnt sich"],
    ["booking_cta_heading_es", "b6.txt", "Comparar precios de vuelos"],
    ["data_notice_sentence_prices_delayed", "b1.txt", "Rising steel prices delayed several large projects."],
    [
        "data_notice_sentence_market_data",
        "b1.txt",
        "The central bank said market data provided by lenders showed a slowdown in mortgage approvals.",
    ],
    ["counters_race_distance", "d1.txt", "10K"],
    ["counters_resolution", "d2.txt", "4K"],
    ["counters_milestone", "d3.txt", "100K followers"],
    [
        "ko_ad_disclosure_news_sentence",
        "c1.txt",
        "환경부는 이번 보고서를 각 지자체로부터 측정 자료를 제공받아 작성했다고 밝혔다.",
    ],
    [
        "ro_disclaimer_sentence",
        "c2.txt",
        "Specialiștii avertizează că un preț mare nu reprezintă neapărat o calitate mai bună a construcției.",
    ],
    [
        "ro_despre_autor_midarticle",
        "c3.txt",
        "Cartea are peste patru sute de pagini, dar se citește cu sufletul la gură datorită ritmului alert și dialogurilor foarte bine scrise.",
    ],
    [
        "written_by_film_credits",
        "e1.txt",
        "The screenplay avoids easy sentiment, letting long silences and the sound of the sea do most of the work that dialogue would do in a lesser film.",
    ],
    [
        "written_by_song_list",
        "e3.txt",
        "Its gentle piano line hides a sharp lyric about losing a family home to rising rents in the city.",
    ],
    ["cjk_caption_intake_list", "g1.txt", "食盐：每天不超过5克（成人推荐摄入量）"],
    ["cjk_caption_chapter_list", "g2.txt", "第二章 夏祭り（2022年撮影）"],
    ["social_embed_subheading", "h2.txt", "Reaction from the dressing room"],
]


# Still open: none (xfail4 fixed ro_despre_autor_midarticle: a sibling section heading under the "about" section).
OPEN: set[str] = set()


@pytest.mark.parametrize(
    ("page", "line"),
    [
        pytest.param(
            c[1], c[2], id=c[0],
            marks=[pytest.mark.xfail(strict=True, reason="false positive of a probe10/probe11 rule (review1)")]
            if c[0] in OPEN else [],
        )
        for c in CASES
    ],
)
def test_article_line_is_kept(page: str, line: str) -> None:
    record = clean_text(PAGES[page])
    assert line in record.text.splitlines()


ROUNDUP_PAGE = "Home | Books | Reviews\nFive new novels to read this spring\nPublished March 3, 2025\nBy Laura Mendes\nSpring brings a strong crop of new fiction, from debut novels to the long-awaited return of several well-known writers. Our critics chose five.\nThe Salt Road\nReviewed by Anna Kowalski\nA family saga set on the salt marshes of the north coast, told over four generations, with a slow start and a devastating final chapter.\nPaper Houses\nReviewed by Peter Lindqvist\nA sharp, funny novel about three flatmates in a city where rents have doubled in five years, and the lengths they go to keep their home.\nNorthern Lights\nReviewed by Maria Santos\nThe most ambitious book on this list, a thriller that moves between three continents and never loses its grip on the reader.\nRelated stories\n© 2025 Harbor Daily. All rights reserved.\n"

SIGNED_POST_PAGE = "Home | Newsletter | Archive\nWhy the city should build more bike lanes\n— Laura Mendes (@lauramendes) March 3, 2025\nEvery morning I ride six kilometres to work, and every morning I count the places where the bike lane simply disappears into traffic.\nThe city has promised a connected network for ten years, but the map today still looks like a handful of disconnected fragments.\nOther cities of the same size have shown that a network can be built in a single term if the council is willing to take space from parking.\nThe next budget vote is in April, and it is the best chance in years to fund the missing links in the centre.\nRelated posts\n© 2025 Laura's Letters\n"


def test_roundup_section_reviewer_is_no_page_author() -> None:
    record = clean_text(ROUNDUP_PAGE)
    assert record["meta"].get("author") != "Anna Kowalski"
    assert "Reviewed by Anna Kowalski" in record.text.splitlines()


def test_signed_header_line_still_gives_the_date() -> None:
    assert clean_text(SIGNED_POST_PAGE)["published"] == "2025-03-03"


PHOTO_TUTORIAL_PAGE = "首页 | 数码 | 教程\n手机拍照入门：五个简单技巧让照片更好看\n2025-03-03 10:20 来源：数码周刊\n很多人觉得拍出好照片需要昂贵的相机，其实只要掌握几个简单的技巧，用手机也能拍出令人满意的作品。\n一、学会使用网格线\n打开相机设置中的网格线功能，把拍摄主体放在网格线的交叉点上，画面会显得更加平衡和自然。\n二、逆光人像（手机摄影入门）\n逆光拍摄人像时，可以点击人物面部进行测光，让面部曝光正常，同时保留背景中的光晕效果。\n三、善用自然光\n清晨和傍晚的光线比较柔和，是拍摄风景和人像的最佳时间，尽量避免在正午阳光直射时拍照。\n相关阅读\n版权所有 © 数码周刊\n"


def test_tutorial_heading_with_bracketed_topic_is_kept() -> None:
    assert "二、逆光人像（手机摄影入门）" in clean_text(PHOTO_TUTORIAL_PAGE).text.splitlines()
